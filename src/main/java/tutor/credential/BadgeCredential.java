package tutor.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import tutor.pack.Unit;

/**
 * The unsigned credential for a mastered pack or unit: a W3C Verifiable Credential (Data Model 2.0)
 * shaped as an Open Badges 3.0 OpenBadgeCredential (docs/credentials.md). Pure: identifiers and
 * times come in. Every value is a string or an integer, never a fraction, so that any JSON tool
 * canonicalises it exactly as JCS does.
 */
public final class BadgeCredential {
  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  /**
   * Defines 1EdTechJsonSchemaValidator2019, the credentialSchema type OB names (not in the OB
   * context).
   */
  public static final String OB_EXTENSIONS_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";

  public static final String OB_SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

  /**
   * What is awarded, to whom, by whom.
   *
   * @param credentialId a urn:uuid: that names this credential
   * @param learner how the credential names the learner: hashed unless they asked for their name
   * @param issuerDid the learner's did:key (issuer and subject: the learner's own tutor attests it)
   * @param packDescription one paragraph, may be empty
   * @param unit the unit of the pack it is for, as the pack declares it; null for the whole pack or
   *     for skills named one by one (then {@code mastery.unit()} lists them)
   * @param record the evidence: the learner's answers to the exercises of those skills
   */
  public record Award(
      String credentialId,
      Instant issuedAt,
      Identity learner,
      String issuerDid,
      String packTitle,
      String packVersion,
      String packDescription,
      Unit unit,
      UnitMastery mastery,
      LearningRecord record) {}

  /**
   * The learner's name as an Open Badges IdentityObject. Hashed (the default), it is "sha256$" +
   * the hex SHA-256 of the name followed by the salt, both UTF-8 (OB 3.0 IdentityHash): whoever
   * knows the name can check it, nobody can read it off the credential.
   *
   * @param salt null when the name is shown plainly
   */
  public record Identity(String name, boolean hashed, String salt) {
    /** The name salted with {@code salt} (e.g. 16 random bytes in hex; the caller draws them). */
    public static Identity hashed(String name, String salt) {
      return new Identity(name, true, salt);
    }

    public static Identity plain(String name) {
      return new Identity(name, false, null);
    }

    public String identityHash() {
      if (!hashed) return name;
      byte[] digest = EddsaJcs2022.sha256((name + salt).getBytes(StandardCharsets.UTF_8));
      return "sha256$" + HexFormat.of().formatHex(digest);
    }
  }

  private BadgeCredential() {}

