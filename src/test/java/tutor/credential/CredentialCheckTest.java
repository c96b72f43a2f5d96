package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What `credential verify` checks beyond the signature: shape, types, validity period, proofs,
 * keys.
 */
class CredentialCheckTest {
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  /** The issued credential without its proof, changed by {@code edit}, then signed again. */
  private static ObjectNode resigned(
      java.util.function.Consumer<ObjectNode> edit,
      java.util.function.Consumer<ObjectNode> proofEdit) {
    ObjectNode unsigned = IssuedCredentials.unsigned();
    edit.accept(unsigned);
    ObjectNode signed =
        BadgeCredential.secure(unsigned, IssuedCredentials.KEY, IssuedCredentials.ISSUED);
    if (proofEdit != null) {
      // A proof option (like expires) is signed too: re-sign with it in the proof configuration.
      ObjectNode proof = (ObjectNode) signed.get("proof").get(0);
      proofEdit.accept(proof);
      proof.remove("proofValue");
      ObjectNode again = unsigned.deepCopy();
      byte[] sig = IssuedCredentials.KEY.sign(EddsaJcs2022.hashData(proof, again));
      proof.put("proofValue", "z" + Base58.encode(sig));
    }
    return signed;
  }

  private static List<String> failures(com.fasterxml.jackson.databind.JsonNode vc, Instant now) {
    return CredentialCheck.of(vc, now).failures();
  }

  @Test
  void anIssuedCredentialIsValidFromItsIssueOn() {
    assertEquals(List.of(), failures(IssuedCredentials.signed(), NOW));
    assertEquals(List.of(), failures(IssuedCredentials.signed(), IssuedCredentials.ISSUED));
    assertEquals(
        List.of("it is not valid yet: validFrom is 2026-04-12T18:30:00Z"),
        failures(IssuedCredentials.signed(), IssuedCredentials.ISSUED.minusSeconds(1)));
  }

  @Test
  void aSingleProofObjectIsAcceptedAsWell() {
    ObjectNode vc = IssuedCredentials.signed();
    vc.set("proof", vc.get("proof").get(0));
    assertEquals(List.of(), failures(vc, NOW));
  }

  @Test
  void theAchievementCredentialTypeIsAccepted() {
    ObjectNode vc =
        resigned(
            u -> u.putArray("type").add("VerifiableCredential").add("AchievementCredential"), null);
    assertEquals(List.of(), failures(vc, NOW));
    ObjectNode neither =
        resigned(u -> u.putArray("type").add("VerifiableCredential").add("Badge"), null);
    assertEquals(
        List.of(
            "type must include VerifiableCredential and AchievementCredential (or OpenBadgeCredential)"),
        failures(neither, NOW));
  }

  @Test
  void validUntilAndExpirationDateAreEnforced() {
    ObjectNode until = resigned(u -> u.put("validUntil", "2026-05-01T00:00:00Z"), null);
    assertEquals(
        List.of(),
        failures(until, Instant.parse("2026-05-01T00:00:00Z")),
        "valid up to and at validUntil");
    assertEquals(
        List.of("it has expired: validUntil was 2026-05-01T00:00:00Z"), failures(until, NOW));
    ObjectNode legacy =
        resigned(
            u ->
                u.put("expirationDate", "2026-05-01T00:00:00+02:00")
                    .put("issuanceDate", "2026-04-01T00:00:00Z"),
            null);
    assertEquals(
        List.of("it has expired: expirationDate was 2026-05-01T00:00:00+02:00"),
        failures(legacy, NOW));
    assertEquals(
        List.of("it is not valid yet: issuanceDate is 2026-04-01T00:00:00Z"),
        failures(legacy, Instant.parse("2026-03-31T23:59:59Z")).stream()
            .filter(f -> f.contains("issuance"))
            .toList());
  }

