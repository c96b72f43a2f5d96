package tutor.credential;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tutor.json.Json;

/**
 * Reads a credential someone else may have made, with every size bounded before it is looked at:
 * the bytes read (at most 1 MB, so /dev/zero or a huge file cannot exhaust memory), their UTF-8,
 * and the JSON itself through Jackson's StreamReadConstraints (nesting, string, name and number
 * lengths, tokens). Refuses a name twice in one object (I-JSON, RFC 7493) and anything after the
 * JSON value. Every refusal is a one-line reason.
 */
public final class CredentialReader {
  /** A credential is a few kilobytes (one for a 100-skill pack is about 60 KB). */
  public static final int MAX_BYTES = 1_000_000;

  public static final int MAX_DEPTH = 32;
  public static final int MAX_STRING = 200_000;
  public static final int MAX_NAME = 1_000;
  public static final int MAX_NUMBER = 40;
  public static final long MAX_TOKENS = 100_000;

  /**
   * Numbers are rare in credentials (OB's are strings but for creditsEarned and the like) and each
   * costs a search for its shortest form when canonicalised (10 to 50 microseconds): 1,000 keep
   * that to a few hundredths of a second.
   */
  public static final int MAX_NUMBERS = 1_000;

  private static final ObjectMapper MAPPER =
      Json.MAPPER.copyWith(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxDocumentLength(MAX_BYTES)
                      .maxNestingDepth(MAX_DEPTH)
                      .maxStringLength(MAX_STRING)
                      .maxNameLength(MAX_NAME)
                      .maxNumberLength(MAX_NUMBER)
                      .maxTokenCount(MAX_TOKENS)
                      .build())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build());

  /** Why a file is not a credential one can check at all: one line. */
  public static final class Unreadable extends Exception {
    public Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  private CredentialReader() {}

  /** At most {@link #MAX_BYTES} bytes of {@code in}; more is refused without reading on. */
  public static byte[] read(InputStream in) throws IOException, Unreadable {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new Unreadable("it is larger than 1 MB; a credential is a few kilobytes");
    }
    return bytes;
  }

  /** The JSON value of {@code bytes}, which must be UTF-8 and within the limits above. */
  public static JsonNode parse(byte[] bytes) throws Unreadable {
    if (bytes.length > MAX_BYTES)
      throw new Unreadable("it is larger than 1 MB; a credential is a few kilobytes");
    String text = utf8(bytes);
    if (text.startsWith("\uFEFF"))
      text = text.substring(1); // RFC 8259 lets a parser ignore a byte order mark
    if (text.isBlank()) throw new Unreadable("it is empty");
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonNode node = MAPPER.readTree(parser);
      if (node == null) throw new Unreadable("it is empty");
      if (numbers(node) > MAX_NUMBERS) {
        throw new Unreadable(
            "it holds more than " + MAX_NUMBERS + " numbers; a credential holds a few at most");
      }
      try {
        if (parser.nextToken() != null) {
          throw new Unreadable(
              "there is more after the JSON value, at " + where(parser.currentTokenLocation()));
        }
      } catch (JsonProcessingException e) {
        throw new Unreadable("there is more after the JSON value, at " + where(e.getLocation()));
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new Unreadable(
          "it is beyond what tutor reads in a credential: " + constraint(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new Unreadable(
          "not valid JSON at "
              + where(e.getLocation())
              + ": "
              + Echo.clean(firstLine(e.getOriginalMessage()), 160));
    } catch (IOException e) {
      throw new Unreadable(
          "not valid JSON: " + Echo.clean(firstLine(String.valueOf(e.getMessage())), 160));
    }
  }

  /** How many numbers {@code node} holds (its depth is bounded, so recursion is safe). */
  private static int numbers(JsonNode node) {
    if (node.isNumber()) return 1;
    int n = 0;
    for (JsonNode child : node) n += numbers(child);
    return n;
  }

  private static String utf8(byte[] bytes) throws Unreadable {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError())
      throw new Unreadable("it is not UTF-8 text (byte " + (in.position() + 1) + " is not)");
    r = decoder.flush(out);
    if (r.isError()) throw new Unreadable("it is not UTF-8 text (it ends inside a character)");
    return out.flip().toString();
  }

  private static String where(JsonLocation at) {
    if (at == null || at.getLineNr() < 1) return "an unknown place";
    return "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /**
   * Jackson's "Document nesting depth (33) exceeds the maximum allowed (32, from `...`)" without
   * its method name.
   */
  private static String constraint(String message) {
    String m = firstLine(String.valueOf(message)).replaceAll(", from `[^`]*`", "");
    return Echo.clean(m, 160);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
