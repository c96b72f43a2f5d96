package tutor.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A line chart in text: one column per x, one symbol per series ('*' where several meet). */
final class AsciiChart {
  private AsciiChart() {}

  /**
   * @param series name to values (all the same length), drawn in order
   * @param symbols name to the character drawing it
   */
  static String draw(
      Map<String, double[]> series,
      Map<String, Character> symbols,
      double yMax,
      int height,
      String yLabel,
      String xLabel) {
    int width = series.values().iterator().next().length;
    char[][] grid = new char[height][width];
    for (char[] row : grid) java.util.Arrays.fill(row, ' ');
    for (Map.Entry<String, double[]> s : series.entrySet()) {
      char c = symbols.get(s.getKey());
      double[] v = s.getValue();
      for (int x = 0; x < width; x++) {
        int y = (int) Math.round(Math.min(v[x], yMax) / yMax * (height - 1));
        char[] row = grid[height - 1 - y];
        row[x] = row[x] == ' ' || row[x] == c ? c : '*';
      }
    }
    StringBuilder out = new StringBuilder(yLabel).append('\n');
    for (int r = 0; r < height; r++) {
      double y = yMax * (height - 1 - r) / (height - 1);
      boolean labelled = r % 3 == 0 || r == height - 1;
      out.append(labelled ? String.format(Locale.ROOT, "%5.1f |", y) : "      |")
          .append(grid[r])
          .append('\n');
    }
    out.append("      +").append("-".repeat(width)).append('\n');
    StringBuilder ticks = new StringBuilder("       ");
    for (int x = 0; x < width; x += 10) {
      String t = Integer.toString(x);
      ticks.append(t).append(" ".repeat(Math.max(1, 10 - t.length())));
    }
    out.append(ticks.toString().stripTrailing()).append("  ").append(xLabel).append('\n');
    Map<String, Character> legend = new LinkedHashMap<>(symbols);
    out.append("       ");
    legend.forEach((name, c) -> out.append(c).append(' ').append(name).append("   "));
    return out.append("(* = overlap)").toString();
  }
}
