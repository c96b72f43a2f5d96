package independent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
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

  private static String base58(byte[] bytes) {
    String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    java.math.BigInteger n = new java.math.BigInteger(1, bytes);
    StringBuilder sb = new StringBuilder();
    while (n.signum() > 0) {
      java.math.BigInteger[] qr = n.divideAndRemainder(java.math.BigInteger.valueOf(58));
      sb.append(alphabet.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < bytes.length && bytes[i] == 0; i++) sb.append('1');
    return sb.reverse().toString();
  }

  /**
   * The identity point as the key and R = identity, S = 0 as the signature: the JDK's Ed25519
   * accepts that signature for any message, so a verifier that only asks the JDK can be fooled by a
   * credential anyone can forge. This one refuses the key first.
   */
  @Test
  void aForgeryWithAKeyOfSmallOrderIsRefusedThoughTheJdkAcceptsItsSignature() throws Exception {
    byte[] identity = new byte[32];
    identity[0] = 1; // y = 1, x = 0, little-endian
    java.security.Signature jdk = java.security.Signature.getInstance("Ed25519");
    jdk.initVerify(
        java.security.KeyFactory.getInstance("Ed25519")
            .generatePublic(
                new java.security.spec.EdECPublicKeySpec(
                    java.security.spec.NamedParameterSpec.ED25519,
                    new java.security.spec.EdECPoint(false, java.math.BigInteger.ONE))));
    byte[] signature = new byte[64];
    signature[0] = 1; // R = the identity, S = 0
    jdk.update("any document at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(jdk.verify(signature), "the JDK takes the trivial signature (why the check exists)");

    byte[] multikey = new byte[34];
    multikey[0] = (byte) 0xed;
    multikey[1] = 0x01;
    System.arraycopy(identity, 0, multikey, 2, 32);
    String key = "z" + base58(multikey);
    ObjectNode forged = JSON.createObjectNode();
    forged.put("issuer", "did:key:" + key).put("name", "Anything: mastered");
    forged
        .putObject("proof")
        .put("type", "DataIntegrityProof")
        .put("cryptosuite", "eddsa-jcs-2022")
        .put("proofPurpose", "assertionMethod")
        .put("verificationMethod", "did:key:" + key + "#" + key)
        .put("proofValue", "z" + base58(signature));
    assertEquals("a key of small order or not canonically encoded", SpecVerifier.problem(forged));
    // every y of a small-order point, and one past the field, with either sign bit
    java.math.BigInteger p =
        java.math.BigInteger.TWO.pow(255).subtract(java.math.BigInteger.valueOf(19));
    java.math.BigInteger y8 =
        new java.math.BigInteger(
            "7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7", 16);
    for (java.math.BigInteger y :
        List.of(
            java.math.BigInteger.ZERO,
            java.math.BigInteger.ONE,
            p.subtract(java.math.BigInteger.ONE),
            y8,
            p.subtract(y8),
            p,
            p.add(java.math.BigInteger.ONE))) {
      for (boolean sign : new boolean[] {false, true}) {
        byte[] le = new byte[32];
        byte[] be = y.toByteArray();
        for (int i = 0; i < be.length && i < 32; i++) le[i] = be[be.length - 1 - i];
        if (sign) le[31] |= (byte) 0x80;
        assertTrue(SpecVerifier.weak(le), y + " sign " + sign);
      }
    }
  }

  @Test
  void aLoneSurrogateHasNoCanonicalForm() throws Exception {
    // Java's UTF-8 encoder writes '?' for it: "\ud800" would sign as "?" does
    JsonNode lone = JSON.readTree("{\"name\": \"Who\\ud800\"}");
    assertThrows(IllegalArgumentException.class, () -> SpecVerifier.jcs(lone));
    assertEquals(
        "{\"name\":\"Who\uD83D\uDE00\"}",
        SpecVerifier.jcs(JSON.readTree("{\"name\":\"Who\\ud83d\\ude00\"}")));
  }
}
