package tutor.terminal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Terminal charts as plain functions returning text. They draw with block characters; callers in
 * words-only mode ({@link Style#symbols()} false) print the text equivalent instead.
 */
public final class Charts {
  private static final String EIGHTHS = " ▁▂▃▄▅▆▇█";
  private static final String SHADES = "·░▒▓█";

  private Charts() {}

  /** A horizontal bar {@code width} cells wide, filled to {@code fraction} (clamped to 0..1). */
  public static String bar(double fraction, int width) {
    int full = (int) Math.round(clamp(fraction) * width);
    return "█".repeat(full) + "░".repeat(width - full);
  }

  /** A bar with a mark at {@code target} (a fraction too), e.g. the desired retention. */
  public static String bar(double fraction, double target, int width) {
    StringBuilder sb = new StringBuilder(bar(fraction, width));
    int at = Math.min(width - 1, (int) Math.round(clamp(target) * width));
    sb.setCharAt(at, '│');
    return sb.toString();
  }

  /**
   * Vertical columns, one character per value, {@code height} rows, top row first; the top cell of
   * a column shows eighths, so a column's height is exact to 1/8 of a row. A value above zero
   * always shows at least a sliver.
   */
  public static List<String> columns(List<Integer> values, int height) {
    int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
    List<String> rows = new ArrayList<>();
    for (int r = height - 1; r >= 0; r--) {
      StringBuilder sb = new StringBuilder();
      for (int v : values) {
        int eighths = max == 0 ? 0 : (int) Math.round(v * 8.0 * height / max);
        if (v > 0) eighths = Math.max(1, eighths);
        int inRow = Math.max(0, Math.min(8, eighths - 8 * r));
        sb.append(EIGHTHS.charAt(inRow));
      }
      rows.add(sb.toString());
    }
    return rows;
  }

  /** The shade for a count: · for none, then ░ ▒ ▓ █ by quarters of the largest count. */
  public static char shade(int count, int max) {
    if (count <= 0 || max <= 0) return SHADES.charAt(0);
    int level = (int) Math.ceil(4.0 * count / max);
    return SHADES.charAt(Math.max(1, Math.min(4, level)));
  }

  /**
   * A calendar heatmap of {@code weeks} weeks ending with the one of {@code today}: a row per
   * weekday (Monday first), a column per week, month names above. Days after today are blank.
   * {@code paint} colours a cell given its count (identity for no colour). Width: 5 + 2 × weeks.
   */
  public static List<String> heatmap(
      Map<LocalDate, Integer> counts,
      LocalDate today,
      int weeks,
      java.util.function.BiFunction<Integer, String, String> paint) {
    LocalDate firstMonday =
        today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
    int max = 0;
    for (int i = 0; i < weeks * 7; i++)
      max = Math.max(max, counts.getOrDefault(firstMonday.plusDays(i), 0));
    List<String> out = new ArrayList<>();
    StringBuilder months = new StringBuilder("     ");
    for (int w = 0; w < weeks; w++) {
      LocalDate sunday = firstMonday.plusWeeks(w).plusDays(6);
      boolean startsMonth = sunday.getDayOfMonth() <= 7; // the 1st is in this week
      boolean first =
          w == 0 && sunday.lengthOfMonth() - sunday.getDayOfMonth() >= 7; // room before the next
      int col = 5 + 2 * w;
      if ((startsMonth || first) && (months.toString().isBlank() || months.length() < col)) {
        while (months.length() < col) months.append(' ');
        months.append(sunday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
      }
    }
    out.add(months.toString().stripTrailing());
    String[] labels = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
    for (int d = 0; d < 7; d++) {
      StringBuilder row = new StringBuilder(String.format("%-4s ", labels[d]));
      for (int w = 0; w < weeks; w++) {
        LocalDate day = firstMonday.plusWeeks(w).plusDays(d);
        if (day.isAfter(today)) {
          row.append("  ");
          continue;
        }
        int n = counts.getOrDefault(day, 0);
        row.append(paint.apply(n, String.valueOf(shade(n, max)))).append(' ');
      }
      out.add(stripTrailingSpaces(row.toString()));
    }
    return out;
  }

  /** A node of a tree: its text and the nodes under it. */
  public record Node(String text, List<Node> children) {}

  /** An indented tree with ├─ └─ │ guides (symbols), or two spaces per level (words only). */
  public static List<String> tree(List<Node> roots, boolean symbols) {
    List<String> out = new ArrayList<>();
    for (Node root : roots) walk(root, "", "", symbols, out);
    return out;
  }

  private static void walk(
      Node node, String lead, String childLead, boolean symbols, List<String> out) {
    out.add(lead + node.text());
    for (int i = 0; i < node.children().size(); i++) {
      boolean last = i == node.children().size() - 1;
      String branch = symbols ? (last ? "└─ " : "├─ ") : "  ";
      String under = symbols ? (last ? "   " : "│  ") : "  ";
      walk(node.children().get(i), childLead + branch, childLead + under, symbols, out);
    }
  }

  /** {@code s} cut to {@code width} characters, ending in … (or ... in words-only mode) if cut. */
  public static String fit(String s, int width, boolean symbols) {
    if (s.length() <= width) return s;
    String more = symbols ? "…" : "...";
    return s.substring(0, Math.max(0, width - more.length())).stripTrailing() + more;
  }

  /**
   * {@code s} padded with spaces to {@code width} (by visible characters; no escape codes in s).
   */
  public static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** The length of {@code s} as seen on screen: escape codes do not count. */
  public static int visibleLength(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }

  private static String stripTrailingSpaces(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') end--;
    return s.substring(0, end);
  }

  private static double clamp(double f) {
    return Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f));
  }
}
