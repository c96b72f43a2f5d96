package tutor.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements as SQLite reads it: a semicolon ends a statement unless it is
 * inside a string, a quoted name, a comment, or the body of a CREATE TRIGGER (which ends at {@code
 * END;}). SQLite's own parser would compile only the first statement and ignore the rest; this is
 * how the rest is found, so that {@code SELECT 1; DROP TABLE t} is refused instead of half run.
 */
public final class SqlText {
  private SqlText() {}

  /** One statement: its text without the closing semicolon, and the line it starts on (from 1). */
  public record Statement(String sql, int line) {
    /** The first word, upper case ("SELECT", "WITH"), or "" when there is none. */
    public String keyword() {
      return words(sql, 1).stream().findFirst().orElse("");
    }
  }

  /** The statements of {@code text}, skipping empty ones (a lone {@code ;}, only comments). */
  public static List<Statement> split(String text) {
    List<Statement> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int line = 1;
    int startLine = 1;
    boolean content = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') line++;
      if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        while (i < n && text.charAt(i) != '\n') i++;
        continue;
      }
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(text, i, end, '\n');
        i = end;
        continue;
      }
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        if (!content) startLine = line;
        content = true;
        char close = c == '[' ? ']' : c;
        int j = i + 1;
        while (j < n) {
          if (text.charAt(j) == close) {
            // A doubled quote is the quote itself ('it''s'); brackets have no escape.
            if (close != ']' && j + 1 < n && text.charAt(j + 1) == close) {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        int end = Math.min(n, j + 1);
        line += count(text, i + 1, end, '\n');
        i = end;
        continue;
      }
      if (c == ';' && (!content || !insideTrigger(text.substring(start, i)))) {
        if (content) out.add(new Statement(text.substring(start, i).strip(), startLine));
        start = i + 1;
        content = false;
        i++;
        continue;
      }
      if (!Character.isWhitespace(c) && !content) {
        content = true;
        startLine = line;
      }
      i++;
    }
    if (content) out.add(new Statement(text.substring(start).strip(), startLine));
    return out;
  }

  /**
   * A CREATE TRIGGER whose body has not reached its END yet: its inner semicolons do not end it.
   */
  private static boolean insideTrigger(String soFar) {
    List<String> first = words(soFar, 4);
    int t = first.indexOf("TRIGGER");
    if (first.isEmpty() || !first.get(0).equals("CREATE") || t < 0) return false;
    List<String> all = words(soFar, Integer.MAX_VALUE);
    return all.contains("BEGIN") && !all.get(all.size() - 1).equals("END");
  }

  /** Up to {@code max} words outside strings and comments, upper case. */
  static List<String> words(String sql, int max) {
    List<String> out = new ArrayList<>();
    int n = sql.length();
    int i = 0;
    while (i < n && out.size() < max) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') i++;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
        char close = c == '[' ? ']' : c;
        int j = i + 1;
        while (j < n && sql.charAt(j) != close) j++;
        i = j + 1;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) j++;
        out.add(sql.substring(i, j).toUpperCase(Locale.ROOT));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int count(String s, int from, int to, char c) {
    int k = 0;
    for (int i = from; i < to && i < s.length(); i++) if (s.charAt(i) == c) k++;
    return k;
  }
}
