package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import independent.SpecVerifier;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Credentials changed in every way one can think of, judged twice: by tutor's own verifier (the
 * bounded reader, then CredentialCheck, as `credential verify` does) and by the verifier written
 * from the specifications alone (independent.SpecVerifier: RFC 8785 and the JDK's Ed25519). Every
 * change of a value, a name, a member added or removed, an array reordered, a string's Unicode
 * normalisation or a value's JSON type is refused by both; what only changes the spelling of the
 * same JSON (member order, string escapes, white space) is accepted by both, as RFC 8785 says.
 */
class CredentialTamperTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = IssuedCredentials.ISSUED.plusSeconds(86_400);

  /** A credential with accents, quotes and a backslash in the learner's name. */
  private static ObjectNode signedWithName() {
    return BadgeCredential.secure(
        BadgeCredential.build(
            IssuedCredentials.award(
                BadgeCredential.Identity.plain("Zoë Ünal \"the\" \\ Ångström"))),
        IssuedCredentials.KEY,
        IssuedCredentials.ISSUED);
  }

  /** tutor's verdict on the text, as `credential verify` reads it: null when valid. */
  private static String tutorSays(String text) {
    try {
      CredentialCheck check =
          CredentialCheck.of(CredentialReader.parse(text.getBytes(StandardCharsets.UTF_8)), NOW);
      return check.valid() ? null : String.join("; ", check.failures());
    } catch (CredentialReader.Unreadable e) {
      return "unreadable: " + e.getMessage();
    }
  }

  /** The independent verdict on the same text: null when valid. */
  private static String specSays(String text) {
    JsonNode node;
    try {
      // RFC 8259 8.1: a parser may ignore a byte order mark; Jackson's String reader does not
      node = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (Exception e) {
      return "not JSON: " + e.getMessage();
    }
    return SpecVerifier.problem(node);
  }

  @Test
  void untouchedCredentialsAreAcceptedByBoth() throws Exception {
    for (ObjectNode vc : List.of(IssuedCredentials.signed(), signedWithName())) {
      String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(vc);
      assertNull(tutorSays(text), text);
      assertNull(specSays(text), text);
    }
  }

  /** A path to a value and a change made to it. */
  private record Change(String what, UnaryOperator<JsonNode> change) {}

  /** Every change of every member: each value altered, each member removed, one added. */
  private static void changes(JsonNode node, String path, List<Change> out, List<Object> at) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        List<Object> here = new ArrayList<>(at);
        here.add(name);
        out.add(new Change("remove " + path + "/" + name, root -> remove(root, here)));
        changes(node.get(name), path + "/" + name, out, here);
      }
      out.add(
          new Change(
              "add a member to " + path,
              root -> {
                ((ObjectNode) find(root, at)).put("note", "added later");
                return root;
              }));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        List<Object> here = new ArrayList<>(at);
        here.add(i);
        changes(node.get(i), path + "[" + i + "]", out, here);
      }
      if (node.size() > 1 && !node.get(0).equals(node.get(node.size() - 1))) {
        out.add(
            new Change(
                "reverse the array " + path,
                root -> {
                  ArrayNode a = (ArrayNode) find(root, at);
                  List<JsonNode> items = new ArrayList<>();
                  a.forEach(items::add);
                  Collections.reverse(items);
                  a.removeAll();
                  a.addAll(items);
                  return root;
                }));
      }
    } else {
      out.add(new Change("alter " + path, root -> replace(root, at, altered(node))));
      if (node.isTextual() || node.isBoolean()) {
        // the same letters as another JSON type: "true" for true, a number for "96"
        JsonNode other =
            node.isBoolean()
                ? TextNode.valueOf(node.asText())
                : node.asText().matches("-?\\d{1,15}")
                    ? JsonNodeFactory.instance.numberNode(Long.parseLong(node.asText()))
                    : node.asText().equals("true") || node.asText().equals("false")
                        ? BooleanNode.valueOf(Boolean.parseBoolean(node.asText()))
                        : JsonNodeFactory.instance.nullNode();
        out.add(new Change("retype " + path, root -> replace(root, at, other)));
      }
    }
  }

  private static JsonNode altered(JsonNode v) {
    if (v.isBoolean()) return BooleanNode.valueOf(!v.asBoolean());
    if (v.isNumber()) return JsonNodeFactory.instance.numberNode(v.asLong() + 1);
    String s = v.asText();
    if (s.isEmpty()) return TextNode.valueOf(" ");
    // the last character changed, keeping it a character of the same kind (digit, base58, date)
    char last = s.charAt(s.length() - 1);
    char other =
        Character.isDigit(last) ? (last == '9' ? '8' : (char) (last + 1)) : last == 'z' ? 'y' : 'z';
    return TextNode.valueOf(s.substring(0, s.length() - 1) + other);
  }

  private static JsonNode find(JsonNode root, List<Object> at) {
    JsonNode n = root;
    for (Object step : at) n = step instanceof String s ? n.get(s) : n.get((Integer) step);
    return n;
  }

  private static JsonNode remove(JsonNode root, List<Object> at) {
    JsonNode parent = find(root, at.subList(0, at.size() - 1));
    Object last = at.get(at.size() - 1);
    if (last instanceof String s) ((ObjectNode) parent).remove(s);
    else ((ArrayNode) parent).remove((Integer) last);
    return root;
  }

  private static JsonNode replace(JsonNode root, List<Object> at, JsonNode value) {
    JsonNode parent = find(root, at.subList(0, at.size() - 1));
    Object last = at.get(at.size() - 1);
    if (last instanceof String s) ((ObjectNode) parent).set(s, value);
    else ((ArrayNode) parent).set((Integer) last, value);
    return root;
  }

  @Test
  void everyChangeOfEveryMemberIsRefusedByBoth() throws Exception {
    for (ObjectNode vc : List.of(IssuedCredentials.signed(), signedWithName())) {
      List<Change> all = new ArrayList<>();
      changes(vc, "", all, List.of());
      assertTrue(all.size() > 60, "changes tried: " + all.size());
      List<String> accepted = new ArrayList<>();
      for (Change c : all) {
        String text = JSON.writeValueAsString(c.change().apply(vc.deepCopy()));
        if (tutorSays(text) == null) accepted.add("tutor accepts: " + c.what());
        if (specSays(text) == null) accepted.add("the independent verifier accepts: " + c.what());
      }
      assertEquals(List.of(), accepted);
    }
  }

  /** The same object with its members in the reverse order, at every depth. */
  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.reverse(names);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (String n : names) out.set(n, reversed(node.get(n)));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> out.add(reversed(item)));
      return out;
    }
    return node;
  }

  @Test
  void theSameJsonSpeltOtherwiseIsAcceptedByBoth() throws Exception {
    ObjectNode vc = signedWithName();
    String compact = JSON.writeValueAsString(vc);
    List<String> spellings =
        List.of(
            JSON.writeValueAsString(reversed(vc)),
            JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reversed(vc)),
            // escapes for letters and for a slash: the same strings
            compact.replace("ë", "\\u00eb").replace("Ü", "\\u00DC"),
            compact.replace("https://", "https:\\/\\/"),
            " \n\t" + compact + "\n\n",
            "\uFEFF" + compact);
    for (String text : spellings) {
      assertNull(tutorSays(text), text);
      assertNull(specSays(text), text);
    }
  }

  @Test
  void anotherUnicodeNormalisationOfTheSameNameIsRefusedByBoth() throws Exception {
    String compact = JSON.writeValueAsString(signedWithName());
    assertTrue(compact.contains("Zoë") && Normalizer.isNormalized(compact, Normalizer.Form.NFC));
    // The same name to a reader, other code points: JCS signs code points, not what they look like.
    for (Normalizer.Form form : List.of(Normalizer.Form.NFD, Normalizer.Form.NFKD)) {
      String text = Normalizer.normalize(compact, form);
      assertFalse(text.equals(compact));
      assertNotNull(tutorSays(text), form + ": " + text);
      assertNotNull(specSays(text), form + ": " + text);
    }
    // a compatibility character for an ASCII one: Ａ (fullwidth) for A
    String wide = compact.replaceFirst("AchievementSubject", "\uFF21chievementSubject");
    assertNotNull(tutorSays(wide));
    assertNotNull(specSays(wide));
  }

  @Test
  void aDuplicatedMemberOrTextAfterTheCredentialIsRefused() throws Exception {
    String compact = JSON.writeValueAsString(IssuedCredentials.signed());
    String name = IssuedCredentials.signed().get("name").asText();
    // a second "name" after the first: readers that keep the first and readers that keep the last
    // would see two different credentials under one signature
    String twice =
        compact.replaceFirst("\"name\":", "\"name\":\"Something else: mastered\",\"name\":");
    assertTrue(twice.contains(name));
    assertNotNull(tutorSays(twice), twice);
    assertNotNull(tutorSays(compact + "{}"));
    assertNotNull(tutorSays(compact + " x"));
  }

  /**
   * A credential re-issued by "the identity point": its name changed at will, the issuer and the
   * proof's key set to the did:key of y = 1 and the signature to R = identity, S = 0. The JDK's
   * Ed25519 accepts that signature for any bytes; both verifiers must refuse the key.
   */
  @Test
  void aForgeryByAKeyOfSmallOrderIsRefusedByBoth() throws Exception {
    byte[] multikey = new byte[34];
    multikey[0] = (byte) 0xed;
    multikey[1] = 0x01;
    multikey[2] = 1;
    byte[] signature = new byte[64];
    signature[0] = 1;
    String key = "z" + Base58.encode(multikey);
    ObjectNode vc = IssuedCredentials.signed();
    vc.put("name", "Everything: mastered");
    ((ObjectNode) vc.get("issuer")).put("id", "did:key:" + key);
    ((ObjectNode) vc.get("credentialSubject")).put("id", "did:key:" + key);
    ObjectNode proof = (ObjectNode) vc.get("proof").get(0);
    proof.put("verificationMethod", "did:key:" + key + "#" + key);
    proof.put("proofValue", "z" + Base58.encode(signature));
    String text = JSON.writeValueAsString(vc);
    assertTrue(String.valueOf(tutorSays(text)).contains("small order"), tutorSays(text));
    assertTrue(String.valueOf(specSays(text)).contains("small order"), specSays(text));
  }

  /**
   * A lone surrogate has no UTF-8 form: an encoder that writes '?' for it would let "Who\ud800"
   * pass for the signed "Who?". Both refuse it.
   */
  @Test
  void aLoneSurrogateForASignedQuestionMarkIsRefusedByBoth() throws Exception {
    String compact =
        JSON.writeValueAsString(
            BadgeCredential.secure(
                BadgeCredential.build(
                    IssuedCredentials.award(BadgeCredential.Identity.plain("Who? Me"))),
                IssuedCredentials.KEY,
                IssuedCredentials.ISSUED));
    assertNull(tutorSays(compact));
    assertNull(specSays(compact));
    for (String lone : List.of("\\ud800", "\\udfff", "\\ud83d")) {
      String text = compact.replace("Who? Me", "Who" + lone + " Me");
      assertFalse(text.equals(compact));
      assertNotNull(tutorSays(text), lone);
      assertNotNull(specSays(text), lone);
    }
  }

  /**
   * RFC 8785 Appendix B: IEEE 754 doubles and the text JCS gives them (ECMAScript's shortest
   * round-trip form), checked against tutor's canonical number form.
   */
  @Test
  void numbersAreCanonicalAsRfc8785AppendixBSays() {
    String[][] vectors = {
      {"0000000000000000", "0"},
      {"8000000000000000", "0"},
      {"0000000000000001", "5e-324"},
      {"8000000000000001", "-5e-324"},
      {"7fefffffffffffff", "1.7976931348623157e+308"},
      {"ffefffffffffffff", "-1.7976931348623157e+308"},
      {"4340000000000000", "9007199254740992"},
      {"c340000000000000", "-9007199254740992"},
      {"4430000000000000", "295147905179352830000"},
      {"44b52d02c7e14af5", "9.999999999999997e+22"},
      {"44b52d02c7e14af6", "1e+23"},
      {"44b52d02c7e14af7", "1.0000000000000001e+23"},
      {"444b1ae4d6e2ef4e", "999999999999999700000"},
      {"444b1ae4d6e2ef4f", "999999999999999900000"},
      {"444b1ae4d6e2ef50", "1e+21"},
      {"3eb0c6f7a0b5ed8c", "9.999999999999997e-7"},
      {"3eb0c6f7a0b5ed8d", "0.000001"},
      {"41b3de4355555553", "333333333.3333332"},
      {"41b3de4355555554", "333333333.33333325"},
      {"41b3de4355555555", "333333333.3333333"},
      {"41b3de4355555556", "333333333.3333334"},
      {"41b3de4355555557", "333333333.33333343"},
      {"becbf647612f3696", "-0.0000033333333333333333"},
      {"43143ff3c1cb0959", "1424953923781206.2"}
    };
    List<String> wrong = new ArrayList<>();
    for (String[] v : vectors) {
      double d = Double.longBitsToDouble(Long.parseUnsignedLong(v[0], 16));
      String got = Jcs.number(d);
      if (!got.equals(v[1])) wrong.add(v[0] + ": " + got + ", not " + v[1]);
    }
    assertEquals(List.of(), wrong);
  }
}
