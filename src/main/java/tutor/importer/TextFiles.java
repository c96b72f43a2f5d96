package tutor.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tutor.packfile.Utf8;

/** Text files to import: bounded in size, strictly UTF-8 (a bad byte is reported with its line). */
final class TextFiles {
  /** The largest CSV or Markdown file imported. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private TextFiles() {}

  static String read(Path file) throws ImportException {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new ImportException(
            file
                + ": the file is "
                + size / (1024 * 1024)
                + " MB; the limit is "
                + MAX_BYTES / (1024 * 1024)
                + " MB");
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
    try {
      return Utf8.decode(bytes);
    } catch (Utf8.InvalidException e) {
      throw new ImportException(
          file + ":" + e.line() + ": not valid UTF-8 text (save the file as UTF-8 and try again)");
    }
  }
}
