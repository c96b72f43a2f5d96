package tutor.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link LearnerExport} as a directory of CSV files (RFC 4180, UTF-8, a header row):
 * manifest.csv, packs.csv, and one file per learner table. An empty field is NULL; an empty
 * string is written "" (docs/data-formats.md).
 */
public final class ExportCsv {
  static final String MANIFEST = "manifest.csv";
  private static final String PACKS = "packs.csv";

  private ExportCsv() {}

  /** Writes the export into {@code dir}, which must not exist yet or be empty. */
  public static void write(LearnerExport e, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<List<Object>> manifest = new ArrayList<>();
    manifest.add(List.of("format", LearnerExport.FORMAT));
    manifest.add(List.of("format_version", (long) e.formatVersion()));
    manifest.add(List.of("schema", (long) e.schema()));
    manifest.add(List.of("exported_at", e.exportedAt().toString()));
    manifest.add(List.of("learner", e.learner()));
    manifest.add(List.of("learner_created_at", e.learnerCreatedAt()));
    writeFile(dir.resolve(MANIFEST), List.of("key", "value"), manifest);
    List<List<Object>> packs = new ArrayList<>();
    e.packs().forEach((id, v) -> packs.add(List.of(id, v)));
    writeFile(dir.resolve(PACKS), List.of("pack", "version"), packs);
    for (Map.Entry<String, LearnerExport.Table> t : e.tables().entrySet()) {
      writeFile(dir.resolve(t.getKey() + ".csv"), t.getValue().columns(), t.getValue().rows());
    }
  }

  private static void writeFile(Path file, List<String> header, List<List<Object>> rows) throws IOException {
    StringBuilder sb = new StringBuilder();
    line(sb, new ArrayList<>(header));
    for (List<Object> row : rows) line(sb, row);
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder sb, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) sb.append(',');
      Object v = values.get(i);
      if (v == null) continue;
      String s = v.toString();
      boolean quote = s.isEmpty() || s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
          || !s.equals(s.strip());
      sb.append(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
    }
    sb.append('\n');
  }

  /** Reads an export directory; every value comes back as a String or null. */
  public static LearnerExport read(Path dir) throws IOException {
    Path manifestFile = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      throw new Importer.Refused(dir + " is not a tutor export: it has no " + MANIFEST);
    }
    Map<String, String> manifest = new LinkedHashMap<>();
    for (List<String> row : rowsOf(manifestFile)) {
      if (row.size() >= 2) manifest.put(row.get(0), row.get(1));
    }
    if (!LearnerExport.FORMAT.equals(manifest.get("format"))) {
      throw new Importer.Refused(dir + " is not a tutor export: " + MANIFEST + " lacks format," + LearnerExport.FORMAT);
    }
    Map<String, String> packs = new LinkedHashMap<>();
    Path packsFile = dir.resolve(PACKS);
    if (Files.isRegularFile(packsFile)) {
      for (List<String> row : rowsOf(packsFile)) packs.put(row.get(0), row.size() > 1 && row.get(1) != null ? row.get(1) : "");
    }
    Map<String, LearnerExport.Table> tables = new LinkedHashMap<>();
    List<Path> files;
    try (var list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.equals(MANIFEST) || name.equals(PACKS)) continue;
      List<List<String>> all = parse(Files.readString(f, StandardCharsets.UTF_8), name);
      if (all.isEmpty()) throw new Importer.Refused(name + " has no header row");
      List<String> columns = all.get(0);
      List<List<Object>> rows = new ArrayList<>();
      for (List<String> r : all.subList(1, all.size())) rows.add(new ArrayList<>(r));
      tables.put(name.substring(0, name.length() - 4), new LearnerExport.Table(columns, rows));
    }
    try {
      return new LearnerExport(Integer.parseInt(manifest.getOrDefault("format_version", "0")),
          Integer.parseInt(manifest.getOrDefault("schema", "0")), Instant.parse(manifest.get("exported_at")),
          required(manifest, "learner"), Long.parseLong(required(manifest, "learner_created_at")), packs, tables);
    } catch (NumberFormatException | DateTimeParseException | NullPointerException ex) {
      throw new Importer.Refused(MANIFEST + " is incomplete: it needs format_version, schema, exported_at,"
          + " learner and learner_created_at");
    }
  }

  private static String required(Map<String, String> manifest, String key) {
    String v = manifest.get(key);
    if (v == null) throw new Importer.Refused(MANIFEST + " lacks " + key);
    return v;
  }

  private static List<List<String>> rowsOf(Path file) throws IOException {
    List<List<String>> all = parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    return all.isEmpty() ? all : all.subList(1, all.size());
  }

  /** RFC 4180 with LF or CRLF line ends; an unquoted empty field is null, a quoted one "". */
  static List<List<String>> parse(String text, String file) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    int i = 0;
    int n = text.length();
    if (n == 0) return rows;
    while (i < n) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (ch == '\n') line++;
          field.append(ch);
        }
        i++;
        continue;
      }
      switch (ch) {
        case '"' -> {
          if (field.length() > 0) throw new Importer.Refused(file + ":" + line + ": a quote inside an unquoted field");
          quoted = true;
          wasQuoted = true;
        }
        case ',' -> {
          row.add(wasQuoted || field.length() > 0 ? field.toString() : null);
          field.setLength(0);
          wasQuoted = false;
        }
        case '\r' -> { }
        case '\n' -> {
          row.add(wasQuoted || field.length() > 0 ? field.toString() : null);
          rows.add(row);
          row = new ArrayList<>();
          field.setLength(0);
          wasQuoted = false;
          line++;
        }
        default -> field.append(ch);
      }
      i++;
    }
    if (quoted) throw new Importer.Refused(file + ": a quoted field is not closed");
    if (field.length() > 0 || wasQuoted || !row.isEmpty()) {
      row.add(wasQuoted || field.length() > 0 ? field.toString() : null);
      rows.add(row);
    }
    return rows;
  }
}
