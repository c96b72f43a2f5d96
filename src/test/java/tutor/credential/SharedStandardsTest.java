package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Against ../shared/standards when present (skipped otherwise, with the reason): the repo's copies
 * are the shared files, and tutor's cryptosuite reproduces every W3C eddsa-jcs-2022 vector file.
 */
class SharedStandardsTest {
  private static Path dir(String sub) {
    var shared = Standards.shared();
    assumeTrue(
        shared.isPresent(),
        "../shared/standards not present: the copies in src/test/resources stand in");
    return shared.get().resolve(sub);
  }

  @Test
  void theCopiesInTheRepoAreTheSharedFiles() throws Exception {
    Path ob = dir("open-badges-3.0");
    for (String name :
        new String[] {
          "achievementcredential.json", "context-3.0.3.json", "credentials-v2.jsonld"
        }) {
      assertArrayEquals(Files.readAllBytes(ob.resolve(name)), Standards.copy(name), name);
    }
  }

  @Test
  void theVectorFilesAreReproducedStepByStep() throws Exception {
    Path v = dir("eddsa-jcs-2022");
    JsonNode keys = Standards.JSON.readTree(Files.readString(v.resolve("keyPair.json")));
    IssuerKey key = IssuerKey.fromMultibase(keys.get("privateKeyMultibase").asText());
    assertEquals(keys.get("publicKeyMultibase").asText(), DidKey.multibase(key.publicKey()));
    JsonNode signed = Standards.JSON.readTree(Files.readString(v.resolve("signedJCS.json")));
    ObjectNode unsigned = ((ObjectNode) signed).deepCopy();
    unsigned.remove("proof");
    JsonNode proofConfig =
        Standards.JSON.readTree(Files.readString(v.resolve("proofConfigJCS.json")));
    assertEquals(read(v, "canonDocJCS.txt"), Jcs.canonicalize(unsigned));
    assertEquals(read(v, "proofCanonJCS.txt"), Jcs.canonicalize(proofConfig));
    HexFormat hex = HexFormat.of();
    assertEquals(
        read(v, "docHashJCS.txt"),
        hex.formatHex(EddsaJcs2022.sha256(Jcs.canonicalBytes(unsigned))));
    assertEquals(
        read(v, "proofHashJCS.txt"),
        hex.formatHex(EddsaJcs2022.sha256(Jcs.canonicalBytes(proofConfig))));
    byte[] data = EddsaJcs2022.hashData(proofConfig, unsigned);
    assertEquals(read(v, "combinedHashJCS.txt"), hex.formatHex(data));
    byte[] signature = key.sign(data);
    assertEquals(read(v, "sigHexJCS.txt"), hex.formatHex(signature));
    assertEquals(read(v, "sigBTC58JCS.txt"), "z" + Base58.encode(signature));
    ObjectNode resigned =
        EddsaJcs2022.sign(unsigned, key, Instant.parse(proofConfig.get("created").asText()));
    assertEquals(signed, resigned, "signing gives the published secured document");
  }

  @Test
  void thePublishedSecuredDocumentVerifiesAsAProofObjectAndAsAProofArray() throws Exception {
    Path v = dir("eddsa-jcs-2022");
    ObjectNode signed =
        (ObjectNode) Standards.JSON.readTree(Files.readString(v.resolve("signedJCS.json")));
    assertTrue(
        EddsaJcs2022.verify(signed).valid(), EddsaJcs2022.verify(signed).failures().toString());
    ObjectNode asArray = signed.deepCopy();
    asArray.putArray("proof").add(signed.get("proof").deepCopy());
    assertTrue(
        EddsaJcs2022.verify(asArray).valid(), EddsaJcs2022.verify(asArray).failures().toString());
  }

  private static String read(Path dir, String name) throws Exception {
    return Files.readString(dir.resolve(name)).strip();
  }
}
