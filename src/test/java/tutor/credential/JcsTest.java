package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON Canonicalization Scheme on the examples of RFC 8785 (and its test data). */
class JcsTest {
  /** RFC 8785 Appendix B: IEEE 754 doubles, by their bits, and how JCS writes them. */
  @ParameterizedTest
  @CsvSource({
    "0000000000000000, 0",
    "8000000000000000, 0",
    "0000000000000001, 5e-324",
    "8000000000000001, -5e-324",
    "7fefffffffffffff, 1.7976931348623157e+308",
    "ffefffffffffffff, -1.7976931348623157e+308",
    "4340000000000000, 9007199254740992",
    "c340000000000000, -9007199254740992",
    "4430000000000000, 295147905179352830000",
    "44b52d02c7e14af5, 9.999999999999997e+22",
    "44b52d02c7e14af6, 1e+23",
    "44b52d02c7e14af7, 1.0000000000000001e+23",
    "444b1ae4d6e2ef4e, 999999999999999700000",
    "444b1ae4d6e2ef4f, 999999999999999900000",
    "444b1ae4d6e2ef50, 1e+21",
    "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
    "3eb0c6f7a0b5ed8d, 0.000001",
    "41b3de4355555553, 333333333.3333332",
    "41b3de4355555554, 333333333.33333325",
    "41b3de4355555555, 333333333.3333333",
    "41b3de4355555556, 333333333.3333334",
    "41b3de4355555557, 333333333.33333343",
    "becbf647612f3696, -0.0000033333333333333333",
    "43143ff3c1cb0959, 1424953923781206.2"
  })
  void numbersAreWrittenAsRfc8785AppendixBSays(String bits, String expected) {
    double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
    assertEquals(expected, Jcs.number(d));
  }

  @ParameterizedTest
  @CsvSource({"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"})
  void nanAndInfinityHaveNoCanonicalForm(String bits) {
    double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
    assertThrows(IllegalArgumentException.class, () -> Jcs.number(d));
  }

  @Test
  void commonNumbersKeepTheirShortForm() {
    assertEquals("1", Jcs.number(1));
    assertEquals("-1", Jcs.number(-1));
    assertEquals("0.1", Jcs.number(0.1));
    assertEquals("100000000000000000000", Jcs.number(1e20));
    assertEquals("1.5e-7", Jcs.number(1.5e-7));
    assertEquals("123.456", Jcs.number(123.456));
  }

  /** RFC 8785 3.2.2: the sample with numbers, a string full of escapes, and literals. */
  @Test
  void theRfcSampleCanonicalisesToItsPublishedForm() {
    String input =
        """
        {
          "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
          "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
          "literals": [null, true, false]
        }""";
    assertEquals(
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
            + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}",
        Jcs.canonicalize(Jcs.parse(input)));
  }

  /**
   * RFC 8785 3.2.3: names sorted by UTF-16 code units, so an emoji (a surrogate pair) sorts before
   * U+FB33.
   */
  @Test
  void memberNamesAreSortedByUtf16CodeUnits() {
    String input =
        """
        {
          "\\u20ac": "Euro Sign",
          "\\r": "Carriage Return",
          "\\ufb33": "Hebrew Letter Dalet With Dagesh",
          "1": "One",
          "\\ud83d\\ude00": "Emoji: Grinning Face",
          "\\u0080": "Control",
          "\\u00f6": "Latin Small Letter O With Diaeresis"
        }""";
    String canonical = Jcs.canonicalize(Jcs.parse(input));
    assertEquals(
        "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O"
            + " With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter"
            + " Dalet With Dagesh\"}",
        canonical);
  }

  /** RFC 8785 3.2.4: the UTF-8 bytes of the sorting example, as the RFC lists them. */
  @Test
  void theOutputIsUtf8AsTheRfcListsIt() {
    String input =
        "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With"
            + " Dagesh\",\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":"
            + "\"Latin Small Letter O With Diaeresis\"}";
    String hex = HexFormat.of().formatHex(Jcs.canonicalBytes(Jcs.parse(input)));
    assertTrue(
        hex.startsWith(
            "7b225c72223a2243617272696167652052657475726e222c2231223a224f6e65222c22c280223a"),
        hex);
    assertTrue(hex.contains("22f09f9880223a"), "the emoji as 4 UTF-8 bytes: " + hex);
    assertTrue(
        hex.endsWith(
            "22efacb3223a22486562726577204c65747465722044616c657420576974682044616765736822"
                + "7d"),
        hex);
  }

  /** The cyberphone/json-canonicalization test data that RFC 8785 points to. */
  @Test
  void nestedStructuresAreSortedAtEveryLevel() {
    String input =
        """
        {
          "1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0},
          "10": { },
          "": "empty",
          "a": { },
          "111": [ {"e": "yes","E": "no" } ],
          "A": { }
        }""";
    assertEquals(
        "{\"\":\"empty\",\"1\":{\"\\n\":56,\"f\":{\"F\":5,\"f\":\"hi\"}},\"10\":{},\"111\":[{\"E\":\"no\","
            + "\"e\":\"yes\"}],\"A\":{},\"a\":{}}",
        Jcs.canonicalize(Jcs.parse(input)));
    assertEquals(
        "[56,{\"1\":[],\"10\":null,\"d\":true}]",
        Jcs.canonicalize(
            Jcs.parse(
                "[\n  56,\n  {\n    \"d\": true,\n    \"10\": null,\n    \"1\": [ ]\n  }\n]")));
  }

  @Test
  void sortingIgnoresLocaleAndUnicodeIsNotNormalised() {
    assertEquals(
        "{\"peach\":1,\"péché\":2,\"pêche\":3,\"sin\":4}",
        Jcs.canonicalize(Jcs.parse("{\"péché\":2,\"sin\":4,\"peach\":1,\"pêche\":3}")));
    assertEquals(
        "{\"Unnormalized Unicode\":\"A\u030a\"}",
        Jcs.canonicalize(Jcs.parse("{\"Unnormalized Unicode\":\"A\\u030a\"}")));
  }

  @Test
  void controlCharactersUseShortEscapesOrLowerCaseHex() {
    assertEquals(
        "\"\\b\\t\\n\\f\\r\\u0000\\u001f\u007f\u2028\"",
        Jcs.canonicalize(JsonNodeFactory.instance.textNode("\b\t\n\f\r\u0000\u001f\u007f\u2028")));
  }

  @Test
  void aLoneSurrogateIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Jcs.canonicalize(JsonNodeFactory.instance.textNode("a\ud800b")));
  }

  @Test
  void aNameGivenTwiceIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Jcs.parse("{\"a\":1,\"a\":2}"));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void bytesAreUtf8() {
    assertEquals(
        "{\"€\":\"ö\"}",
        new String(
            Jcs.canonicalBytes(Jcs.parse("{\"\\u20ac\":\"\\u00f6\"}")), StandardCharsets.UTF_8));
  }
}
