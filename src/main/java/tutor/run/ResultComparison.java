package tutor.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares a learner's result with the reference's. Rows are a multiset unless order matters;
 * columns are matched by their values (any order, any names) unless names and order matter; numbers
 * are equal within the tolerance (and 1 equals 1.0, and the text '1'); NULL equals NULL; text and
 * blobs are equal only when identical.
 */
public final class ResultComparison {
  private ResultComparison() {}

  /**
   * @param ordered row order matters
   * @param columns column names (ignoring case) and their order matter
   * @param tolerance the largest difference between two equal numbers
   */
  public record Options(boolean ordered, boolean columns, double tolerance) {
    public static final Options DEFAULT = new Options(false, false, 0);
  }

  /**
   * How a result differs from the expected one.
   *
   * @param summary one sentence for the learner
   * @param columns the expected columns, the order missing and extra rows are given in
   * @param missing expected rows the result lacks (as many times as they are missing)
   * @param extra rows of the result that were not expected, in the expected column order
   * @param rowsWrong false when the rows are not the issue (the columns or the order are)
   */
  public record Difference(
      String summary,
      List<String> columns,
      List<List<Object>> missing,
      List<List<Object>> extra,
      boolean rowsWrong) {}

  /** Empty when {@code actual} is an acceptable answer for {@code expected}. */
  public static Optional<Difference> compare(Relation expected, Relation actual, Options o) {
    int want = expected.columns().size();
    int got = actual.columns().size();
    String of = expected.name().isEmpty() ? "" : " of table " + expected.name();
    if (want != got) {
      return Optional.of(
          new Difference(
              "Your result"
                  + of
                  + " has "
                  + plural(got, "column")
                  + " ("
                  + String.join(", ", actual.columns())
                  + "); the expected result has "
                  + want
                  + " ("
                  + String.join(", ", expected.columns())
                  + ").",
              expected.columns(),
              List.of(),
              List.of(),
              false));
    }
    int[] map;
    if (o.columns()) {
      for (int i = 0; i < want; i++) {
        if (!expected.columns().get(i).equalsIgnoreCase(actual.columns().get(i))) {
          return Optional.of(
              new Difference(
                  "The columns"
                      + of
                      + " must be ("
                      + String.join(", ", expected.columns())
                      + ") in that order; yours are ("
                      + String.join(", ", actual.columns())
                      + ").",
                  expected.columns(),
                  List.of(),
                  List.of(),
                  false));
        }
      }
      map = identity(want);
    } else {
      map = alignColumns(expected, actual, o.tolerance());
    }
    List<List<Object>> rows = new ArrayList<>(actual.rows().size());
    for (List<Object> r : actual.rows()) {
      List<Object> p = new ArrayList<>(want);
      for (int i = 0; i < want; i++) p.add(r.get(map[i]));
      rows.add(p);
    }
    List<List<Object>> missing = new ArrayList<>();
    List<List<Object>> extra = new ArrayList<>();
    boolean[] used = new boolean[rows.size()];
    for (List<Object> e : expected.rows()) {
      boolean found = false;
      for (int j = 0; j < rows.size() && !found; j++) {
        if (!used[j] && sameRow(e, rows.get(j), o.tolerance())) {
          used[j] = true;
          found = true;
        }
      }
      if (!found) missing.add(e);
    }
    for (int j = 0; j < rows.size(); j++) if (!used[j]) extra.add(rows.get(j));
    if (!missing.isEmpty() || !extra.isEmpty()) {
      String counts =
          expected.rows().size() == rows.size()
              ? "Your result"
                  + of
                  + " has "
                  + plural(rows.size(), "row")
                  + ", as expected, but not the same ones: "
              : "Your result"
                  + of
                  + " has "
                  + plural(rows.size(), "row")
                  + "; the expected result has "
                  + expected.rows().size()
                  + ": ";
      List<String> parts = new ArrayList<>();
      if (!missing.isEmpty()) parts.add(plural(missing.size(), "row") + " missing");
      if (!extra.isEmpty()) parts.add(plural(extra.size(), "row") + " not expected");
      return Optional.of(
          new Difference(
              counts + String.join(", ", parts) + ".", expected.columns(), missing, extra, true));
    }
    if (o.ordered()) {
      for (int i = 0; i < rows.size(); i++) {
        if (!sameRow(expected.rows().get(i), rows.get(i), o.tolerance())) {
          return Optional.of(
              new Difference(
                  "The rows"
                      + of
                      + " are right but not in the order asked for: row "
                      + (i + 1)
                      + " should be ("
                      + shown(expected.rows().get(i))
                      + "), yours is ("
                      + shown(rows.get(i))
                      + ").",
                  expected.columns(),
                  List.of(),
                  List.of(),
                  false));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Which column of {@code actual} stands for each expected column: the assignment whose columns
   * hold the same values (so aliases and column order do not matter), preferring the same name and
   * then the same place; by name, or as they stand, when no assignment fits (the rows differ).
   */
  static int[] alignColumns(Relation expected, Relation actual, double tolerance) {
    int n = expected.columns().size();
    List<List<Integer>> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Object> want = sortedColumn(expected, i);
      List<Integer> fit = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (sameValues(want, sortedColumn(actual, j), tolerance)) fit.add(j);
      }
      int self = i;
      String name = expected.columns().get(i);
      fit.sort(
          Comparator.<Integer>comparingInt(
                  j -> actual.columns().get(j).equalsIgnoreCase(name) ? 0 : 1)
              .thenComparingInt(j -> Math.abs(j - self)));
      candidates.add(fit);
    }
    int[] map = new int[n];
    if (assign(0, candidates, map, new boolean[n], expected, actual, tolerance)) return map;
    int[] byName = new int[n];
    boolean[] taken = new boolean[n];
    for (int i = 0; i < n; i++) {
      byName[i] = -1;
      for (int j = 0; j < n; j++) {
        if (!taken[j] && actual.columns().get(j).equalsIgnoreCase(expected.columns().get(i))) {
          byName[i] = j;
          taken[j] = true;
          break;
        }
      }
      if (byName[i] < 0) return identity(n);
    }
    return byName;
  }

  /** Backtracking over the candidate columns (few columns, and most have one candidate). */
  private static boolean assign(
      int i,
      List<List<Integer>> candidates,
      int[] map,
      boolean[] used,
      Relation expected,
      Relation actual,
      double tolerance) {
    if (i == map.length) return rowsAgree(expected, actual, map, tolerance);
    for (int j : candidates.get(i)) {
      if (used[j]) continue;
      used[j] = true;
      map[i] = j;
      if (assign(i + 1, candidates, map, used, expected, actual, tolerance)) return true;
      used[j] = false;
    }
    return false;
  }

  /** Whether the rows are the same multiset under this column assignment. */
  private static boolean rowsAgree(
      Relation expected, Relation actual, int[] map, double tolerance) {
    if (expected.rows().size() != actual.rows().size()) return false;
    boolean[] used = new boolean[actual.rows().size()];
    for (List<Object> e : expected.rows()) {
      boolean found = false;
      for (int j = 0; j < used.length && !found; j++) {
        if (used[j]) continue;
        List<Object> a = actual.rows().get(j);
        boolean same = true;
        for (int c = 0; c < map.length && same; c++)
          same = sameValue(e.get(c), a.get(map[c]), tolerance);
        if (same) {
          used[j] = true;
          found = true;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  private static List<Object> sortedColumn(Relation r, int column) {
    List<Object> values = new ArrayList<>(r.rows().size());
    for (List<Object> row : r.rows()) values.add(row.get(column));
    values.sort(ResultComparison::order);
    return values;
  }

  private static boolean sameValues(List<Object> a, List<Object> b, double tolerance) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) if (!sameValue(a.get(i), b.get(i), tolerance)) return false;
    return true;
  }

  static boolean sameRow(List<Object> a, List<Object> b, double tolerance) {
    for (int i = 0; i < a.size(); i++) if (!sameValue(a.get(i), b.get(i), tolerance)) return false;
    return true;
  }

  /**
   * NULL equals NULL; numbers within the tolerance (and a hair of rounding); otherwise identical.
   */
  public static boolean sameValue(Object a, Object b, double tolerance) {
    if (a == null || b == null) return a == b;
    if (a instanceof Number != b instanceof Number) {
      a = numeric(a);
      b = numeric(b);
    }
    if (a instanceof Number x && b instanceof Number y) {
      if (x instanceof Long p && y instanceof Long q)
        return Math.abs((double) p - q) <= tolerance || p.equals(q);
      double d = x.doubleValue();
      double e = y.doubleValue();
      return Math.abs(d - e) <= tolerance + 1e-9 * Math.max(1, Math.max(Math.abs(d), Math.abs(e)));
    }
    if (a instanceof byte[] p && b instanceof byte[] q) return Arrays.equals(p, q);
    return a.equals(b);
  }

  /** A number written as text exactly as SQLite prints it: COALESCE(pct, '0') beside an INTEGER. */
  private static final java.util.regex.Pattern NUMBER_TEXT =
      java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  /**
   * The number a text spells ('0', '-2.5'; not '007', '1e3' or ' 1'), else the value itself: SQLite
   * shows both alike, so a column mixing '0' and 0 reads as the numbers it shows.
   */
  static Object numeric(Object v) {
    if (!(v instanceof String s) || s.length() > 30 || !NUMBER_TEXT.matcher(s).matches()) return v;
    if (s.indexOf('.') < 0 && s.length() < 19) return Long.parseLong(s);
    return Double.parseDouble(s);
  }

  /** NULL first, then numbers, text, blobs: the order sorted columns are compared in. */
  private static int order(Object a, Object b) {
    a = numeric(a);
    b = numeric(b);
    int ra = rank(a);
    int rb = rank(b);
    if (ra != rb) return Integer.compare(ra, rb);
    if (a instanceof Number x && b instanceof Number y)
      return Double.compare(x.doubleValue(), y.doubleValue());
    if (a instanceof String x && b instanceof String y) return x.compareTo(y);
    if (a instanceof byte[] x && b instanceof byte[] y) return Arrays.compare(x, y);
    return 0;
  }

  private static int rank(Object v) {
    if (v == null) return 0;
    if (v instanceof Number) return 1;
    if (v instanceof String) return 2;
    return 3;
  }

  private static int[] identity(int n) {
    int[] m = new int[n];
    for (int i = 0; i < n; i++) m[i] = i;
    return m;
  }

  static String shown(List<Object> row) {
    List<String> cells = new ArrayList<>();
    for (Object v : row) cells.add(v instanceof String s ? "'" + s + "'" : Relation.show(v));
    return String.join(", ", cells);
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
