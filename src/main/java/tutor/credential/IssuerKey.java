package tutor.credential;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * A learner's Ed25519 signing key (the JDK's own Ed25519, RFC 8032), kept as its 32-byte seed. It
 * is stored as a multibase ed25519-priv key and never printed; the public half names the issuer as
 * a did:key.
 */
public final class IssuerKey {
  /** Multicodec ed25519-priv (0x1300) as an unsigned varint. */
  private static final byte[] PRIVATE_PREFIX = {(byte) 0x80, 0x26};

  /** The DER header of an X.509 SubjectPublicKeyInfo for Ed25519; the raw 32-byte key follows. */
  private static final byte[] X509_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private final byte[] seed;
  private final byte[] publicKey;
  private final PrivateKey privateKey;

  private IssuerKey(byte[] seed) {
    this.seed = seed.clone();
    try {
      KeyPair pair = derive(this.seed);
      byte[] encoded = pair.getPublic().getEncoded();
      this.publicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
      this.privateKey =
          KeyFactory.getInstance("Ed25519")
              .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, this.seed));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "this Java has no Ed25519 (Java 15 or later has it): " + e.getMessage(), e);
    }
  }

  /** A new key from {@code random} (the caller's source of randomness, e.g. a SecureRandom). */
  public static IssuerKey generate(SecureRandom random) {
    byte[] seed = new byte[32];
    random.nextBytes(seed);
    return new IssuerKey(seed);
  }

  /** The key of a 32-byte seed (RFC 8032's private key). */
  public static IssuerKey fromSeed(byte[] seed) {
    if (seed.length != 32)
      throw new IllegalArgumentException("an Ed25519 private key has 32 bytes, not " + seed.length);
    return new IssuerKey(seed);
  }

  /** Reads a stored key: "z" and base58 of 0x80 0x26 and the seed. */
  public static IssuerKey fromMultibase(String text) {
    if (!text.startsWith("z"))
      throw new IllegalArgumentException("a stored key starts with z (base58btc)");
    byte[] bytes = Base58.decode(text.substring(1), 34);
    if (bytes.length != 34 || bytes[0] != PRIVATE_PREFIX[0] || bytes[1] != PRIVATE_PREFIX[1]) {
      throw new IllegalArgumentException("not a multibase Ed25519 private key");
    }
    return new IssuerKey(Arrays.copyOfRange(bytes, 2, 34));
  }

  /** The form to store: "z" + base58btc(0x80 0x26 + seed). Keep it secret. */
  public String privateMultibase() {
    byte[] bytes = new byte[34];
    System.arraycopy(PRIVATE_PREFIX, 0, bytes, 0, 2);
    System.arraycopy(seed, 0, bytes, 2, 32);
    return "z" + Base58.encode(bytes);
  }

  /** The raw 32-byte public key. */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  public String did() {
    return DidKey.of(publicKey);
  }

  /** The verification method proofs name: the did:key, "#", and the key's multibase form. */
  public String verificationMethod() {
    return DidKey.verificationMethod(publicKey);
  }

  /** A pure Ed25519 signature (64 bytes) of {@code data}. */
  public byte[] sign(byte[] data) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing failed: " + e.getMessage(), e);
    }
  }

  /**
   * Whether {@code signature} is an Ed25519 signature of {@code data} by {@code publicKey} (32 raw
   * bytes). Never for a key of small order or not canonically encoded (Ed25519Points): with those,
   * a signature proves nothing.
   */
  public static boolean verify(byte[] publicKey, byte[] data, byte[] signature) {
    if (Ed25519Points.problem(publicKey) != null || signature.length != 64) return false;
    try {
      byte[] der = new byte[X509_PREFIX.length + 32];
      System.arraycopy(X509_PREFIX, 0, der, 0, X509_PREFIX.length);
      System.arraycopy(publicKey, 0, der, X509_PREFIX.length, 32);
      PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(data);
      return s.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false; // a key that is not a curve point verifies nothing
    }
  }

  /**
   * The JDK derives an Ed25519 public key only while generating a pair, from 32 bytes it draws from
   * a SecureRandom (RFC 8032 5.1.5); handing it a source that yields exactly the seed derives the
   * public key of a given private key with the JDK's own code.
   */
  private static KeyPair derive(byte[] seed) throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
    g.initialize(
        NamedParameterSpec.ED25519,
        new SecureRandom() {
          @Override
          public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length)
              throw new IllegalStateException("unexpected draw of " + bytes.length + " bytes");
            System.arraycopy(seed, 0, bytes, 0, seed.length);
          }
        });
    return g.generateKeyPair();
  }
}
