package tutor.packfile;

/**
 * Turns SnakeYAML's multi-line parse errors into one line an author can act on: what is probably
 * wrong in plain words, then the parser's own words in brackets.
 */
final class YamlProblems {
  private YamlProblems() {}

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
      hint = "the indentation does not line up with the lines above";
    } else if (all.contains("while parsing a flow sequence")) {
      hint = "a [list] is not closed with ']', or its items are not separated by ','";
    } else if (all.contains("while parsing a flow mapping")) {
      hint = "a {mapping} is not closed with '}', or its entries are not separated by ','";
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
