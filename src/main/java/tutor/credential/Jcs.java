package tutor.credential;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import tutor.json.Json;

/**
 * The JSON Canonicalization Scheme (RFC 8785): object members sorted by the UTF-16 code units of
 * their names, no whitespace, strings escaped as ECMAScript's JSON.stringify does, and numbers
 * written as ECMAScript writes an IEEE 754 double (the shortest digits that read back the same).
 */
public final class Jcs {
  /** Strict reading: a name twice in one object is an error (I-JSON, RFC 7493), not "last wins". */
  private static final ObjectReader STRICT =
      Json.MAPPER.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private Jcs() {}

  /** Reads JSON text; throws IllegalArgumentException with the line and the reason. */
  public static JsonNode parse(String text) {
    try {
      JsonNode node = STRICT.readTree(text);
      if (node == null) throw new IllegalArgumentException("it is empty");
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    }
  }

  /** The canonical form as UTF-8 bytes: what gets hashed. */
  public static byte[] canonicalBytes(JsonNode node) {
    return canonicalize(node).getBytes(StandardCharsets.UTF_8);
  }

  public static String canonicalize(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    write(node, sb);
    return sb.toString();
  }

  private static void write(JsonNode node, StringBuilder sb) {
    switch (node.getNodeType()) {
      case NULL -> sb.append("null");
      case BOOLEAN -> sb.append(node.booleanValue() ? "true" : "false");
      case NUMBER -> sb.append(number(node.doubleValue()));
      case STRING -> string(node.textValue(), sb);
      case ARRAY -> {
        sb.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) sb.append(',');
          write(node.get(i), sb);
        }
        sb.append(']');
      }
      case OBJECT -> {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) names.add(it.next());
        names.sort(null); // String.compareTo compares UTF-16 code units, as RFC 8785 3.2.3 asks
        sb.append('{');
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) sb.append(',');
          string(names.get(i), sb);
          sb.append(':');
          write(node.get(names.get(i)), sb);
        }
        sb.append('}');
      }
      default -> throw new IllegalArgumentException("JSON has no " + node.getNodeType() + " value");
    }
  }

  /**
   * A string as JSON.stringify writes it; a lone surrogate cannot be canonicalised (RFC 8785
   * 3.2.2.2).
   */
  static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException(
                "a string holds a lone surrogate (U+"
                    + Integer.toHexString(c).toUpperCase()
                    + "), which has no canonical form");
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /**
   * A double as ECMAScript's Number.prototype.toString writes it (ECMA-262 Number::toString, as RFC
   * 8785 3.2.2.3 requires). Java 17's Double.toString does not always give the shortest digits, so
   * they are found here: for k = 1, 2, ... digits, the k-digit decimals just below and just above
   * the exact value are the only ones that can read back as the same double.
   */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException(d + " has no JSON form");
    }
    if (d == 0) return "0"; // -0 too
    if (d < 0) return "-" + number(-d);
    BigDecimal exact = new BigDecimal(d);
    BigDecimal shortest = null;
    for (int k = 1; k <= 17 && shortest == null; k++) {
      BigDecimal down = exact.round(new MathContext(k, RoundingMode.DOWN));
      BigDecimal up = exact.round(new MathContext(k, RoundingMode.UP));
      boolean downOk = Double.parseDouble(down.toString()) == d;
      boolean upOk = Double.parseDouble(up.toString()) == d;
      if (downOk && upOk) {
        int cmp = exact.subtract(down).compareTo(up.subtract(exact));
        // the closer one; at an exact tie, the one with an even last digit
        shortest = cmp < 0 ? down : cmp > 0 ? up : down.unscaledValue().testBit(0) ? up : down;
      } else if (downOk) {
        shortest = down;
      } else if (upOk) {
        shortest = up;
      }
    }
    BigDecimal b = shortest.stripTrailingZeros();
    String digits = b.unscaledValue().toString();
    int k = digits.length();
    int n = k - b.scale(); // the value is 0.digits x 10^n
    if (k <= n && n <= 21) return digits + "0".repeat(n - k);
    if (0 < n && n <= 21) return digits.substring(0, n) + "." + digits.substring(n);
    if (-6 < n && n <= 0) return "0." + "0".repeat(-n) + digits;
    int e = n - 1;
    String exponent = "e" + (e < 0 ? "-" : "+") + Math.abs(e);
    return k == 1 ? digits + exponent : digits.charAt(0) + "." + digits.substring(1) + exponent;
  }
}