  /**
   * The achievement's id: the pack at its version, then the declared unit's id, or the skills named
   * one by one.
   */
  public static String achievementId(
      String packId, String version, Unit unit, List<String> skills) {
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
    String what =
        a.unit() != null
            ? a.packTitle() + ", unit " + a.unit().title()
            : m.unit().isEmpty()
                ? a.packTitle()
                : a.packTitle() + ", skills " + String.join(", ", m.unit());
    String about =
        a.unit() != null && !a.unit().description().isEmpty()
            ? a.unit().description()
            : a.packDescription();
    ObjectNode vc = f.objectNode();
    vc.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT).add(OB_EXTENSIONS_CONTEXT);
    vc.put("id", a.credentialId());
    // OB 3.0 names the class AchievementCredential and lets OpenBadgeCredential stand for it (its
    // context maps both to one IRI); both, for tools that look for either.
    vc.putArray("type")
        .add("VerifiableCredential")
        .add("OpenBadgeCredential")
        .add("AchievementCredential");
    ObjectNode issuer = vc.putObject("issuer");
    issuer.put("id", a.issuerDid());
    issuer.putArray("type").add("Profile");
    issuer.put(
        "name",
        a.learner().hashed()
            ? "tutor, on behalf of its learner"
            : "tutor, for " + a.learner().name());
    vc.put("validFrom", issued);
    vc.put("awardedDate", issued);
    vc.put("name", what + ": mastered");
    vc.put(
        "description",
        "Mastery of "
            + what
            + " ("
            + m.packId()
            + " "
            + a.packVersion()
            + "), checked by tutor"
            + " from the learner's own answers.");
    ObjectNode subject = vc.putObject("credentialSubject");
    subject.put("id", a.issuerDid());
    subject.putArray("type").add("AchievementSubject");
    ObjectNode identity =
        subject
            .putArray("identifier")
            .addObject()
            .put("type", "IdentityObject")
            .put("identityHash", a.learner().identityHash())
            .put("identityType", "name")
            .put("hashed", a.learner().hashed());
    if (a.learner().hashed()) identity.put("salt", a.learner().salt());
    LearningRecord e = a.record();
    if (e.first() != null) {
      subject.put("activityStartDate", e.first().truncatedTo(ChronoUnit.SECONDS).toString());
      subject.put("activityEndDate", e.last().truncatedTo(ChronoUnit.SECONDS).toString());
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
      d.put("name", "P(known) of " + s.title() + ", in percent")
          .put("resultType", "Percent")
          .put("valueMin", "0")
          .put("valueMax", "100")
          .put("requiredValue", "95");
      ObjectNode r = results.addObject();
      r.putArray("type").add("Result");
      r.put("resultDescription", id)
          .put("value", Integer.toString(percentFloor(s.pKnown())))
          .put("status", "Completed");
    }
    addCount(
        descriptions, results, achievementId + ":answers", "Answers to the exercises", e.answers());
    addCount(
        descriptions,
        results,
        achievementId + ":exercises",
        "Different exercises answered",
        e.exercises());
    addCount(
        descriptions,
        results,
        achievementId + ":days",
        "Different study days with answers (the learner's days, as mastery counts them)",
        e.days());
    addCount(
        descriptions,
        results,
        achievementId + ":span-days",
        "Days from the study date of the first answer to that of the last",
        (int) e.spanDays());
    addCount(
        descriptions,
        results,
        achievementId + ":delayed-reviews",
        "Answers given a day or more after the previous answer to the same exercise",
        e.delayedReviews());
    if (e.retentionPercent() != null) {
      String id = achievementId + ":retention";
      ObjectNode d = descriptions.addObject().put("id", id);
      d.putArray("type").add("ResultDescription");
      d.put(
              "name",
              "Measured retention: right answers among those given a day or more later, in percent")
          .put("resultType", "Percent")
          .put("valueMin", "0")
          .put("valueMax", "100");
      ObjectNode r = results.addObject();
      r.putArray("type").add("Result");
      r.put("resultDescription", id).put("value", Integer.toString(e.retentionPercent()));
    }
    ObjectNode evidence = vc.putArray("evidence").addObject();
    evidence.putArray("type").add("Evidence");
    evidence.put("name", "Learning record");
    evidence.put(
        "description",
        "Figures from the learner's review log in tutor, computed when this credential was"
            + " issued.");
    evidence.put("narrative", narrative(m, e));
    ObjectNode schema = vc.putArray("credentialSchema").addObject();
    schema.put("id", OB_SCHEMA).put("type", "1EdTechJsonSchemaValidator2019");
    return vc;
  }

  /**
   * The credential signed with an eddsa-jcs-2022 proof by {@code key}, in Open Badges' JSON form:
   * {@code proof} is an array (the OB 3.0 JSON schema requires it; Data Integrity allows both).
   */
  public static ObjectNode secure(ObjectNode unsigned, IssuerKey key, Instant created) {
    ObjectNode signed = EddsaJcs2022.sign(unsigned, key, created);
    JsonNode proof = signed.remove("proof");
    signed.putArray("proof").add(proof);
    return signed;
  }

  private static void addCount(
      ArrayNode descriptions, ArrayNode results, String id, String name, int value) {
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
    sb.append(
        m.unit().isEmpty()
            ? "the pack"
            : (unit != null ? "the unit " + unit.title() + " (" : "the skills (")
                + String.join(", ", m.unit())
                + " and everything they require)");
    sb.append(
        " mastered in tutor: a probability of knowing it of at least 95% by Bayesian knowledge tracing over"
            + " the learner's own answers (a placement test's inference does not count), right answers without hints to"
            + " two different exercises on two different study days (one exercise on two days where the skill has only"
            + " one), right more often than guessing would be, the last answer to each of its exercises right,"
            + " no prerequisite fallen back, and its exercises still remembered (predicted recall by FSRS now at or above"
            + " the learner's desired retention). Checked from the learner's data when the credential was issued."
            + " Skills: ");
    for (int i = 0; i < m.skills().size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append(m.skills().get(i).title()).append(" (").append(m.skills().get(i).id()).append(')');
    }
    return sb.append('.').toString();
  }

  /** The evidence in words, saying plainly what was not measured. */
  static String narrative(UnitMastery m, LearningRecord e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.answers())
        .append(e.answers() == 1 ? " answer" : " answers")
        .append(" to ")
        .append(e.exercises())
        .append(e.exercises() == 1 ? " different exercise" : " different exercises")
        .append(" on ")
        .append(e.days())
        .append(e.days() == 1 ? " day" : " days");
    if (e.first() != null) {
      sb.append(", from ")
          .append(e.firstDate())
          .append(" to ")
          .append(e.lastDate())
          .append(
              e.spanDays() == 0
                  ? " (all on one day)"
                  : " (" + e.spanDays() + (e.spanDays() == 1 ? " day" : " days") + " apart)");
    }
    if (e.retentionPercent() != null) {
      sb.append(". Retention measured: ")
          .append(e.delayedRight())
          .append(" of ")
          .append(e.delayedReviews())
          .append(
              " answers given a day or more after the previous answer to the same exercise were right (")
          .append(e.retentionPercent())
          .append("%)");
    } else {
      sb.append(". Retention not measured: no exercise was answered again a day or more later");
    }
    sb.append(". Mastery per skill:");
    for (UnitMastery.SkillResult s : m.skills()) {
      sb.append(
          String.format(
              Locale.ROOT,
              " %s %d%% (%d answers, %d right);",
              s.title(),
              percentFloor(s.pKnown()),
              s.attempts(),
              s.correct()));
    }
    sb.setLength(sb.length() - 1);
    return sb.append('.').toString();
  }
}
