package tutor.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Verifies a credential: that it has the shape of an Open Badges 3.0 AchievementCredential, that it
 * is valid at the time given (validFrom, validUntil, and the VC 1.1 issuanceDate and expirationDate
 * when present, each an RFC 3339 date and time with its zone), and that its eddsa-jcs-2022 proofs
 * verify, none expired, one made by the issuer's key. Says valid, or exactly which checks fail.
 *
 * <p>The shape comes first and stops at the first problem: a file that is not a credential (a field
 * missing or of the wrong type, a date not in the required form) gets one reason, not a cascade.
 * Every value is checked for its type before it is used, and every message shows values cut short
 * (Echo), so any JSON gets a short answer and never an exception.
 *
 * @param failures empty when valid
 * @param name the credential's name, or null
 * @param issuer the issuer's id, or null
 * @param validFrom as written, or null
 */
public record CredentialCheck(
    List<String> failures, String name, String issuer, String validFrom, String achievement) {
  /** More proofs than this is not a credential anyone issues; each costs a canonicalisation. */
  static final int MAX_PROOFS = 8;

  private static final Pattern OB_CONTEXT =
      Pattern.compile(
          "https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.\\d\\.\\d)*\\.json");
  private static final List<String> DATES =
      List.of("validFrom", "validUntil", "issuanceDate", "expirationDate");

  public CredentialCheck {
    failures = List.copyOf(failures);
  }

  public boolean valid() {
    return failures.isEmpty();
  }

  public static CredentialCheck of(JsonNode doc, Instant now) {
    String shape = shapeProblem(doc);
    if (shape != null) return new CredentialCheck(List.of(shape), null, null, null, null);
    List<String> failures = new ArrayList<>();
    JsonNode context = doc.get("@context");
    if (!BadgeCredential.VC_CONTEXT.equals(context.get(0).asText())) {
      failures.add("@context must start with " + BadgeCredential.VC_CONTEXT);
    } else if (context.size() < 2 || !OB_CONTEXT.matcher(context.get(1).asText()).matches()) {
      failures.add(
          "the second @context must be an Open Badges 3.0 context ("
              + BadgeCredential.OB_CONTEXT
              + ")");
    }
    if (!hasType(doc, "VerifiableCredential")
        || !(hasType(doc, "AchievementCredential") || hasType(doc, "OpenBadgeCredential"))) {
      failures.add(
          "type must include VerifiableCredential and AchievementCredential (or OpenBadgeCredential)");
    }
    dates(doc, now, failures);
    String issuer =
        doc.get("issuer").isTextual()
            ? doc.get("issuer").asText()
            : doc.get("issuer").get("id").asText();
    ObjectNode unsecured = ((ObjectNode) doc).deepCopy();
    unsecured.remove("proof");
    JsonNode proofs =
        doc.get("proof").isArray() ? doc.get("proof") : unsecured.arrayNode().add(doc.get("proof"));
    boolean byIssuer = false;
    for (int i = 0; i < proofs.size(); i++) {
      ObjectNode proof = (ObjectNode) proofs.get(i);
      String which = proofs.size() == 1 ? "" : "proof " + (i + 1) + " of " + proofs.size() + ": ";
      EddsaJcs2022.Result r = EddsaJcs2022.verifyProof(unsecured, proof);
      r.failures().forEach(f -> failures.add(which + f));
      JsonNode expires = proof.get("expires");
      if (expires != null
          && now.isAfter(
              XsdDateTime.parse(expires.asText()))) { // its form was checked with the shape
        failures.add(which + "the proof expired on " + expires.asText());
      }
      if (r.verificationMethod() != null && DidKey.didOf(r.verificationMethod()).equals(issuer))
        byIssuer = true;
      else if (r.verificationMethod() != null && proofs.size() == 1) {
        failures.add(
            "the proof was made with the key of "
                + DidKey.didOf(r.verificationMethod())
                + ", not of the issuer "
                + Echo.quote(issuer));
      }
    }
    if (!byIssuer && proofs.size() > 1)
      failures.add("no proof was made with the key of the issuer " + Echo.quote(issuer));
    return new CredentialCheck(
        failures,
        text(doc.get("name")),
        issuer,
        text(doc.get("validFrom")),
        text(doc.path("credentialSubject").path("achievement").get("id")));
  }

  /** The first thing that keeps {@code doc} from being a credential at all, or null. */
  private static String shapeProblem(JsonNode doc) {
    if (!doc.isObject()) return "it is not a JSON object";
    JsonNode context = doc.get("@context");
    if (context == null || !context.isArray() || context.isEmpty()) {
      return "@context must be a list starting with " + BadgeCredential.VC_CONTEXT;
    }
    for (JsonNode c : context) {
      if (!c.isTextual() && !c.isObject()) return "@context must hold context URLs or objects";
    }
    JsonNode type = doc.get("type");
    if (type == null) return "type is missing";
    if (!type.isTextual() && !(type.isArray() && allText(type)))
      return "type must be a name or a list of names";
    JsonNode issuer = doc.get("issuer");
    if (issuer == null) return "issuer is missing";
    if (!issuer.isTextual() && !(issuer.isObject() && issuer.path("id").isTextual())) {
      return "issuer must be an id or an object with an id";
    }
    JsonNode subject = doc.get("credentialSubject");
    if (subject == null || !subject.isObject()) return "credentialSubject must be an object";
    if (!subject.path("achievement").isObject())
      return "credentialSubject.achievement must be an object";
    if (doc.get("validFrom") == null) return "validFrom is missing (Open Badges 3.0 requires it)";
    for (String date : DATES) {
      String problem = dateProblem(date, doc.get(date));
      if (problem != null) return problem;
    }
    for (String field : List.of("name", "id")) {
      if (doc.has(field) && !doc.get(field).isTextual()) return field + " must be a string";
    }
    JsonNode proofs = doc.get("proof");
    if (proofs == null) return "it has no proof: it was never signed";
    if (proofs.isArray()) {
      if (proofs.isEmpty()) return "it has no proof: proof is an empty list";
      if (proofs.size() > MAX_PROOFS)
        return "it has " + proofs.size() + " proofs; tutor checks at most " + MAX_PROOFS;
      for (JsonNode p : proofs) {
        String problem = proofProblem(p);
        if (problem != null) return problem;
      }
      return null;
    }
    return proofProblem(proofs);
  }

  private static String proofProblem(JsonNode proof) {
    if (!proof.isObject()) return "proof must be an object or a list of objects";
    for (String field :
        List.of("type", "cryptosuite", "proofPurpose", "verificationMethod", "proofValue")) {
      if (!proof.has(field)) return "proof." + field + " is missing";
      if (!proof.get(field).isTextual()) return "proof." + field + " must be a string";
    }
    for (String field : List.of("created", "expires")) {
      String problem = dateProblem("proof." + field, proof.get(field));
      if (problem != null) return problem;
    }
    if (proof.has("previousProof"))
      return "proof.previousProof: tutor does not check chains of proofs";
    JsonNode context = proof.get("@context");
    if (context != null && !context.isTextual() && !context.isArray())
      return "proof.@context must be a URL or a list";
    return null;
  }

  /** Why {@code v} is not a date as the VC data model requires, or null (also when absent). */
  private static String dateProblem(String field, JsonNode v) {
    if (v == null) return null;
    if (!v.isTextual()) return field + " must be a string (a date and time)";
    try {
      XsdDateTime.parse(v.asText());
      return null;
    } catch (IllegalArgumentException e) {
      return field + " " + Echo.quote(v.asText()) + " is " + e.getMessage();
    }
  }

  private static void dates(JsonNode doc, Instant now, List<String> failures) {
    for (String field : DATES) {
      JsonNode v = doc.get(field);
      if (v == null) continue;
      Instant at = XsdDateTime.parse(v.asText()); // its form was checked with the shape
      boolean start = field.equals("validFrom") || field.equals("issuanceDate");
      if (start && now.isBefore(at))
        failures.add("it is not valid yet: " + field + " is " + v.asText());
      if (!start && now.isAfter(at))
        failures.add("it has expired: " + field + " was " + v.asText());
    }
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode x : array) if (!x.isTextual()) return false;
    return true;
  }

  private static boolean hasType(JsonNode doc, String type) {
    JsonNode t = doc.get("type");
    if (t.isTextual()) return t.asText().equals(type);
    for (JsonNode x : t) if (type.equals(x.asText())) return true;
    return false;
  }

  private static String text(JsonNode n) {
    return n != null && n.isTextual() ? n.asText() : null;
  }
}
