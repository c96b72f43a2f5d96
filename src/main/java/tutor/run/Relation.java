package tutor.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows with named columns: a query's result, or a table's contents. Values are what SQLite gives:
 * {@code Long}, {@code Double}, {@code String}, {@code byte[]}, or null.
 *
 * @param name the table's name, or "" for a query's result
 */
public record Relation(String name, List<String> columns, List<List<Object>> rows) {
  public Relation {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> r : rows)
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
    rows = java.util.Collections.unmodifiableList(copy);
  }

  /**
   * A value as a learner reads it in a table: NULL, numbers without a needless ".0", blobs in hex.
   */
  public static String show(Object v) {
    if (v == null) return "NULL";
    if (v instanceof Double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue()) + ".0";
      return java.math.BigDecimal.valueOf(d)
          .round(new java.math.MathContext(12))
          .stripTrailingZeros()
          .toPlainString();
    }
    if (v instanceof byte[] b) {
      StringBuilder s = new StringBuilder("x'");
      for (byte x : b) s.append(String.format("%02x", x & 0xff));
      return s.append('\'').toString();
    }
    return v.toString();
  }
}
