package tutor.packfile;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns SnakeYAML's multi-line parse errors into one line an author can act on: what is probably
 * wrong in plain words, then the parser's own words in brackets.
 */
final class YamlProblems {
  private YamlProblems() {}

  /** A syntax error placed and said in words: 1-based line and column, 0 when unknown. */
  record Problem(int line, int column, String message) {}

  private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

  /**
   * The error for a file the parser refused, placed where the author has to act. Where the parser
   * only says that a block did not end ("expected &lt;block end&gt;"), the source tells which of
   * the two usual causes it was: a quoted value left open on an earlier line (the parser then stops
   * lines later, where another quote closes it), or a line indented unlike the line above it.
   *
   * @param line the parser's line, the fallback when its message names none
   * @param source the file's lines
   */
  static Problem explain(String original, int line, int column, List<String> source) {
    List<int[]> marks = marks(original);
    int[] tab = tabPlace(original);
    if (tab != null) {
      String text = tab[0] <= source.size() ? source.get(tab[0] - 1) : "";
      boolean afterText = !text.substring(0, Math.min(text.length(), tab[1] - 1)).isBlank();
      return new Problem(
          tab[0],
          tab[1],
          afterText
              ? "not valid YAML: a tab character after '"
                  + text.substring(0, tab[1] - 1).strip()
                  + "': YAML separates with spaces only, put a space there"
              : "not valid YAML: " + describe(original));
    }
    if (original != null && original.contains("expected <block end>") && marks.size() >= 2) {
      int[] context = marks.get(0);
      int[] found = marks.get(marks.size() - 1);
      Problem quote = unclosedQuote(source, context[0], found[0]);
      if (quote != null) return quote;
      Problem indent = misaligned(source, found[0], found[1]);
      if (indent != null) return indent;
      // The parser's position is where it gave up, often the end of the line before.
      return new Problem(found[0], found[1], "not valid YAML: " + describe(original));
    }
    if (original != null
        && original.contains("mapping values are not allowed here")
        && !marks.isEmpty()) {
      // "type: text" then "  answers: [x]" indented further reads as one value "text answers",
      // whose ': ' the parser refuses: the fix is the indentation, not quotes.
      int found = marks.get(marks.size() - 1)[0];
      if (found >= 1 && found <= source.size()) {
        String text = source.get(found - 1);
        if (text.strip().matches("[A-Za-z_][\\w-]*:( .*)?")) {
          Problem indent = misaligned(source, found, indent(text) + 1);
          if (indent != null && indent(text) > aboveFields(source, found)) return indent;
        }
      }
    }
    return new Problem(line, column, "not valid YAML: " + describe(original));
  }

  /**
   * Where the fields of the nearest line above {@code line} that is not blank or a comment start.
   */
  private static int aboveFields(List<String> source, int line) {
    int above = line - 1;
    while (above >= 1
        && (source.get(above - 1).isBlank() || source.get(above - 1).strip().startsWith("#"))) {
      above--;
    }
    return above < 1 ? 0 : fieldsStart(source.get(above - 1));
  }

  private static List<int[]> marks(String original) {
    List<int[]> marks = new java.util.ArrayList<>();
    if (original == null) return marks;
    Matcher m = MARK.matcher(original);
    while (m.find()) {
      marks.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
    }
    return marks;
  }

  /**
   * The line from {@code from} to before {@code to} whose quoted value has no end on it and runs on
   * to line {@code to}, where the parser failed. A value that goes on over lines and ends before
   * that is valid YAML, and not to blame.
   */
  private static Problem unclosedQuote(List<String> source, int from, int to) {
    for (int n = Math.max(1, from); n < to && n <= source.size(); n++) {
      String text = source.get(n - 1);
      int start = valueStart(text);
      if (start < 0 || start >= text.length()) continue;
      char quote = text.charAt(start);
      if ((quote == '"' || quote == '\'')
          && !closes(text, start, quote)
          && endLine(source, n, quote) >= to) {
        return new Problem(
            n,
            start + 1,
            "not valid YAML: the quoted value that starts here is not closed on its line: add the"
                + " closing "
                + quote);
      }
    }
    return null;
  }

