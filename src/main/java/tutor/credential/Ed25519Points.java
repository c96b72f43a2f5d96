package tutor.credential;

import java.math.BigInteger;

/**
 * Public keys no signature should be checked against. A small-order point (the identity and the
 * seven others whose order divides the cofactor 8) makes a signature that says nothing: with the
 * identity as key, R = identity and S = 0 "verify" for any message, so anyone could forge any
 * credential. A non-canonical encoding (y at or above the field prime) names a point that has
 * another, proper encoding; RFC 8032 5.1.3 rejects it. The list is the one libsodium keeps
 * (crypto_sign_ed25519 blocklist): y in {0, 1, p-1} and the two y of the order-8 points, with
 * either sign bit.
 */
final class Ed25519Points {
  private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));

  /** y of the four points of order 8 are this and p minus it (RFC 7748's 2-torsion reasoning). */
  private static final BigInteger ORDER_8_Y =
      new BigInteger("7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7", 16);

  private Ed25519Points() {}

  /** Why a 32-byte public key must be refused, or null when it may be used. */
  static String problem(byte[] publicKey) {
    if (publicKey.length != 32)
      return "an Ed25519 public key has 32 bytes, not " + publicKey.length;
    byte[] bigEndian = new byte[32];
    for (int i = 0; i < 32; i++) bigEndian[i] = publicKey[31 - i];
    bigEndian[0] &= 0x7f; // the top bit is the sign of x, not part of y
    BigInteger y = new BigInteger(1, bigEndian);
    if (y.compareTo(P) >= 0)
      return "its Ed25519 public key is not canonically encoded (y is not below 2^255-19)";
    if (y.signum() == 0
        || y.equals(BigInteger.ONE)
        || y.equals(P.subtract(BigInteger.ONE))
        || y.equals(ORDER_8_Y)
        || y.equals(P.subtract(ORDER_8_Y))) {
      return "its Ed25519 public key is a point of small order, with which a signature proves nothing";
    }
    return null;
  }
}
