package independent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A verifier of eddsa-jcs-2022 proofs written from the specifications alone, sharing no code with
 * tutor: W3C Data Integrity EdDSA Cryptosuites v1.0 (3.3.2 Verify Proof (eddsa-jcs-2022)), RFC 8785
 * (JCS), did:key (Ed25519, multicodec 0xed01) and multibase base58btc, with the JDK's SHA-256 and
 * Ed25519 (RFC 8032). Its JCS takes the JSON a credential holds: no number with a fraction or
 * beyond 2^53, which it refuses rather than guesses at.
 */
public final class SpecVerifier {
  private static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private SpecVerifier() {}

  /** Null when every proof of {@code secured} verifies and one is the issuer's, else why not. */
  public static String problem(JsonNode secured) {
    return check(secured, true);
  }

  /** Null when every proof of {@code secured} verifies, whoever made it. */
  public static String proofProblem(JsonNode secured) {
    return check(secured, false);
  }

  private static String check(JsonNode secured, boolean issuerMustSign) {
    try {
      ObjectNode document = ((ObjectNode) secured).deepCopy();
      JsonNode proofs = document.remove("proof");
      if (proofs == null) return "no proof";
      List<JsonNode> list = new ArrayList<>();
      if (proofs.isArray()) proofs.forEach(list::add);
      else list.add(proofs);
      String issuer =
          secured.get("issuer").isTextual()
              ? secured.get("issuer").asText()
              : secured.get("issuer").get("id").asText();
      boolean byIssuer = false;
      for (JsonNode p : list) {
        String problem = proofProblem(document, (ObjectNode) p);
        if (problem != null) return problem;
        String method = p.get("verificationMethod").asText();
        if (method.substring(0, method.indexOf('#')).equals(issuer)) byIssuer = true;
      }
      return byIssuer || !issuerMustSign ? null : "no proof by the issuer";
    } catch (RuntimeException | java.security.GeneralSecurityException e) {
      return "cannot verify: " + e;
    }
  }

  private static String proofProblem(ObjectNode unsecured, ObjectNode proof)
      throws java.security.GeneralSecurityException {
    ObjectNode options = proof.deepCopy();
    String proofValue = options.remove("proofValue").asText();
    if (!"DataIntegrityProof".equals(options.path("type").asText()))
      return "not a DataIntegrityProof";
    if (!"eddsa-jcs-2022".equals(options.path("cryptosuite").asText())) return "not eddsa-jcs-2022";
    if (!"assertionMethod".equals(options.path("proofPurpose").asText()))
      return "not an assertionMethod proof";
    if (!proofValue.startsWith("z")) return "proofValue is not base58btc";
    byte[] signature = base58(proofValue.substring(1));
    ObjectNode document = unsecured.deepCopy();
    if (options.has("@context")) {
      JsonNode proofContext = options.get("@context");
      JsonNode docContext = document.get("@context");
      for (int i = 0; i < proofContext.size(); i++) {
        if (docContext == null || !proofContext.get(i).equals(docContext.get(i)))
          return "context mismatch";
      }
      document.set("@context", proofContext);
    }
    byte[] hash = new byte[64];
    System.arraycopy(sha256(jcs(options)), 0, hash, 0, 32);
    System.arraycopy(sha256(jcs(document)), 0, hash, 32, 32);
    String method = options.get("verificationMethod").asText();
    String multibase = method.substring("did:key:".length(), method.indexOf('#'));
    if (!method.substring(method.indexOf('#') + 1).equals(multibase))
      return "fragment is not the key";
    byte[] key = base58(multibase.substring(1));
    if (key.length != 34 || (key[0] & 0xff) != 0xed || key[1] != 0x01)
      return "not an Ed25519 did:key";
    byte[] publicKey = java.util.Arrays.copyOfRange(key, 2, 34);
    if (weak(publicKey)) return "a key of small order or not canonically encoded";
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(publicKey(publicKey));
    verifier.update(hash);
    return verifier.verify(signature) ? null : "signature does not verify";
  }

  private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));

  /** The y of the Ed25519 points of order 8 (libsodium's blocklist, read big-endian). */
  private static final BigInteger Y8 =
      new BigInteger("7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7", 16);

  /**
   * A public key of small order (y 0, 1, -1 or ±Y8, either sign of x) or y at or above p: with one,
   * a signature of R = that point and S = 0 "verifies" any message, and the JDK's Ed25519 accepts
   * it (checked in IndependentVerifierTest).
   */
  static boolean weak(byte[] encoded) {
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) be[i] = encoded[31 - i];
    be[0] &= 0x7f;
    BigInteger y = new BigInteger(1, be);
    return y.compareTo(P) >= 0
        || y.signum() == 0
        || y.equals(BigInteger.ONE)
        || y.equals(P.subtract(BigInteger.ONE))
        || y.equals(Y8)
        || y.equals(P.subtract(Y8));
  }

  /** RFC 8032 5.1.3: y little-endian, the top bit the sign of x. */
  private static PublicKey publicKey(byte[] encoded) throws java.security.GeneralSecurityException {
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) be[i] = encoded[31 - i];
    boolean xOdd = (be[0] & 0x80) != 0;
    be[0] &= 0x7f;
    EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, be));
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
  }

  private static byte[] sha256(String text) throws java.security.GeneralSecurityException {
    return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Base58btc, the classic byte-array way: multiply-accumulate into a big-endian buffer. */
  public static byte[] base58(String text) {
    byte[] buffer = new byte[text.length()]; // at most one byte per character
    int used = 0;
    for (char c : text.toCharArray()) {
      int carry = B58.indexOf(c);
      if (carry < 0) throw new IllegalArgumentException("not base58: " + c);
      for (int j = 0; j < used || carry != 0; j++) {
        int k = buffer.length - 1 - j;
        carry += 58 * (j < used ? buffer[k] & 0xff : 0);
        buffer[k] = (byte) carry;
        carry >>= 8;
        if (j >= used) used = j + 1;
      }
    }
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == '1') zeros++;
    byte[] out = new byte[zeros + used];
    System.arraycopy(buffer, buffer.length - used, out, zeros, used);
    return out;
  }

  /** RFC 8785 for what credentials hold. */
  public static String jcs(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    write(node, sb);
    return sb.toString();
  }

  private static void write(JsonNode node, StringBuilder sb) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null); // String order is UTF-16 code unit order (RFC 8785 3.2.3)
      sb.append('{');
      for (int i = 0; i < names.size(); i++) {
        if (i > 0) sb.append(',');
        string(names.get(i), sb);
        sb.append(':');
        write(node.get(names.get(i)), sb);
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) sb.append(',');
        write(node.get(i), sb);
      }
      sb.append(']');
    } else if (node.isTextual()) {
      string(node.asText(), sb);
    } else if (node.isBoolean() || node.isNull()) {
      sb.append(node.asText());
    } else if (node.isIntegralNumber()
        && node.canConvertToLong()
        && Math.abs(node.asLong()) <= (1L << 53)) {
      sb.append(node.asLong());
    } else {
      throw new IllegalArgumentException("a number this verifier does not canonicalise: " + node);
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\f' -> sb.append("\\f");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    // RFC 8785 3.2.2.2: a lone surrogate has no UTF-8 form (Java would write '?' for it, so that
    // "\ud800" and "?" would sign the same bytes)
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) i++;
      else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("a lone surrogate in a string");
      }
    }
    sb.append('"');
  }
}
