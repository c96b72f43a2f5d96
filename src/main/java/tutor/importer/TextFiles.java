package tutor.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Text files to import: bounded in size, strictly UTF-8 (a bad byte is reported with its line). */
final class TextFiles {
  /** The largest CSV or Markdown file imported. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private TextFiles() {}

  static String read(Path file) throws ImportException {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new ImportException(file + ": the file is " + size / (1024 * 1024) + " MB; the limit is "
            + MAX_BYTES / (1024 * 1024) + " MB");
      }
      byte[] bytes = Files.readAllBytes(file);
      String text = decode(bytes, file);
      if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark, as Excel writes
      if (text.indexOf('\0') >= 0) throw new ImportException(file + ": a binary file, not text");
      return text.replace("\r\n", "\n").replace('\r', '\n');
    } catch (IOException e) {
      throw new ImportException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static String decode(byte[] bytes, Path file) throws ImportException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
      throw new ImportException(file + ":" + line + ": not valid UTF-8 text (save the file as UTF-8 and try again)");
    }
    d.flush(out);
    out.flip();
    return out.toString();
  }
}
