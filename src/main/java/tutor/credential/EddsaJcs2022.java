package tutor.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Data Integrity proofs with the eddsa-jcs-2022 cryptosuite (W3C Data Integrity EdDSA Cryptosuites
 * v1.0, section 3.3): the document and the proof configuration are each canonicalised with JCS and
 * hashed with SHA-256; Ed25519 signs hash(proof configuration) followed by hash(document); the
 * signature is stored as multibase base58btc ("z...") in proofValue.
 */
public final class EddsaJcs2022 {
  public static final String TYPE = "DataIntegrityProof";
  public static final String CRYPTOSUITE = "eddsa-jcs-2022";
  public static final String PURPOSE = "assertionMethod";

  /**
   * What checking a proof found.
   *
   * @param failures each check that failed, in words; empty when the proof is valid
   * @param verificationMethod the key the proof names, or null when there is none
   */
  public record Result(List<String> failures, String verificationMethod) {
    public Result {
      failures = List.copyOf(failures);
    }

    public boolean valid() {
      return failures.isEmpty();
    }
  }

  private EddsaJcs2022() {}

  /**
   * The secured document: a copy of {@code unsecured} with a proof by {@code key} made at {@code
   * created} (whole seconds, as an XML Schema dateTime in UTC).
   */
  public static ObjectNode sign(ObjectNode unsecured, IssuerKey key, Instant created) {
    if (unsecured.has("proof"))
      throw new IllegalArgumentException("the document already has a proof");
    ObjectNode proof = JsonNodeFactory.instance.objectNode();
    proof.put("type", TYPE);
    proof.put("cryptosuite", CRYPTOSUITE);
    proof.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
    proof.put("verificationMethod", key.verificationMethod());
    proof.put("proofPurpose", PURPOSE);
    // The spec's step 2: the proof carries the document's @context, so it cannot be moved to
    // another.
    if (unsecured.has("@context")) proof.set("@context", unsecured.get("@context").deepCopy());
    byte[] signature = key.sign(hashData(proof, unsecured));
    proof.put("proofValue", "z" + Base58.encode(signature));
    ObjectNode secured = unsecured.deepCopy();
    secured.set("proof", proof);
    return secured;
  }

  /**
   * SHA-256 of the canonical proof configuration, then SHA-256 of the canonical document: 64 bytes.
   */
  public static byte[] hashData(JsonNode proofConfig, JsonNode document) {
    byte[] proofHash = sha256(Jcs.canonicalBytes(proofConfig));
    byte[] docHash = sha256(Jcs.canonicalBytes(document));
    byte[] out = new byte[64];
    System.arraycopy(proofHash, 0, out, 0, 32);
    System.arraycopy(docHash, 0, out, 32, 32);
    return out;
  }

