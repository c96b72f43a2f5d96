package tutor.cli;

import java.util.ArrayList;
import java.util.List;
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
}
