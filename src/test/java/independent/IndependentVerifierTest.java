package independent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The verifier written from the specifications (SpecVerifier) on the W3C test vectors. Its use on
 * tutor's own credentials is in tutor.credential.IndependentlyVerifiedTest and the command-line
 * tests; this class imports nothing of tutor.
 */
class IndependentVerifierTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path vectors() {
    for (String p :
        new String[] {
          "../shared/standards/eddsa-jcs-2022", "../../shared/standards/eddsa-jcs-2022"
        }) {
      if (Files.isDirectory(Path.of(p))) return Path.of(p);
    }
    return null;
  }

  @Test
  void base58DecodesTheVectorSignature() {
    assertArrayEquals(
        HexFormat.of()
            .parseHex(
                "407cd12654b33d718ecbb99179a1506daaa849450bf3fc523cce3e1c96f8b803"
                    + "51da3f253d725c6f00b07c9e5448d50b3ef78012b9ab54255116d069c6dd2808"),
        SpecVerifier.base58(
            "2HnFSSPPBzR36zdDgK8PbEHeXbR56YF24jwMpt3R1eHXQzJDMWS93FCzpvJpwTWd3GAVFuUfjoJdcnTMuVor51aX"));
    assertArrayEquals(new byte[] {0, 0, 1}, SpecVerifier.base58("112"));
  }

  @Test
  void theW3cSignedDocumentVerifiesAndItsCanonicalFormsMatch() throws Exception {
    Path dir = vectors();
    assumeTrue(
        dir != null, "../shared/standards/eddsa-jcs-2022 not present: W3C vector files skipped");
    JsonNode signed = JSON.readTree(Files.readString(dir.resolve("signedJCS.json")));
    assertNull(SpecVerifier.proofProblem(signed));
    ObjectNode unsigned = ((ObjectNode) signed).deepCopy();
    unsigned.remove("proof");
    assertEquals(
        Files.readString(dir.resolve("canonDocJCS.txt")).strip(), SpecVerifier.jcs(unsigned));
    assertEquals(
        Files.readString(dir.resolve("proofCanonJCS.txt")).strip(),
        SpecVerifier.jcs(JSON.readTree(Files.readString(dir.resolve("proofConfigJCS.json")))));
    ObjectNode tampered = ((ObjectNode) signed.deepCopy()).put("name", "Forged Credential");
    assertEquals("signature does not verify", SpecVerifier.proofProblem(tampered));
    assertEquals(
        "no proof by the issuer", SpecVerifier.problem(signed), "its issuer is a URL, not the key");
  }
}