  /** Where the value of a {@code key: value} or {@code - value} line starts; -1 when none. */
  private static int valueStart(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    while (text.startsWith("- ", i)) {
      i += 2;
      while (i < text.length() && text.charAt(i) == ' ') i++;
    }
    if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'')) return i;
    int colon = text.indexOf(": ", i);
    if (colon < 0 || text.charAt(i) == '#') return -1;
    int v = colon + 2;
    while (v < text.length() && text.charAt(v) == ' ') v++;
    return v;
  }

  /** The line where a quote opened on line {@code n} (and not closed on it) ends; MAX if never. */
  private static int endLine(List<String> source, int n, char quote) {
    for (int k = n + 1; k <= source.size(); k++) {
      if (closes(source.get(k - 1), -1, quote)) return k;
    }
    return Integer.MAX_VALUE;
  }

  private static boolean closes(String text, int start, char quote) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == '"' && c == '\\') i++;
      else if (c == quote) {
        if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') i++;
        else return true;
      }
    }
    return false;
  }

  /** A line indented unlike the line above it (where its fields start), in words. */
  private static Problem misaligned(List<String> source, int line, int column) {
    if (line < 2 || line > source.size()) return null;
    String text = source.get(line - 1);
    int spaces = indent(text);
    if (spaces >= text.length() || column - 1 != spaces) return null;
    int aboveFields = aboveFields(source, line);
    if (aboveFields == spaces) return null;
    String key = text.strip();
    int colon = key.indexOf(':');
    String name = colon > 0 ? "'" + key.substring(0, colon) + "'" : "this line";
    return new Problem(
        line,
        column,
        "not valid YAML: "
            + name
            + " is indented "
            + spaces(spaces)
            + ", the line above "
            + spaces(aboveFields)
            + ": give the fields of one entry the same indentation");
  }

  private static int indent(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    return i;
  }

  /** Where the fields of a line start: after its indentation and any {@code - } list markers. */
  private static int fieldsStart(String text) {
    int i = indent(text);
    while (text.startsWith("- ", i)) {
      i += 2;
      while (i < text.length() && text.charAt(i) == ' ') i++;
    }
    return i;
  }

  private static String spaces(int n) {
    return n == 1 ? "1 space" : n + " spaces";
  }

  static String describe(String original) {
    if (original == null || original.isBlank()) return "cannot be parsed";
    String context = null;
    String problem = null;
    for (String line : original.split("\n")) {
      // Lines about where ("in 'reader', line 2") and the quoted source start with spaces.
      if (line.isBlank() || Character.isWhitespace(line.charAt(0))) continue;
      if (context == null) context = line.strip();
      else if (problem == null) problem = line.strip();
    }
    String raw = problem == null ? context : problem;
    String all = original;
    String hint = null;
    if (all.contains("cannot start any token") && all.contains("TAB")) {
      hint = "a tab character: indent with spaces only";
      raw = null;
    } else if (all.contains("mapping values are not allowed here")) {
      hint = "a ': ' inside a value: put the whole value in quotes";
    } else if (all.contains("while scanning a quoted scalar")) {
      hint = "a quoted value is not closed: add the closing quote";
    } else if (all.contains("expected <block end>")) {
      // The parser's own words ("expected <block end>, but found '?'") mean nothing to an author.
      return "the indentation does not line up with the lines above";
    } else if (all.contains("while parsing a flow sequence")) {
      hint = "a [list] is not closed with ']', or its items are not separated by ','";
    } else if (all.contains("while parsing a flow mapping")) {
      hint = "a {mapping} is not closed with '}', or its entries are not separated by ','";
    }
    java.util.regex.Matcher twice =
        Pattern.compile("^Duplicate field '(.*)'").matcher(original.strip());
    if (hint == null && twice.find()) {
      return "'" + twice.group(1) + "' is given twice in one entry: keep one of them";
    }
    if (hint == null) return raw;
    return raw == null ? hint : hint + " (" + raw + ")";
  }

  /**
   * Where a tab was found, as {line, column}; null for other problems. The parser locates a tab at
   * the end of the previous token; its message names the tab's own place.
   */
  static int[] tabPlace(String original) {
    if (original == null || !original.contains("(TAB)")) return null;
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("line (\\d+), column (\\d+)").matcher(original);
    int[] place = null;
    while (m.find()) place = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    return place;
  }
}
