package tutor.terminal;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * Word-wraps text to a width, keeping the author's line breaks and indentation. Widths are the
 * columns a terminal shows: colour codes take none, wide characters two. A line breaks only between
 * words; a single word wider than the line is the one thing cut: a path or URL after a '/', so that
 * no name is cut in two.
 */
public final class Wrap {
  private Wrap() {}

  public static List<String> lines(String text, int width, String indent) {
    List<String> out = new ArrayList<>();
    int room = Math.max(20, width - columns(indent));
    for (String para : text.split("\n", -1)) {
      if (para.isBlank()) {
        out.add("");
        continue;
      }
      String lead = para.substring(0, para.length() - para.stripLeading().length());
      int leadColumns = columns(lead);
      StringBuilder line = new StringBuilder(lead);
      int used = leadColumns;
      List<String> words = keepUnits(para.strip().split(" +"));
      words = keepCode(keepCommands(words, room - leadColumns), room - leadColumns);
      for (String word : words) {
        int w = columns(word);
        if (used > leadColumns && used + 1 + w > room) {
          out.add(indent + line);
          line = new StringBuilder(lead);
          used = leadColumns;
        }
        while (used == leadColumns && leadColumns + w > room && room - leadColumns >= 10) {
          // A word longer than a whole line: a path (or URL) is broken after a '/', so that no
          // name is cut in two; another word where the line ends, as the terminal would.
          int cut = pathCutAt(word, room - leadColumns);
          out.add(indent + lead + word.substring(0, cut));
          word = word.substring(cut);
          w = columns(word);
        }
        if (used > leadColumns) {
          line.append(' ');
          used++;
        }
        line.append(word);
        used += w;
      }
      out.add(indent + line);
    }
    return out;
  }

  /**
   * A tutor command given in brackets, "(tutor study --pack unix-shell)", stays on one line where
   * it fits one: broken after "study", the line copied ran another command.
   */
  private static List<String> keepCommands(List<String> words, int room) {
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.startsWith("(tutor")) {
        int end = i;
        while (end < words.size() && !words.get(end).contains(")")) end++;
        if (end < words.size()) {
          String command = String.join(" ", words.subList(i, end + 1));
          if (columns(command) <= room) {
            out.add(command);
            i = end;
            continue;
          }
        }
      }
      out.add(w);
    }
    return out;
  }

  private static final String CODE_ON = "\u001b[36m";
  private static final String STYLE_OFF = "\u001b[0m";

  /**
   * A pack's code of several words ({@code `echo one > log.txt`}, in colour or between backticks)
   * stays on one line where it fits one: broken before "> log.txt", the line read as a prompt.
   */
  private static List<String> keepCode(List<String> words, int room) {
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      int end = -1;
      if (opensCode(w)) {
        for (int j = i + 1; j < words.size() && end < 0; j++) {
          if (closesCode(words.get(j), w.contains(CODE_ON))) end = j;
        }
      }
      if (end > i) {
        String code = String.join(" ", words.subList(i, end + 1));
        if (columns(code) <= room) {
          out.add(code);
          i = end;
          continue;
        }
      }
      out.add(w);
    }
    return out;
  }

  /** A word where code begins and does not end: its colour not turned off, or one backtick. */
  private static boolean opensCode(String w) {
    int on = w.lastIndexOf(CODE_ON);
    if (on >= 0) return w.indexOf(STYLE_OFF, on) < 0;
    return !w.contains("\u001b") && w.startsWith("`") && w.indexOf('`', 1) < 0;
  }

  private static boolean closesCode(String w, boolean coloured) {
    return coloured ? w.contains(STYLE_OFF) : !w.contains("\u001b") && w.indexOf('`') >= 0;
  }

  /** Units that stay on the line of their number: "21 s", not "21" at a line's end and "s". */
  private static final java.util.Set<String> UNITS =
      java.util.Set.of("s", "ms", "min", "h", "%", "B", "KB", "kB", "MB", "GB");

  private static List<String> keepUnits(String[] words) {
    List<String> out = new ArrayList<>(words.length);
    for (String w : words) {
      String unit = w.replaceFirst("[.,;:)]+$", "");
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).matches("[0-9]+") && unit.matches("[0-9]+")) {
        // Numbers typed together ("e.g. 1 3"): at a line's end "e.g. 1" and "3." read as two.
        out.set(last, out.get(last) + " " + w);
      } else if (last >= 0 && out.get(last).equals("(?")) {
        // "(? for a hint": a line ending in "(?" read as a piece of a pattern.
        out.set(last, out.get(last) + " " + w);
      } else if (last >= 0
          && UNITS.contains(unit)
          && !out.get(last).isEmpty()
          && Character.isDigit(out.get(last).charAt(out.get(last).length() - 1))) {
        out.set(last, out.get(last) + " " + w);
      } else {
        out.add(w);
      }
    }
    return out;
  }

  public static String text(String text, int width, String indent) {
    return String.join("\n", lines(text, width, indent));
  }

  /** The columns a terminal gives the text: escape sequences none, wide characters two. */
  public static int columns(String s) {
    if (s.isEmpty()) return 0;
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c >= ' ' && c < 0x7f;
    }
    return plain ? s.length() : AttributedString.fromAnsi(s).columnLength();
  }

  /**
   * Cuts text to at most {@code width} columns (for lines that must not wrap, such as a caret's).
   */
  public static String cut(String s, int width) {
    if (columns(s) <= width) return s;
    return AttributedString.fromAnsi(s).columnSubSequence(0, width).toAnsi();
  }

  /**
   * Where to cut a path wider than {@code width} columns: after the last '/' that fits, so each
   * line holds whole names ("/home/ana/.local/" then "share/tutor/tutor.db"); a path with no such
   * '/' (a name alone wider than the line), or another word, as {@link #cutAt}.
   */
  static int pathCutAt(String word, int width) {
    int after = afterSlash(word, width);
    return after > 0 ? after : cutAt(word, width);
  }

  /**
   * Where a word wider than {@code width} columns breaks after a '/' (the last that fits, not the
   * first character: a line holding only the root's '/' says nothing), or -1 where none does.
   */
  public static int afterSlash(String word, int width) {
    int slash = word.lastIndexOf('/', Math.min(word.length(), width) - 1);
    while (slash > 0 && columns(word.substring(0, slash + 1)) > width)
      slash = word.lastIndexOf('/', slash - 1);
    return slash >= 1 && slash + 1 < word.length() ? slash + 1 : -1;
  }

  /**
   * Where to cut a word so the first part takes at most {@code width} columns (at least one char).
   */
  private static int cutAt(String word, int width) {
    int end = Math.min(word.length(), width);
    while (end > 1 && columns(word.substring(0, end)) > width) end--;
    return Math.max(1, end);
  }
}
