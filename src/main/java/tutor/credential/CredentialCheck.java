package tutor.credential;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies a credential file: its eddsa-jcs-2022 proof, that the key which signed it is the
 * issuer's, and that it has the shape of an Open Badges 3.0 credential. Says valid, or exactly
 * which checks fail.
 *
 * @param failures empty when valid
 * @param name the credential's name, or null
 * @param issuer the issuer's id, or null
 * @param validFrom as written, or null
 */
public record CredentialCheck(List<String> failures, String name, String issuer, String validFrom,
    String achievement) {

  public CredentialCheck {
    failures = List.copyOf(failures);
  }

  public boolean valid() {
    return failures.isEmpty();
  }

  public static CredentialCheck of(String text) {
    JsonNode doc;
    try {
      doc = Jcs.parse(text);
    } catch (IllegalArgumentException e) {
      return new CredentialCheck(List.of(e.getMessage()), null, null, null, null);
    }
    if (!doc.isObject()) return new CredentialCheck(List.of("it is not a JSON object"), null, null, null, null);
    List<String> failures = new ArrayList<>();
    JsonNode context = doc.get("@context");
    if (context == null || !context.isArray() || context.isEmpty()
        || !BadgeCredential.VC_CONTEXT.equals(context.get(0).asText())) {
      failures.add("@context must be a list starting with " + BadgeCredential.VC_CONTEXT);
    }
    if (!hasType(doc, "VerifiableCredential") || !hasType(doc, "OpenBadgeCredential")) {
      failures.add("type must include VerifiableCredential and OpenBadgeCredential");
    }
    String issuer = doc.path("issuer").isTextual() ? doc.get("issuer").asText() : text(doc.path("issuer").get("id"));
    if (issuer == null) failures.add("issuer (with an id) is missing");
    if (doc.path("credentialSubject").path("achievement").isMissingNode()) {
      failures.add("credentialSubject.achievement is missing");
    }
    EddsaJcs2022.Result proof = EddsaJcs2022.verify(doc);
    failures.addAll(proof.failures());
    if (proof.verificationMethod() != null && issuer != null
        && !DidKey.didOf(proof.verificationMethod()).equals(issuer)) {
      failures.add("the proof was made with the key of " + DidKey.didOf(proof.verificationMethod())
          + ", not of the issuer " + issuer);
    }
    return new CredentialCheck(failures, text(doc.get("name")), issuer, text(doc.get("validFrom")),
        text(doc.path("credentialSubject").path("achievement").get("id")));
  }

  private static boolean hasType(JsonNode doc, String type) {
    JsonNode t = doc.get("type");
    if (t == null) return false;
    if (t.isTextual()) return t.asText().equals(type);
    for (JsonNode x : t) if (type.equals(x.asText())) return true;
    return false;
  }

  private static String text(JsonNode n) {
    return n != null && n.isTextual() ? n.asText() : null;
  }
}
