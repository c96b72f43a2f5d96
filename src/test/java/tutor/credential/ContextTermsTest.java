package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every term of an issued credential is defined by the contexts it names (copies of them in the
 * repo).
 */
class ContextTermsTest {
  private static final UndefinedTerms CHECK =
      new UndefinedTerms(
          url -> {
            String file = Standards.CONTEXTS.get(url);
            return file == null ? null : Standards.copyJson(file);
          });

  @Test
  void everyTermOfAnIssuedCredentialIsDefined() {
    assertEquals(List.of(), CHECK.of(IssuedCredentials.signed()));
  }

  @Test
  void everyTermIsDefinedWithTheNameShownToo() {
    ObjectNode vc =
        BadgeCredential.secure(
            BadgeCredential.build(
                IssuedCredentials.award(BadgeCredential.Identity.plain("Sam Example"))),
            IssuedCredentials.KEY,
            IssuedCredentials.ISSUED);
    assertEquals(List.of(), CHECK.of(vc));
  }

  @Test
  void withoutTheExtensionsContextTheSchemaValidatorTypeIsUndefined() {
    // What the issue found: OB's own context does not define 1EdTechJsonSchemaValidator2019.
    ObjectNode vc = IssuedCredentials.signed();
    ((ArrayNode) vc.get("@context")).remove(2);
    ((ArrayNode) vc.get("proof").get(0).get("@context")).remove(2);
    assertEquals(
        List.of("/credentialSchema/0/type: type 1EdTechJsonSchemaValidator2019"), CHECK.of(vc));
  }

  @Test
  void theCheckerFindsAMisspeltTermAtAnyDepth() {
    ObjectNode vc = IssuedCredentials.signed();
    ((ObjectNode) vc.get("credentialSubject").get("achievement")).put("criterion", "x");
    ((ObjectNode) vc.get("credentialSubject").get("identifier").get(0)).put("saltt", "x");
    ((ObjectNode) vc.get("proof").get(0)).put("expiry", "x");
    List<String> undefined = CHECK.of(vc);
    assertEquals(
        List.of(
            "/credentialSubject/achievement: criterion",
            "/credentialSubject/identifier/0: saltt",
            "/proof/0: expiry"),
        undefined.stream().sorted().toList());
  }

  @Test
  void typeScopedTermsDoNotLeakToOtherNodes() {
    // "narrative" is OB's top-level term, but "achievementType" belongs to Achievement only.
    ObjectNode vc = IssuedCredentials.signed();
    ((ObjectNode) vc.get("credentialSubject")).put("achievementType", "Badge");
    List<String> undefined = CHECK.of(vc);
    assertTrue(undefined.contains("/credentialSubject: achievementType"), undefined.toString());
  }

  @Test
  void itIsAnAchievementCredentialByBothOfOpenBadgesNames() {
    assertEquals(
        "[\"VerifiableCredential\",\"OpenBadgeCredential\",\"AchievementCredential\"]",
        IssuedCredentials.signed().get("type").toString());
  }

  @Test
  void theCredentialNamesExactlyTheseContexts() {
    JsonNode context = IssuedCredentials.signed().get("@context");
    assertEquals(
        List.of(
            BadgeCredential.VC_CONTEXT,
            BadgeCredential.OB_CONTEXT,
            BadgeCredential.OB_EXTENSIONS_CONTEXT),
        List.of(context.get(0).asText(), context.get(1).asText(), context.get(2).asText()));
  }
}