  public static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks the proofs of a secured document (the spec's Verify Proof for each): {@code proof} may
   * be one object or an array of them (a proof set; each signs the document without its proofs).
   */
  public static Result verify(JsonNode secured) {
    if (!secured.isObject()) return new Result(List.of("the document is not a JSON object"), null);
    JsonNode proofs = secured.get("proof");
    if (proofs == null) return new Result(List.of("it has no proof: it was never signed"), null);
    ObjectNode unsecured = ((ObjectNode) secured).deepCopy();
    unsecured.remove("proof");
    List<String> failures = new ArrayList<>();
    String method = null;
    for (JsonNode proof : proofs.isArray() ? proofs : List.of(proofs)) {
      if (!proof.isObject()) return new Result(List.of("a proof is not a JSON object"), null);
      Result r = verifyProof(unsecured, (ObjectNode) proof);
      failures.addAll(r.failures());
      if (method == null) method = r.verificationMethod();
    }
    return new Result(failures, method);
  }

  /**
   * Checks one proof of {@code unsecured} (the document without its proofs), naming each check that
   * fails. Every value is bounded before it is decoded.
   */
  public static Result verifyProof(ObjectNode unsecured, ObjectNode proof) {
    List<String> failures = new ArrayList<>();
    ObjectNode options = proof.deepCopy();
    JsonNode value = options.remove("proofValue");
    expect(options, "type", TYPE, failures);
    expect(options, "cryptosuite", CRYPTOSUITE, failures);
    expect(options, "proofPurpose", PURPOSE, failures);
    JsonNode created = options.get("created");
    if (created != null) {
      try {
        XsdDateTime.parse(created.isTextual() ? created.asText() : "");
      } catch (IllegalArgumentException e) {
        failures.add("proof.created " + shown(created) + " is " + e.getMessage());
      }
    }
    String method =
        options.path("verificationMethod").isTextual()
            ? options.get("verificationMethod").asText()
            : null;
    byte[] publicKey = null;
    if (method == null) {
      failures.add("proof.verificationMethod is missing");
    } else {
      try {
        publicKey = DidKey.publicKey(method);
      } catch (IllegalArgumentException e) {
        failures.add(e.getMessage());
        method = null;
      }
    }
    byte[] signature = signature(value, failures);
    ObjectNode document = unsecured;
    JsonNode proofContext = options.get("@context");
    if (proofContext != null) {
      if (!startsWith(unsecured.get("@context"), proofContext)) {
        failures.add(
            "the credential's @context does not start with the proof's @context: the proof was made for"
                + " another context");
      } else {
        document = unsecured.deepCopy();
        document.set("@context", proofContext.deepCopy());
      }
    }
    if (failures.isEmpty()) {
      byte[] hash;
      try {
        hash = hashData(options, document);
      } catch (IllegalArgumentException e) {
        return new Result(List.of("it cannot be canonicalised: " + e.getMessage()), method);
      }
      if (!IssuerKey.verify(publicKey, hash, signature)) {
        failures.add(
            "the signature does not match: the credential or its proof was changed after it was signed"
                + " (or signed by another key than "
                + DidKey.didOf(method)
                + ")");
      }
    }
    return new Result(failures, method);
  }

  private static void expect(JsonNode proof, String field, String wanted, List<String> failures) {
    JsonNode v = proof.get(field);
    if (v == null) failures.add("proof." + field + " is missing (expected " + wanted + ")");
    else if (!v.isTextual() || !v.asText().equals(wanted)) {
      failures.add("proof." + field + " is " + shown(v) + ", expected '" + wanted + "'");
    }
  }

  /** A value as a message may show it: a string quoted and cut short, anything else by its kind. */
  static String shown(JsonNode v) {
    return v.isTextual()
        ? Echo.quote(v.asText())
        : "a JSON " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static byte[] signature(JsonNode value, List<String> failures) {
    if (value == null || !value.isTextual()) {
      failures.add("proof.proofValue is missing");
      return null;
    }
    String v = value.asText();
    if (!v.startsWith("z")) {
      failures.add("proof.proofValue is not multibase base58btc (it must start with z)");
      return null;
    }
    try {
      byte[] sig = Base58.decode(v.substring(1), 64);
      if (sig.length != 64) {
        failures.add(
            "proof.proofValue holds " + sig.length + " bytes; an Ed25519 signature has 64");
        return null;
      }
      return sig;
    } catch (IllegalArgumentException e) {
      failures.add("proof.proofValue is not an Ed25519 signature in base58btc: " + e.getMessage());
      return null;
    }
  }

  /** Whether {@code context} starts with every value of {@code prefix}, in order. */
  private static boolean startsWith(JsonNode context, JsonNode prefix) {
    if (context == null) return false;
    List<JsonNode> c = new ArrayList<>();
    if (context.isArray()) context.forEach(c::add);
    else c.add(context);
    List<JsonNode> p = new ArrayList<>();
    if (prefix.isArray()) prefix.forEach(p::add);
    else p.add(prefix);
    if (p.size() > c.size()) return false;
    for (int i = 0; i < p.size(); i++) if (!p.get(i).equals(c.get(i))) return false;
    return true;
  }
}
