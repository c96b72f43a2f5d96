package tutor.terminal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import tutor.session.SessionEnd;

/**
 * Shows lines a screenful at a time, as `less` does: a status line says which page of how many and
 * the keys (Enter, Space or Down for the next page, b or Up or PgUp for the one before, q to stop).
 * Without a terminal everything is printed at once.
 */
public final class Pager {
  /** How the learner left the pager. */
  public enum End {
    READ,
    QUIT
  }

  private final LineInput input;
  private final PrintWriter out;
  private final Style style;

  public Pager(LineInput input, PrintWriter out, Style style) {
    this.input = input;
    this.out = out;
    this.style = style;
  }

  /**
   * Pages the lines. The first page takes {@code firstRoom} rows (what is left below text the
   * reader has not read yet); the others a whole screen less the status line. With a {@code
   * finalPrompt}, the last page waits for Enter with it (q there too); without, the pager ends
   * after the last page is shown. {@code quitWord} says what q does ("quit", "skip").
   */
  public End show(List<String> lines, int firstRoom, String finalPrompt, String quitWord)
      throws SessionEnd {
    if (!input.interactive()) {
      lines.forEach(out::println);
      out.flush();
      return End.READ;
    }
    int page = Math.max(3, input.height() - 1);
    List<List<String>> pages =
        pages(lines, Math.max(1, Math.min(firstRoom, page)), page, input.width());
    int at = 0;
    boolean redraw = false;
    while (true) {
      if (redraw) input.clearScreen();
      pages.get(at).forEach(out::println);
      out.flush();
      boolean last = at == pages.size() - 1;
      if (last && finalPrompt == null) return End.READ;
      String sep = style.symbols() ? " · " : ", ";
      String where = pages.size() > 1 ? "page " + (at + 1) + "/" + pages.size() + sep : "";
      String status =
          last
              ? "-- " + where + finalPrompt + (at > 0 ? sep + "b back" : "") + " --"
              : "-- "
                  + where
                  + "Enter more"
                  + (at > 0 ? sep + "b back" : "")
                  + sep
                  + "q "
                  + quitWord
                  + " --";
      LineInput.PageKey key = input.pageKey(style.dim(status));
      switch (key) {
        case NEXT -> {
          if (last) return End.READ;
          at++;
          // Forward the page scrolls on, as `more` does, after a line where the status was.
          redraw = false;
        }
        case BACK -> {
          // Back is drawn afresh on a clear screen (on the first page: that page again).
          redraw = true;
          if (at > 0) at--;
        }
        case QUIT -> {
          return End.QUIT;
        }
      }
    }
  }

  /**
   * The lines cut into pages: the first of {@code first} rows, then of {@code size}; a line wider
   * than the screen takes the rows the terminal wraps it onto.
   */
  private static final java.util.regex.Pattern ANSI =
      java.util.regex.Pattern.compile("\u001B\\[[0-9;]*m");

  /** The rule under a table's header: dashes or box lines, with spaces or crossings between. */
  static boolean isRule(String line) {
    String plain = ANSI.matcher(line).replaceAll("").strip();
    return plain.length() >= 3 && plain.matches("[─━\\-+┼| ]+") && plain.matches(".*[─━-]{3}.*");
  }

  static List<List<String>> pages(List<String> lines, int first, int size, int width) {
    List<List<String>> pages = new ArrayList<>();
    int from = 0;
    int room = first;
    while (from < lines.size() || pages.isEmpty()) {
      int to = from;
      int rows = 0;
      while (to < lines.size()) {
        int r = Math.max(1, (Wrap.columns(lines.get(to)) + width - 1) / Math.max(1, width));
        if (rows + r > room && to > from) break;
        rows += r;
        to++;
      }
      // A table's header stays with its rule and rows: a page that ended on "you want  write" had
      // the rule under it on the next.
      if (to < lines.size() && to - 1 > from && isRule(lines.get(to))) to--;
      pages.add(lines.subList(from, to));
      from = to;
      room = size;
    }
    return pages;
  }
}
