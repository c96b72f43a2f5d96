package tutor.packfile;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's {@link StreamReader} with a window that grows geometrically.
 *
 * <p>Why: SnakeYAML refills its look-ahead window 1,024 characters at a time and copies the whole
 * unread window on every refill. The scanner looks ahead over a whole word (or a whole line of a
 * block scalar) before consuming it, so one long value cost time quadratic in its length (8 MB took
 * over a minute). Reading at least as many new characters as the window already holds makes every
 * refill pay for its copy: reading is linear. The behaviour the scanner sees (peek, forward, marks,
 * line and column counting, refusing non-printable characters) is the original's.
 */
final class LinearStreamReader extends StreamReader {
  private static final int MIN_READ = 1024;

  private final String name = "'reader'";
  private final Reader stream;
  private int[] window = new int[0];
  private int length;
  private int pointer;
  private boolean eof;
  private int index;
  private int documentIndex;
  private int line;
  private int column;
  private char[] buffer = new char[MIN_READ + 1];

  LinearStreamReader(Reader stream) {
    super(new StringReader("")); // the parent's own state is never used
    this.stream = stream;
  }

  @Override
  public Mark getMark() {
    return new Mark(name, index, line, column, window, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int count) {
    for (int i = 0; i < count && ensureEnoughData(0); i++) {
      int c = window[pointer++];
      index++;
      documentIndex++;
      if (Constant.LINEBR.has(c) || (c == '\r' && ensureEnoughData(0) && window[pointer] != '\n')) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return ensureEnoughData(0) ? window[pointer] : '\0';
  }

  @Override
  public int peek(int offset) {
    return ensureEnoughData(offset) ? window[pointer + offset] : '\0';
  }

  @Override
  public String prefix(int count) {
    if (count == 0) return "";
    if (ensureEnoughData(count)) return new String(window, pointer, count);
    return new String(window, pointer, Math.min(count, length - pointer));
  }

  @Override
  public String prefixForward(int count) {
    String prefix = prefix(count);
    pointer += count;
    index += count;
    documentIndex += count;
    column += count; // a prefix never holds a line break
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getLine() {
    return line;
  }

  private boolean ensureEnoughData(int size) {
    while (!eof && pointer + size >= length) update();
    return pointer + size < length;
  }

  /** Reads at least as many characters as are still unread, so that each copy is paid for. */
  private void update() {
    int unread = length - pointer;
    int wanted = Math.max(MIN_READ, unread);
    if (buffer.length < wanted + 1) buffer = new char[wanted + 1];
    int read;
    try {
      read = readFully(wanted);
      if (read > 0 && Character.isHighSurrogate(buffer[read - 1])) {
        int more = stream.read(buffer, read, 1);
        if (more == -1) {
          throw new ReaderException(
              name,
              index + unread + read - 1,
              buffer[read - 1],
              "The last char is HighSurrogate (no LowSurrogate detected).");
        }
        read += more;
      }
    } catch (IOException e) {
      throw new YAMLException(e);
    }
    if (read <= 0) {
      eof = true;
      return;
    }
    // A new array each time (as the original does): marks keep the window they were taken from.
    int[] next = Arrays.copyOfRange(window, pointer, pointer + unread + read);
    int at = unread;
    for (int i = 0; i < read; at++) {
      int codePoint = Character.codePointAt(buffer, i, read);
      next[at] = codePoint;
      if (!isPrintable(codePoint)) {
        window = next;
        length = at + 1;
        pointer = 0;
        throw new ReaderException(
            name, index + at, codePoint, "special characters are not allowed");
      }
      i += Character.charCount(codePoint);
    }
    window = next;
    length = at;
    pointer = 0;
  }

  private int readFully(int wanted) throws IOException {
    int total = 0;
    while (total < wanted) {
      int n = stream.read(buffer, total, wanted - total);
      if (n < 0) break;
      total += n;
    }
    return total;
  }
}
