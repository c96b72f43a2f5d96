package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import independent.SpecVerifier;
import org.junit.jupiter.api.Test;

/**
 * tutor's credentials checked by the verifier written from the specifications alone
 * (independent.SpecVerifier).
 */
class IndependentlyVerifiedTest {
  @Test
  void anIssuedCredentialVerifies() {
    assertNull(SpecVerifier.problem(IssuedCredentials.signed()));
  }

  @Test
  void oneWithTheNameShownVerifies() {
    ObjectNode vc =
        BadgeCredential.secure(
            BadgeCredential.build(
                IssuedCredentials.award(
                    BadgeCredential.Identity.plain("Zoë Ünal \"the\" \\ learner"))),
            IssuedCredentials.KEY,
            IssuedCredentials.ISSUED);
    assertNull(SpecVerifier.problem(vc));
  }

  @Test
  void aChangedValueDoesNot() {
    ObjectNode vc = IssuedCredentials.signed();
    ((ObjectNode) vc.get("credentialSubject").get("result").get(0)).put("value", "100");
    assertEquals("signature does not verify", SpecVerifier.problem(vc));
  }

  @Test
  void bothVerifiersAgreeOnTheSignedBytes() {
    ObjectNode unsigned = IssuedCredentials.unsigned();
    assertEquals(Jcs.canonicalize(unsigned), SpecVerifier.jcs(unsigned));
  }
}