  @Test
  void anExpiredProofFails() {
    ObjectNode vc = resigned(u -> {}, p -> p.put("expires", "2026-05-01T00:00:00Z"));
    assertEquals(
        List.of(),
        failures(vc, Instant.parse("2026-04-30T00:00:00Z")),
        "the signature covers expires");
    assertEquals(List.of("the proof expired on 2026-05-01T00:00:00Z"), failures(vc, NOW));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-04-12",
        "2026-04-12T18:30:00",
        "2026-04-12 18:30:00Z",
        "2026-04-12t18:30:00z",
        "2026-04-31T18:30:00Z",
        "2026-04-12T25:00:00Z",
        "+2026-04-12T18:30:00Z",
        "20260412T183000Z",
        "2026-04-12T18:30:00+15:00",
        "12/04/2026",
        ""
      })
  void aDateInAnyOtherFormIsRefusedNotGuessed(String date) {
    ObjectNode vc = resigned(u -> u.put("validFrom", date), null);
    List<String> f = failures(vc, NOW);
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).startsWith("validFrom '"), f.get(0));
  }

  @Test
  void aProofCreatedDateIsStrictToo() {
    ObjectNode vc = resigned(u -> {}, p -> p.put("created", "2026-04-12T18:30:00"));
    assertEquals(
        List.of(
            "proof.created '2026-04-12T18:30:00' is not a date and time with its time zone, like"
                + " 2026-04-12T18:30:00Z"),
        failures(vc, NOW));
  }

  /** Every small-order point (with either sign bit) and the non-canonical encodings of y. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0100000000000000000000000000000000000000000000000000000000000000", // identity, order 1
        "0100000000000000000000000000000000000000000000000000000000000080",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // order 2
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "0000000000000000000000000000000000000000000000000000000000000000", // order 4
        "0000000000000000000000000000000000000000000000000000000000000080",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a", // order 8
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05", // order 8
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p (0,
        // non-canonical)
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p + 1 (1,
        // non-canonical)
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f" // y = 2^255 - 1
      })
  void aKeyThatProvesNothingIsRefused(String hex) {
    byte[] key = HexFormat.of().parseHex(hex);
    String did = DidKey.of(key);
    ObjectNode vc = IssuedCredentials.signed();
    ((ObjectNode) vc.get("issuer")).put("id", did);
    ObjectNode proof = (ObjectNode) vc.get("proof").get(0);
    proof.put("verificationMethod", DidKey.verificationMethod(key));
    // The forgery the issue found: with the identity as key, R = identity and S = 0 "sign"
    // anything.
    byte[] trivial = new byte[64];
    System.arraycopy(key, 0, trivial, 0, 32);
    proof.put("proofValue", "z" + Base58.encode(trivial));
    List<String> f = failures(vc, NOW);
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).startsWith("the did:key is refused: its Ed25519 public key is"), f.get(0));
    assertEquals(
        false, IssuerKey.verify(key, new byte[64], trivial), "the low-level check refuses it too");
  }

  @Test
  void theIdentityForgeryWouldOtherwiseVerify() throws Exception {
    // Why the refusal matters: the JDK's Ed25519 accepts the trivial signature under the identity
    // key.
    byte[] identity =
        HexFormat.of().parseHex("0100000000000000000000000000000000000000000000000000000000000000");
    byte[] trivial = new byte[64];
    System.arraycopy(identity, 0, trivial, 0, 32);
    java.security.Signature s = java.security.Signature.getInstance("Ed25519");
    byte[] der =
        HexFormat.of().parseHex("302a300506032b6570032100" + HexFormat.of().formatHex(identity));
    s.initVerify(
        java.security.KeyFactory.getInstance("Ed25519")
            .generatePublic(new java.security.spec.X509EncodedKeySpec(der)));
    s.update("any credential at all".getBytes());
    assertTrue(
        s.verify(trivial), "Java 17's Ed25519 takes it; if a later JDK refuses, this test may go");
  }

  @Test
  void aProofSetVerifiesEachProofAndWantsOneByTheIssuer() {
    ObjectNode vc = IssuedCredentials.signed();
    ArrayNode proofs = (ArrayNode) vc.get("proof");
    ObjectNode unsigned = IssuedCredentials.unsigned();
    IssuerKey other = IssuerKey.fromSeed(new byte[32]);
    proofs.add(EddsaJcs2022.sign(unsigned, other, IssuedCredentials.ISSUED).get("proof"));
    assertEquals(List.of(), failures(vc, NOW), "a second proof by an endorser is fine");
    proofs.remove(0);
    assertEquals(
        List.of(
            "the proof was made with the key of "
                + other.did()
                + ", not of the issuer '"
                + IssuedCredentials.KEY.did()
                + "'"),
        failures(vc, NOW));
    proofs.add(proofs.get(0).deepCopy());
    assertEquals(
        List.of(
            "no proof was made with the key of the issuer '" + IssuedCredentials.KEY.did() + "'"),
        failures(vc, NOW));
  }

  @Test
  void aProofValueIsBoundedBeforeItIsDecoded() {
    ObjectNode vc = IssuedCredentials.signed();
    ((ObjectNode) vc.get("proof").get(0)).put("proofValue", "z" + "2".repeat(150_000));
    assertEquals(
        List.of(
            "proof.proofValue is not an Ed25519 signature in base58btc: it is 150000 characters long;"
                + " 64 bytes take at most 88"),
        failures(vc, NOW));
  }

  @Test
  void shapeProblemsGiveOneReasonEach() {
    assertEquals(
        List.of("it is not a JSON object"),
        failures(
            new com.fasterxml.jackson.databind.node.ArrayNode(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance),
            NOW));
    ObjectNode vc = IssuedCredentials.signed();
    vc.remove("issuer");
    assertEquals(List.of("issuer is missing"), failures(vc, NOW));
    ObjectNode noProof = IssuedCredentials.signed();
    noProof.putArray("proof");
    assertEquals(List.of("it has no proof: proof is an empty list"), failures(noProof, NOW));
    ObjectNode badProof = IssuedCredentials.signed();
    ((ObjectNode) badProof.get("proof").get(0)).put("verificationMethod", 7);
    assertEquals(List.of("proof.verificationMethod must be a string"), failures(badProof, NOW));
  }

  @Test
  void valuesInMessagesAreCutShortAndControlCharactersHidden() {
    ObjectNode vc = IssuedCredentials.signed();
    ((ObjectNode) vc.get("proof").get(0)).put("cryptosuite", "\u001b[2J" + "x".repeat(500));
    String f = failures(vc, NOW).get(0);
    assertTrue(f.startsWith("proof.cryptosuite is '?[2Jxxx"), f);
    assertTrue(f.endsWith("...' (504 characters), expected 'eddsa-jcs-2022'"), f);
  }
}
