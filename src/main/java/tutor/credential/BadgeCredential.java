package tutor.credential;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import tutor.pack.Unit;

/**
 * The unsigned credential for a mastered pack or unit: a W3C Verifiable Credential (Data Model
 * 2.0) shaped as an Open Badges 3.0 OpenBadgeCredential (docs/credentials.md). Pure: identifiers
 * and times come in. Every value is a string or an integer, never a fraction, so that any JSON
 * tool canonicalises it exactly as JCS does.
 */
public final class BadgeCredential {
  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  public static final String OB_SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

  /**
   * What is awarded, to whom, by whom.
   *
   * @param credentialId a urn:uuid: that names this credential
   * @param issuerDid the learner's did:key (issuer and subject: the learner's own tutor attests it)
   * @param packDescription one paragraph, may be empty
   * @param unit the unit of the pack it is for, as the pack declares it; null for the whole pack or
   *     for skills named one by one (then {@code mastery.unit()} lists them)
   */
  public record Award(String credentialId, Instant issuedAt, String learnerName, String issuerDid, String packTitle,
      String packVersion, String packDescription, Unit unit, UnitMastery mastery) {}

  private BadgeCredential() {}

  /**
   * The achievement's id: the pack at its version, then the declared unit's id, or the skills
   * named one by one.
   */
  public static String achievementId(String packId, String version, Unit unit, List<String> skills) {
    String id = "urn:tutor:pack:" + packId + ":" + version;
    if (unit != null) return id + ":unit:" + unit.id();
    return skills.isEmpty() ? id : id + ":skills:" + String.join("+", skills);
  }

  public static ObjectNode build(Award a) {
    if (!a.mastery().met()) throw new IllegalArgumentException("the mastery criteria are not met");
    JsonNodeFactory f = JsonNodeFactory.instance;
    UnitMastery m = a.mastery();
    String issued = a.issuedAt().truncatedTo(ChronoUnit.SECONDS).toString();
    String achievementId = achievementId(m.packId(), a.packVersion(), a.unit(), m.unit());
    String what = a.unit() != null ? a.packTitle() + ", unit " + a.unit().title()
        : m.unit().isEmpty() ? a.packTitle() : a.packTitle() + ", skills " + String.join(", ", m.unit());
    String about = a.unit() != null && !a.unit().description().isEmpty() ? a.unit().description() : a.packDescription();
    ObjectNode vc = f.objectNode();
    vc.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
    vc.put("id", a.credentialId());
    vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
    ObjectNode issuer = vc.putObject("issuer");
    issuer.put("id", a.issuerDid());
    issuer.putArray("type").add("Profile");
    issuer.put("name", "tutor, for " + a.learnerName());
    vc.put("validFrom", issued);
    vc.put("awardedDate", issued);
    vc.put("name", what + ": mastered");
    vc.put("description", "Mastery of " + what + " (" + m.packId() + " " + a.packVersion() + "), checked by tutor"
        + " from the learner's own answers.");
    ObjectNode subject = vc.putObject("credentialSubject");
    subject.put("id", a.issuerDid());
    subject.putArray("type").add("AchievementSubject");
    subject.putArray("identifier").addObject().put("type", "IdentityObject").put("identityHash", a.learnerName())
        .put("identityType", "name").put("hashed", false);
    if (m.evidence().firstAnswer() != null) {
      subject.put("activityStartDate", m.evidence().firstAnswer().truncatedTo(ChronoUnit.SECONDS).toString());
      subject.put("activityEndDate", m.evidence().lastAnswer().truncatedTo(ChronoUnit.SECONDS).toString());
    }
    ObjectNode achievement = subject.putObject("achievement");
    achievement.put("id", achievementId);
    achievement.putArray("type").add("Achievement");
    achievement.put("achievementType", "MicroCredential");
    achievement.put("name", what);
    achievement.put("description", about.isEmpty() ? what : about);
    achievement.put("version", a.packVersion());
    achievement.putObject("criteria").put("narrative", criteria(a.unit(), m));
    ArrayNode tags = achievement.putArray("tag");
    m.skills().forEach(s -> tags.add(s.id()));
    ArrayNode descriptions = achievement.putArray("resultDescription");
    ArrayNode results = subject.putArray("result");
    for (UnitMastery.SkillResult s : m.skills()) {
      String id = achievementId + ":skill:" + s.id();
      ObjectNode d = descriptions.addObject().put("id", id);
      d.putArray("type").add("ResultDescription");
      d.put("name", "P(known) of " + s.title() + ", in percent").put("resultType", "Percent")
          .put("valueMin", "0").put("valueMax", "100").put("requiredValue", "95");
      ObjectNode r = results.addObject();
      r.putArray("type").add("Result");
      r.put("resultDescription", id).put("value", Integer.toString(percentFloor(s.pKnown()))).put("status", "Completed");
    }
    UnitMastery.Evidence e = m.evidence();
    addCount(descriptions, results, achievementId + ":answers", "Answers to the exercises", e.answers());
    addCount(descriptions, results, achievementId + ":reviews", "Reviews of learnt exercises", e.reviews());
    if (e.retentionPercent() != null) {
      String id = achievementId + ":retention";
      ObjectNode d = descriptions.addObject().put("id", id);
      d.putArray("type").add("ResultDescription");
      d.put("name", "Measured retention: reviews remembered, in percent").put("resultType", "Percent")
          .put("valueMin", "0").put("valueMax", "100");
      ObjectNode r = results.addObject();
      r.putArray("type").add("Result");
      r.put("resultDescription", id).put("value", Integer.toString(e.retentionPercent()));
    }
    ObjectNode evidence = vc.putArray("evidence").addObject();
    evidence.putArray("type").add("Evidence");
    evidence.put("name", "Learning record");
    evidence.put("description", "Figures from the learner's review log in tutor, computed when this credential was"
        + " issued.");
    evidence.put("narrative", narrative(m));
    ObjectNode schema = vc.putArray("credentialSchema").addObject();
    schema.put("id", OB_SCHEMA).put("type", "1EdTechJsonSchemaValidator2019");
    return vc;
  }

