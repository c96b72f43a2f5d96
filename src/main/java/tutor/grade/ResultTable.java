package tutor.grade;

import java.util.ArrayList;
import java.util.List;

/**
 * A few rows shown with a verdict (a learner's result, the expected one, the rows missing): values
 * already in words ("NULL", "2.5").
 *
 * @param role whose rows these are
 * @param title what the rows are ("Your result (first 3 of 12 rows):")
 * @param totalRows how many rows there are in all, of which {@code rows} are the first
 */
public record ResultTable(
    Role role, String title, List<String> columns, List<List<String>> rows, int totalRows) {
  /** Whose rows a table holds. */
  public enum Role {
    /** The learner's result (or a table after their change). */
    YOURS,
    /** The reference solution's. */
    EXPECTED,
    /** Expected rows the learner's result lacks. */
    MISSING,
    /** Rows of the learner's result that were not expected. */
    EXTRA;

    /** The name in JSON lines. */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The narrowest a column is cut to when the table is too wide. */
  private static final int MIN_COLUMN = 4;

  public ResultTable {
    columns = List.copyOf(columns);
    List<List<String>> copy = new ArrayList<>();
    for (List<String> r : rows) copy.add(List.copyOf(r));
    rows = List.copyOf(copy);
  }

  /**
   * The title and the table as lines of at most {@code width} characters: columns separated by " |
   * ", long values cut with "…", columns that do not fit at all left out (and said so).
   */
  public List<String> lines(int width, String indent) {
    int room = Math.max(MIN_COLUMN + 2, width - indent.length());
    int n = columns.size();
    int[] w = new int[n];
    for (int c = 0; c < n; c++) {
      w[c] = columns.get(c).length();
      for (List<String> r : rows) w[c] = Math.max(w[c], r.get(c).length());
      w[c] = Math.max(1, w[c]);
    }
    int shown = n;
    // Narrow the widest column until it fits; when every column is at its narrowest, drop the last.
    while (total(w, shown) > room) {
      int widest = 0;
      for (int c = 1; c < shown; c++) if (w[c] > w[widest]) widest = c;
      if (w[widest] > MIN_COLUMN) {
        w[widest]--;
      } else if (shown > 1) {
        shown--;
      } else {
        w[0] = Math.max(1, room);
        break;
      }
    }
    List<String> out = new ArrayList<>();
    out.add(
        title
            + (shown < n
                ? " (" + (n - shown) + " more column" + (n - shown == 1 ? "" : "s") + " not shown)"
                : ""));
    out.add(indent + row(columns, w, shown));
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < shown; c++) rule.append(c == 0 ? "" : "-+-").append("-".repeat(w[c]));
    out.add(indent + rule);
    for (List<String> r : rows) out.add(indent + row(r, w, shown));
    if (rows.isEmpty()) out.add(indent + "(no rows)");
    return out;
  }

  private static int total(int[] w, int shown) {
    int t = 0;
    for (int c = 0; c < shown; c++) t += w[c] + (c == 0 ? 0 : 3);
    return t;
  }

  private static String row(List<String> cells, int[] w, int shown) {
    StringBuilder s = new StringBuilder();
    for (int c = 0; c < shown; c++) {
      String v = cells.get(c).replace('\n', ' ').replace('\t', ' ');
      if (v.length() > w[c]) v = v.substring(0, Math.max(0, w[c] - 1)) + "…";
      s.append(c == 0 ? "" : " | ").append(v).append(" ".repeat(w[c] - v.length()));
    }
    return s.toString().stripTrailing();
  }
}
