package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issued credentials against 1EdTech's JSON Schema of an OB 3.0 AchievementCredential (draft
 * 2019-09, formats asserted), the one the credentials name in credentialSchema.
 */
class OpenBadgesSchemaTest {
  private static Schema schema(JsonNode document) {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2019_09,
            b ->
                b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    return registry.getSchema(document);
  }

  private static final Schema SCHEMA = schema(Standards.copyJson("achievementcredential.json"));

  @Test
  void anIssuedCredentialValidates() {
    List<Error> errors = SCHEMA.validate(IssuedCredentials.signed());
    assertEquals(List.of(), errors);
  }

  @Test
  void oneWithTheNameShownValidatesToo() {
    ObjectNode vc =
        BadgeCredential.secure(
            BadgeCredential.build(
                IssuedCredentials.award(BadgeCredential.Identity.plain("Sam Example"))),
            IssuedCredentials.KEY,
            IssuedCredentials.ISSUED);
    assertEquals(List.of(), SCHEMA.validate(vc));
  }

  @Test
  void theSchemaIsStrictEnoughToCatchWhatTheIssueFound() {
    ObjectNode proofAsObject = IssuedCredentials.signed();
    proofAsObject.set("proof", proofAsObject.get("proof").get(0));
    assertFalse(SCHEMA.validate(proofAsObject).isEmpty(), "OB's JSON form has proof as an array");
    ObjectNode badDate = IssuedCredentials.signed().put("validFrom", "12 April 2026");
    assertFalse(SCHEMA.validate(badDate).isEmpty(), "validFrom is a date-time");
    ObjectNode noType = IssuedCredentials.signed();
    noType.putArray("type").add("VerifiableCredential");
    assertFalse(
        SCHEMA.validate(noType).isEmpty(),
        "type needs AchievementCredential or OpenBadgeCredential");
  }

  @Test
  void theSharedSchemaAgreesWhenPresent() throws Exception {
    var shared = Standards.shared();
    assumeTrue(
        shared.isPresent(),
        "../shared/standards not present: checked against the copy in the repo only");
    Path file = shared.get().resolve("open-badges-3.0/achievementcredential.json");
    Schema original = schema(Standards.JSON.readTree(Files.readAllBytes(file)));
    assertEquals(List.of(), original.validate(IssuedCredentials.signed()));
    assertTrue(
        Standards.JSON
            .readTree(Files.readAllBytes(file))
            .equals(Standards.copyJson("achievementcredential.json")));
  }
}
