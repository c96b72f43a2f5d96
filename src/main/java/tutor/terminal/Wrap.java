package tutor.terminal;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * Word-wraps text to a width, keeping the author's line breaks and indentation. Widths are the
 * columns a terminal shows: colour codes take none, wide characters two. A line breaks only between
 * words; a single word wider than the line is the one thing cut, except a path or URL: that stays
 * whole on a line of its own (the terminal wraps it softly, and copies it whole).
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
      boolean pathLast = false;
      List<String> words = keepUnits(para.strip().split(" +"));
      words = keepCode(keepCommands(words, room - leadColumns), room - leadColumns);
      for (String word : words) {
        int w = columns(word);
        if (used > leadColumns && used + 1 + w > room) {
          out.add(indent + line);
          line = new StringBuilder(lead);
          used = leadColumns;
        }
        if (leadColumns + w > room && isPath(word)) {
          // A path (or URL) longer than the line is one word: on a line of its own from the first
          // column, whole. Wider than the terminal, the terminal wraps it softly, and a
          // soft-wrapped
          // line is copied as one (a path broken here was copied with a line break in it).
          if (used > leadColumns) out.add(indent + line);
          out.add(word);
          line = new StringBuilder(lead);
          used = leadColumns;
          pathLast = true;
          continue;
        }
        while (used == leadColumns && leadColumns + w > room && room - leadColumns >= 10) {
          // A word longer than a whole line, where the line ends, as the terminal would.
          int cut = cutAt(word, room - leadColumns);
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
        pathLast = false;
      }
      if (!pathLast) out.add(indent + line);
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
   * Whether a word is a path or a URL: it is copied whole, so it is never broken (a '/' in it, and
   * not a fraction or "and/or" alone).
   */
  public static boolean isPath(String word) {
    String plain = word.replaceAll("\u001B\\[[0-9;]*m", "");
    return plain.indexOf('/') >= 0 && plain.length() > 8;
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