  private static void addCount(ArrayNode descriptions, ArrayNode results, String id, String name, int value) {
    ObjectNode d = descriptions.addObject().put("id", id);
    d.putArray("type").add("ResultDescription");
    d.put("name", name).put("resultType", "RawScore");
    ObjectNode r = results.addObject();
    r.putArray("type").add("Result");
    r.put("resultDescription", id).put("value", Integer.toString(value));
  }

  /** A percentage never rounded up to the 95 that mastery needs. */
  private static int percentFloor(double p) {
    return (int) Math.floor(p * 100 + 1e-9);
  }

  private static String criteria(Unit unit, UnitMastery m) {
    StringBuilder sb = new StringBuilder("Every skill of ");
    sb.append(m.unit().isEmpty() ? "the pack"
        : (unit != null ? "the unit " + unit.title() + " (" : "the skills (") + String.join(", ", m.unit())
            + " and everything they require)");
    sb.append(" mastered in tutor: a probability of knowing it of at least 95% by Bayesian knowledge tracing over"
        + " the learner's answers, and its exercises still remembered (mean predicted recall by FSRS of at least"
        + " 85%). Checked from the learner's data when the credential was issued. Skills: ");
    for (int i = 0; i < m.skills().size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append(m.skills().get(i).title()).append(" (").append(m.skills().get(i).id()).append(')');
    }
    return sb.append('.').toString();
  }

  private static String narrative(UnitMastery m) {
    UnitMastery.Evidence e = m.evidence();
    StringBuilder sb = new StringBuilder();
    sb.append(e.answers()).append(" answers");
    if (e.firstAnswer() != null) {
      sb.append(" from ").append(e.firstAnswer().toString(), 0, 10).append(" to ").append(e.lastAnswer().toString(), 0, 10);
    }
    sb.append("; ").append(e.reviews()).append(" reviews of learnt exercises");
    if (e.retentionPercent() != null) {
      sb.append(", ").append(e.recalled()).append(" remembered (measured retention ").append(e.retentionPercent())
          .append("%)");
    }
    sb.append(". Mastery per skill:");
    for (UnitMastery.SkillResult s : m.skills()) {
      sb.append(String.format(Locale.ROOT, " %s %d%% (%d answers, %d right);", s.title(), percentFloor(s.pKnown()),
          s.attempts(), s.correct()));
    }
    sb.setLength(sb.length() - 1);
    return sb.append('.').toString();
  }
}
