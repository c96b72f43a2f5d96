package tutor.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Picocli writes help: lines are passed on as they are, except at a terminal narrower than
 * Picocli's narrowest help (55 columns). There, the lines Picocli broke because they were full are
 * joined again and the whole is wrapped to the terminal, between words, continued under its last
 * column (an option's description, say). Colour is left out there: its codes would count as
 * columns. The width is asked for only when something is written (asking costs time).
 */
final class NarrowWriter extends Writer {
  static final int PICOCLI_NARROWEST = 55;
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

  /** Where a second column starts: two spaces or more after a word. */
  private static final Pattern TWO_COLUMNS = Pattern.compile("\\S {2,}(?=\\S)");

  private final Writer out;
  private final IntSupplier width;
  private final StringBuilder line = new StringBuilder();
  private int known = -1;

  /**
   * The logical line being gathered from Picocli's full lines, and the length of its last piece.
   */
  private String pending;

  private int lastPiece;

  NarrowWriter(Writer out, IntSupplier width) {
    this.out = out;
    this.width = width;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c == '\n') {
        take(line.toString());
        line.setLength(0);
      } else {
        line.append(c);
      }
    }
  }

  /**
   * Whether the examples have begun: HelpText wraps them to the terminal itself (an example too
   * long is continued as a shell continues it, what it is for goes below it), so they pass as they
   * are; joined again here, an example would take its note as words to run.
   */
  private boolean examples;

  private void take(String text) throws IOException {
    if (known < 0) known = width.getAsInt();
    if (known >= PICOCLI_NARROWEST || examples) {
      out.write(text);
      out.write('\n');
      return;
    }
    String plain = ANSI.matcher(text).replaceAll("");
    String word = plain.strip().split(" ", 2)[0];
    // Picocli went on to this line only if the last one was full (it keeps the last column free):
    // prose from column 0 to column 0; a table's row under its last column, not as a new option.
    boolean full =
        pending != null
            && !plain.isBlank()
            && !pending.isBlank()
            && lastPiece + 1 + word.length() > PICOCLI_NARROWEST - 2;
    int indent = plain.length() - plain.stripLeading().length();
    int pendingLead = full ? pending.length() - pending.stripLeading().length() : 0;
    boolean continues =
        full
            && (pendingLead == 0
                ? indent == 0
                : indent > pendingLead
                    && indent >= hang(pending, Integer.MAX_VALUE)
                    && !plain.strip().startsWith("-"));
    if (continues) {
      // Picocli breaks after a colon that starts a word (":hint" at 55 columns): no space there.
      String glue = pending.endsWith(" :") ? "" : " ";
      pending = pending + glue + plain.strip();
    } else {
      release();
      pending = plain;
    }
    lastPiece = plain.length();
    if (plain.equals("Examples:")) {
      release();
      examples = true;
    }
  }

  private void release() throws IOException {
    if (pending == null) return;
    for (String l : wrap(pending, known - 1)) {
      out.write(l);
      out.write('\n');
    }
    pending = null;
  }

  /**
   * {@code text} in lines of at most {@code room}, broken at spaces, continued under its last
   * column.
   */
  static List<String> wrap(String text, int room) {
    List<String> lines = new ArrayList<>();
    // Two columns whose second starts too far right to be continued under itself ("tutor pack
    // list   the packs, ..." at 50 columns): the second goes on its own lines under the first, as
    // Picocli does with a long option, never back at the first column, where it reads as a row.
    Matcher second = TWO_COLUMNS.matcher(text);
    if (text.length() > room && second.find() && hang(text, room) < second.end()) {
      int lead = text.length() - text.stripLeading().length();
      lines.addAll(wrap(text.substring(0, second.start() + 1), room));
      lines.addAll(wrap(" ".repeat(lead + 4) + text.substring(second.end()), room));
      return lines;
    }
    int hang = hang(text, room);
    String rest = text;
    String indent = "";
    while ((indent + rest).length() > room) {
      String candidate = indent + rest;
      int cut = candidate.lastIndexOf(' ', room);
      int lead = candidate.length() - candidate.stripLeading().length();
      if (cut <= lead) {
        String word = candidate.strip().split(" ", 2)[0];
        if (lead > 0 && word.length() <= room) {
          // A word too long to follow the indentation (a path): it starts further left, whole.
          indent = " ".repeat(room - word.length());
          rest = candidate.strip();
          continue;
        }
        int slash = tutor.terminal.Wrap.afterSlash(word, room - lead);
        if (slash > 0) {
          // A path longer than the room: broken after a '/', never inside a name; its pieces
          // start at the first column, so that the lines copied are the path.
          lines.add(candidate.substring(0, lead + slash));
          rest = candidate.substring(lead + slash);
          indent = "";
          continue;
        }
        cut = candidate.indexOf(' ', room); // one word longer than the room: it stays whole
        if (cut < 0) break;
      }
      lines.add(candidate.substring(0, cut).stripTrailing());
      rest = candidate.substring(cut).strip();
      indent = " ".repeat(hang);
    }
    lines.add(indent + rest);
    return lines;
  }

  /**
   * Where continued lines start: the last column (after two spaces) if it starts early enough, else
   * the indentation.
   */
  private static int hang(String text, int room) {
    int lead = text.length() - text.stripLeading().length();
    Matcher m = TWO_COLUMNS.matcher(text);
    int column = lead;
    if (m.find()) column = m.end();
    return column <= room / 2 ? column : lead;
  }

  @Override
  public void flush() throws IOException {
    if (line.length() > 0) {
      take(line.toString());
      line.setLength(0);
    }
    if (known >= 0 && known < PICOCLI_NARROWEST) release();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
