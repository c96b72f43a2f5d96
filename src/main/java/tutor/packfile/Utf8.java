package tutor.packfile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that says where it failed: authors fix a file faster given the line of its
 * first bad byte than told only that "somewhere" it is not UTF-8.
 */
public final class Utf8 {
  private Utf8() {}

  /** Bytes that are not UTF-8. */
  public static final class InvalidException extends Exception {
    private final int line;

    InvalidException(int line) {
      super("not valid UTF-8 text at line " + line);
      this.line = line;
    }

    /** The 1-based line of the first byte that is not UTF-8. */
    public int line() {
      return line;
    }
  }

  /** The text of {@code bytes}, or the line of their first malformed byte. */
  public static String decode(byte[] bytes) throws InvalidException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
      throw new InvalidException(line);
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
