package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The eddsa-jcs-2022 test vectors of W3C "Data Integrity EdDSA Cryptosuites v1.0", appendix
 * "Representation: eddsa-jcs-2022" (github.com/w3c/vc-di-eddsa, TestVectors/keyPair.json and
 * TestVectors/eddsa-jcs-2022/): every intermediate value, then the signature itself.
 */
class EddsaJcs2022VectorsTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final String PUBLIC = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
  private static final String PRIVATE = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";

  private static final String UNSIGNED =
      """
      {
        "@context": [
          "https://www.w3.org/ns/credentials/v2",
          "https://www.w3.org/ns/credentials/examples/v2"
        ],
        "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
        "type": ["VerifiableCredential", "AlumniCredential"],
        "name": "Alumni Credential",
        "description": "A minimum viable example of an Alumni Credential.",
        "issuer": "https://vc.example/issuers/5678",
        "validFrom": "2023-01-01T00:00:00Z",
        "credentialSubject": {
          "id": "did:example:abcdefgh",
          "alumniOf": "The School of Examples"
        }
      }""";

  private static final String PROOF_CONFIG =
      """
      {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-jcs-2022",
        "created": "2023-02-24T23:36:38Z",
        "verificationMethod": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
        "proofPurpose": "assertionMethod",
        "@context": [
          "https://www.w3.org/ns/credentials/v2",
          "https://www.w3.org/ns/credentials/examples/v2"
        ]
      }""";

  private static final String CANONICAL_DOC =
      "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
          + "\"https://www.w3.org/ns/credentials/examples/v2\"],\"credentialSubject\":{\"alumniOf\":\"The School of"
          + " Examples\",\"id\":\"did:example:abcdefgh\"},\"description\":\"A minimum viable example of an Alumni"
          + " Credential.\",\"id\":\"urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33\",\"issuer\":"
          + "\"https://vc.example/issuers/5678\",\"name\":\"Alumni Credential\",\"type\":[\"VerifiableCredential\","
          + "\"AlumniCredential\"],\"validFrom\":\"2023-01-01T00:00:00Z\"}";
  private static final String DOC_HASH =
      "59b7cb6251b8991add1ce0bc83107e3db9dbbab5bd2c28f687db1a03abc92f19";
  private static final String CANONICAL_PROOF =
      "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
          + "\"https://www.w3.org/ns/credentials/examples/v2\"],\"created\":\"2023-02-24T23:36:38Z\",\"cryptosuite\":"
          + "\"eddsa-jcs-2022\",\"proofPurpose\":\"assertionMethod\",\"type\":\"DataIntegrityProof\",\"verificationMethod\":"
          + "\"did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2\"}";
  private static final String PROOF_HASH =
      "66ab154f5c2890a140cb8388a22a160454f80575f6eae09e5a097cabe539a1db";
  private static final String SIGNATURE_HEX =
      "407cd12654b33d718ecbb99179a1506daaa849450bf3fc523cce3e1c96f8b803"
          + "51da3f253d725c6f00b07c9e5448d50b3ef78012b9ab54255116d069c6dd2808";
  private static final String SIGNATURE =
      "z2HnFSSPPBzR36zdDgK8PbEHeXbR56YF24jwMpt3R1eHXQzJDMWS93FCzpvJpwTWd3GAVFuUfjoJdcnTMuVor51aX";

  @Test
  void thePrivateKeyOfTheVectorsGivesItsPublicKey() {
    IssuerKey key = IssuerKey.fromMultibase(PRIVATE);
    assertEquals(PUBLIC, DidKey.multibase(key.publicKey()));
    assertEquals("did:key:" + PUBLIC, key.did());
    assertEquals("did:key:" + PUBLIC + "#" + PUBLIC, key.verificationMethod());
    assertEquals(PRIVATE, key.privateMultibase());
  }

  @Test
  void theDocumentCanonicalisesAndHashesAsPublished() {
    JsonNode doc = Jcs.parse(UNSIGNED);
    assertEquals(CANONICAL_DOC, Jcs.canonicalize(doc));
    assertEquals(DOC_HASH, HEX.formatHex(EddsaJcs2022.sha256(Jcs.canonicalBytes(doc))));
  }

  @Test
  void theProofConfigurationCanonicalisesAndHashesAsPublished() {
    JsonNode proof = Jcs.parse(PROOF_CONFIG);
    assertEquals(CANONICAL_PROOF, Jcs.canonicalize(proof));
    assertEquals(PROOF_HASH, HEX.formatHex(EddsaJcs2022.sha256(Jcs.canonicalBytes(proof))));
  }

  @Test
  void hashDataIsTheProofHashThenTheDocumentHash() {
    assertEquals(
        PROOF_HASH + DOC_HASH,
        HEX.formatHex(EddsaJcs2022.hashData(Jcs.parse(PROOF_CONFIG), Jcs.parse(UNSIGNED))));
  }

  @Test
  void signingGivesThePublishedSignatureInHexAndBase58() {
    IssuerKey key = IssuerKey.fromMultibase(PRIVATE);
    byte[] signature =
        key.sign(EddsaJcs2022.hashData(Jcs.parse(PROOF_CONFIG), Jcs.parse(UNSIGNED)));
    assertEquals(SIGNATURE_HEX, HEX.formatHex(signature));
    assertEquals(SIGNATURE, "z" + Base58.encode(signature));
    assertArrayEquals(signature, Base58.decode(SIGNATURE.substring(1), 64));
  }

  @Test
  void signingTheVectorDocumentGivesThePublishedSecuredDocument() {
    ObjectNode secured =
        EddsaJcs2022.sign(
            (ObjectNode) Jcs.parse(UNSIGNED),
            IssuerKey.fromMultibase(PRIVATE),
            Instant.parse("2023-02-24T23:36:38Z"));
    assertEquals(SIGNATURE, secured.get("proof").get("proofValue").asText());
    assertEquals(
        Jcs.canonicalize(Jcs.parse(PROOF_CONFIG)),
        Jcs.canonicalize(((ObjectNode) secured.get("proof").deepCopy()).without("proofValue")));
  }

  @Test
  void thePublishedSecuredDocumentVerifies() {
    ObjectNode secured = (ObjectNode) Jcs.parse(UNSIGNED);
    ObjectNode proof = ((ObjectNode) Jcs.parse(PROOF_CONFIG)).put("proofValue", SIGNATURE);
    secured.set("proof", proof);
    EddsaJcs2022.Result r = EddsaJcs2022.verify(secured);
    assertTrue(r.valid(), r.failures().toString());
  }

  @Test
  void thePublishedSecuredDocumentFailsOnceAnyValueChanges() {
    ObjectNode secured = (ObjectNode) Jcs.parse(UNSIGNED);
    secured.set("proof", ((ObjectNode) Jcs.parse(PROOF_CONFIG)).put("proofValue", SIGNATURE));
    ((ObjectNode) secured.get("credentialSubject")).put("alumniOf", "The School of Forgeries");
    EddsaJcs2022.Result r = EddsaJcs2022.verify(secured);
    assertFalse(r.valid());
    assertTrue(
        r.failures().get(0).startsWith("the signature does not match"), r.failures().toString());
  }
}
