package tutor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tutor.terminal.Wrap;

/** Lines of a command's output that fit a width, broken only between words. */
final class TextRows {
  private TextRows() {}

  /**
   * Text wrapped to {@code width} (the last column stays free), continued under its own
   * indentation.
   */
  static List<String> wrap(String text, int width) {
    if (text.length() < width && !text.contains("\n"))
      return List.of(text); // as written, spacing and all
    return Wrap.lines(text, width - 1, "");
  }

  /**
   * A command for the reader to copy, on lines of its own, indented: whole where it fits, else
   * broken between words and continued as a shell continues a line (" \\"), so that the lines
   * copied still run; a path in it is never broken.
   */
  static void command(java.io.PrintWriter out, String command, int width) {
    HelpText.example("  " + command, width - 1).forEach(out::println);
  }

  /** A word as a shell reads it back: as it is if it is plain, else in single quotes. */
  static String shellWord(String word) {
    return word.matches("[A-Za-z0-9_./~+:@%,=-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /** Prints the text wrapped to {@code width}, a line at a time (see {@link #wrap}). */
  static void print(java.io.PrintWriter out, String text, int width) {
    wrap(text, width).forEach(out::println);
  }

  /**
   * A row of a table: {@code lead} (its fixed columns), then {@code rest} wrapped beside it and
   * continued under it; when the width leaves too little beside the lead, {@code rest} goes on the
   * next lines, indented a little.
   */
  static List<String> row(String lead, String rest, int width) {
    int room = width - 1 - lead.length();
    List<String> out = new ArrayList<>();
    if (room >= 24) {
      List<String> lines = Wrap.lines(rest, room, "");
      out.add(lead + lines.get(0).stripLeading());
      for (String more : lines.subList(1, lines.size()))
        out.add(" ".repeat(lead.length()) + more.stripLeading());
    } else {
      out.add(lead.stripTrailing());
      out.addAll(Wrap.lines(rest.strip(), width - 1, "      "));
    }
    return out;
  }

  /** Where a second column starts: two spaces or more after a word. */
  private static final Pattern TWO_COLUMNS = Pattern.compile("\\S {2,}(?=\\S)");

  /**
   * {@code text} (a line of one or two columns: "Backup: /path") in lines of at most {@code room},
   * broken at spaces, continued under its last column. A path is never broken: too long for its
   * column, it goes on a line of its own from the first column, whole.
   */
  static List<String> hanging(String text, int room) {
    List<String> lines = new ArrayList<>();
    // Two columns whose second starts too far right to be continued under itself ("tutor pack
    // list   the packs, ..." at 50 columns): the second goes on its own lines under the first, as
    // Picocli does with a long option, never back at the first column, where it reads as a row.
    Matcher second = TWO_COLUMNS.matcher(text);
    if (text.length() > room && second.find() && hang(text, room) < second.end()) {
      int lead = text.length() - text.stripLeading().length();
      lines.addAll(hanging(text.substring(0, second.start() + 1), room));
      lines.addAll(hanging(" ".repeat(lead + 4) + text.substring(second.end()), room));
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
        String[] words = candidate.strip().split(" ", 2);
        if (lead > 0 && (words[0].length() <= room || Wrap.isPath(words[0]))) {
          // A word too long to follow the indentation (a path): a line of its own, whole (wider
          // than the terminal, softly wrapped by it, and copied whole).
          lines.add(words[0]);
          if (words.length == 1) return lines;
          rest = words[1].strip();
          indent = " ".repeat(hang);
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
}
