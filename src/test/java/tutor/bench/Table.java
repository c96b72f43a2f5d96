package tutor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Rows of text cells: printed aligned for people, written as CSV for programs. */
final class Table {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... header) {
    this.header = List.of(header);
  }

  Table row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) r.add(String.valueOf(c));
    rows.add(r);
    return this;
  }

  void print() {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) width[i] = header.get(i).length();
    for (List<String> r : rows)
      for (int i = 0; i < r.size(); i++) width[i] = Math.max(width[i], r.get(i).length());
    print(header, width);
    StringBuilder rule = new StringBuilder();
    for (int w : width) rule.append("-".repeat(w)).append("  ");
    System.out.println(rule.toString().stripTrailing());
    for (List<String> r : rows) print(r, width);
  }

  private static void print(List<String> cells, int[] width) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      // Numbers right-aligned, words left-aligned.
      boolean number = cells.get(i).matches("-?[0-9.]+");
      String f = number ? "%" + width[i] + "s  " : "%-" + width[i] + "s  ";
      s.append(String.format(f, cells.get(i)));
    }
    System.out.println(s.toString().stripTrailing());
  }

  void writeCsv(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", header));
    for (List<String> r : rows)
      lines.add(String.join(",", r.stream().map(Table::csvCell).toList()));
    Files.write(file, lines);
  }

  private static String csvCell(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
