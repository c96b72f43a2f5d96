package tutor.credential;

import java.util.Arrays;

/**
 * did:key for Ed25519 (W3C CCG did:key 0.7): "did:key:z" + base58btc(0xed 0x01 + the 32-byte public
 * key), 0xed01 being the multicodec ed25519-pub as an unsigned varint. The key's verification
 * method is the DID, "#", and the same multibase string.
 */
public final class DidKey {
  static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
  private static final String PREFIX = "did:key:";

  /**
   * "did:key:z6Mk" and 44 more, twice and a "#": anything much longer is not an Ed25519 did:key.
   */
  static final int MAX_VERIFICATION_METHOD = 200;

  private DidKey() {}

  /** The public key in multibase: "z6Mk...". */
  public static String multibase(byte[] publicKey) {
    byte[] bytes = new byte[34];
    System.arraycopy(ED25519_PUB, 0, bytes, 0, 2);
    System.arraycopy(publicKey, 0, bytes, 2, 32);
    return "z" + Base58.encode(bytes);
  }

  public static String of(byte[] publicKey) {
    return PREFIX + multibase(publicKey);
  }

  public static String verificationMethod(byte[] publicKey) {
    String mb = multibase(publicKey);
    return PREFIX + mb + "#" + mb;
  }

  /** The DID part of a verification method ("did:key:z..#z.." gives "did:key:z.."). */
  public static String didOf(String verificationMethod) {
    int hash = verificationMethod.indexOf('#');
    return hash < 0 ? verificationMethod : verificationMethod.substring(0, hash);
  }

  /**
   * The raw public key a did:key verification method names; throws IllegalArgumentException saying
   * what is wrong with it, also for a key no signature may be checked against (a point of small
   * order or a non-canonical encoding, see Ed25519Points).
   */
  public static byte[] publicKey(String verificationMethod) {
    if (verificationMethod.length() > MAX_VERIFICATION_METHOD) {
      throw new IllegalArgumentException(
          "proof.verificationMethod is "
              + verificationMethod.length()
              + " characters long; an Ed25519 did:key has about 100");
    }
    if (!verificationMethod.startsWith(PREFIX + "z")) {
      throw new IllegalArgumentException(
          "proof.verificationMethod "
              + Echo.quote(verificationMethod)
              + " is not a did:key (did:key:z...)");
    }
    int hash = verificationMethod.indexOf('#');
    String mb =
        verificationMethod.substring(
            PREFIX.length(), hash < 0 ? verificationMethod.length() : hash);
    if (hash >= 0 && !verificationMethod.substring(hash + 1).equals(mb)) {
      throw new IllegalArgumentException(
          "proof.verificationMethod's fragment "
              + Echo.quote(verificationMethod.substring(hash + 1))
              + " does not repeat its did:key");
    }
    byte[] bytes;
    try {
      bytes = Base58.decode(mb.substring(1), 34);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the did:key is not an Ed25519 key in base58btc: " + e.getMessage());
    }
    if (bytes.length != 34 || bytes[0] != ED25519_PUB[0] || bytes[1] != ED25519_PUB[1]) {
      throw new IllegalArgumentException(
          "the did:key is not an Ed25519 key (multicodec 0xed01 and 32 bytes)");
    }
    byte[] key = Arrays.copyOfRange(bytes, 2, 34);
    String problem = Ed25519Points.problem(key);
    if (problem != null) throw new IllegalArgumentException("the did:key is refused: " + problem);
    return key;
  }
}
