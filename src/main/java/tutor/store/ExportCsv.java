package tutor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner export as a directory of CSV files (RFC 4180, UTF-8, a header row, by Jackson's CSV
 * module): manifest.csv, packs.csv, and one file per learner table. An empty field is NULL; an
 * empty string is written "" (docs/data-formats.md). Written and read row by row.
 */
public final class ExportCsv {
  static final String MANIFEST = "manifest.csv";
  private static final String PACKS = "packs.csv";
  private static final String ROWS = "rows:";
  private static final String SHA256 = "sha256:";
  private static final CsvMapper CSV =
      CsvMapper.builder()
          .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .enable(CsvParser.Feature.EMPTY_UNQUOTED_STRING_AS_NULL)
          .build();

  private ExportCsv() {}

  /** Writes an export held in memory into {@code dir} (tests, small uses). */
  public static void write(LearnerExport e, Path dir) throws IOException {
    try (ExportWriter w = writer(dir)) {
      e.writeTo(w);
    }
  }

  /**
   * A streaming writer into {@code dir}, which is created (the caller renames it when complete).
   */
  public static ExportWriter writer(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new Writer(dir);
  }

  /** A CSV file being written row by row, its header first. */
  private static final class Rows implements java.io.Closeable {
    private final CsvGenerator g;

    /**
     * Columns in the schema: only then does Jackson write a null as an empty field rather than skip
     * it.
     */
    Rows(Path file, List<String> columns) throws IOException {
      BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      g = (CsvGenerator) CSV.getFactory().createGenerator(out);
      CsvSchema.Builder schema = CsvSchema.builder();
      for (String c : columns) schema.addColumn(c);
      g.setSchema(schema.build().withHeader().withLineSeparator("\n"));
    }

    void write(List<String> values) throws IOException {
      g.writeStartArray();
      for (String v : values) {
        if (v == null) g.writeNull();
        else g.writeString(v);
      }
      g.writeEndArray();
    }

    @Override
    public void close() throws IOException {
      g.close();
    }
  }

  private static Rows rows(Path file, List<String> columns) throws IOException {
    return new Rows(file, columns);
  }

  private static final class Writer implements ExportWriter {
    private final Path dir;
    private ExportHeader header;
    private Rows table;
    private final List<String> values = new ArrayList<>();

    Writer(Path dir) {
      this.dir = dir;
    }

    @Override
    public void header(ExportHeader h) throws IOException {
      header = h;
      try (Rows w = rows(dir.resolve(PACKS), List.of("pack", "version"))) {
        for (Map.Entry<String, String> p : h.packs().entrySet())
          w.write(List.of(p.getKey(), p.getValue()));
      }
    }

    @Override
    public void beginTable(String name, List<String> columns) throws IOException {
      table = rows(dir.resolve(name + ".csv"), columns);
    }

    @Override
    public void row(List<Object> row) throws IOException {
      values.clear();
      // Numbers as Java writes them, so that they read back exactly and check against the manifest.
      for (Object v : row) values.add(v == null ? null : RowDigest.text(v));
      table.write(values);
    }

    @Override
    public void endTable() throws IOException {
      table.close();
      table = null;
    }

    @Override
    public void manifest(Map<String, TableCheck> tables) throws IOException {
      try (Rows w = rows(dir.resolve(MANIFEST), List.of("key", "value"))) {
        w.write(List.of("format", LearnerExport.FORMAT));
        w.write(List.of("format_version", Integer.toString(header.formatVersion())));
        w.write(List.of("schema", Integer.toString(header.schema())));
        w.write(List.of("exported_at", header.exportedAt().toString()));
        w.write(List.of("learner", header.learner()));
        w.write(List.of("learner_created_at", Long.toString(header.learnerCreatedAt())));
        for (Map.Entry<String, TableCheck> t : tables.entrySet()) {
          w.write(List.of(ROWS + t.getKey(), Long.toString(t.getValue().rows())));
          w.write(List.of(SHA256 + t.getKey(), t.getValue().sha256()));
        }
      }
    }

    @Override
    public void close() throws IOException {
      if (table != null) table.close();
    }
  }

  /** Reads a whole export directory into memory; every value comes back as a String or null. */
  public static LearnerExport read(Path dir) throws IOException {
    try (ExportSource s = source(dir)) {
      return LearnerExport.read(s);
    }
  }

  /** Reads an export directory as a stream. */
  public static ExportSource source(Path dir) {
    return new Source(dir);
  }

  /** All records of a small file (the manifest, the packs), after its header. */
  private static List<List<String>> small(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (Records r = new Records(file)) {
      if (r.next() == null) return out;
      for (List<String> row = r.next(); row != null; row = r.next()) out.add(row);
    }
    return out;
  }

  /** The records of one file, with the line each was read from. */
  private static final class Records implements AutoCloseable {
    private final String name;
    private final Reader reader;
    private final MappingIterator<String[]> it;
    private long line;

    Records(Path file) throws IOException {
      name = file.getFileName().toString();
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      it = CSV.readerFor(String[].class).readValues(reader);
    }

    List<String> next() throws IOException {
      try {
        if (!it.hasNextValue()) return null;
        line = it.getCurrentLocation().getLineNr();
        String[] values = it.nextValue();
        return new ArrayList<>(Arrays.asList(values));
      } catch (CharacterCodingException e) {
        throw new ImportRefused(name + ": not UTF-8 text, so not a tutor export");
      } catch (JsonProcessingException | RuntimeJsonMappingException e) {
        throw new ImportRefused(
            name + ":" + Math.max(line, 1) + ": not valid CSV (" + firstLine(e.getMessage()) + ")");
      }
    }

    @Override
    public void close() throws IOException {
      it.close();
      reader.close();
    }
  }

  private static String firstLine(String s) {
    String t = String.valueOf(s);
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  private static final class Source implements ExportSource {
    private final Path dir;
    private ExportHeader header;
    private Map<String, ExportWriter.TableCheck> manifest;
    private List<String> tables;
    private int next;
    private Records records;
    private String file;
    private List<String> columns;

    Source(Path dir) {
      this.dir = dir;
    }

    @Override
    public ExportHeader header() throws IOException {
      if (header != null) return header;
      Path manifestFile = dir.resolve(MANIFEST);
      if (!Files.isRegularFile(manifestFile)) {
        throw new ImportRefused(
            dir + " is not a tutor export (or an incomplete one): it has no " + MANIFEST);
      }
      Map<String, String> m = new LinkedHashMap<>();
      Map<String, Long> rows = new LinkedHashMap<>();
      Map<String, String> sums = new LinkedHashMap<>();
      for (List<String> row : small(manifestFile)) {
        if (row.size() < 2 || row.get(0) == null) continue;
        String key = row.get(0);
        String value = row.get(1);
        if (key.startsWith(ROWS)) {
          try {
            rows.put(key.substring(ROWS.length()), Long.parseLong(String.valueOf(value)));
          } catch (NumberFormatException e) {
            throw new ImportRefused(MANIFEST + ": " + key + " should be a number of rows");
          }
        } else if (key.startsWith(SHA256)) {
          sums.put(key.substring(SHA256.length()), value);
        } else {
          m.put(key, value);
        }
      }
      if (!LearnerExport.FORMAT.equals(m.get("format"))) {
        throw new ImportRefused(
            dir + " is not a tutor export: " + MANIFEST + " lacks format," + LearnerExport.FORMAT);
      }
      Map<String, String> packs = new LinkedHashMap<>();
      Path packsFile = dir.resolve(PACKS);
      if (Files.isRegularFile(packsFile)) {
        for (List<String> row : small(packsFile)) {
          if (row.isEmpty() || row.get(0) == null)
            throw new ImportRefused(PACKS + ": a row without a pack");
          packs.put(row.get(0), row.size() > 1 && row.get(1) != null ? row.get(1) : "");
        }
      }
      try {
        header =
            new ExportHeader(
                Integer.parseInt(m.getOrDefault("format_version", "0")),
                Integer.parseInt(m.getOrDefault("schema", "0")),
                Instant.parse(String.valueOf(m.get("exported_at"))),
                required(m, "learner"),
                Long.parseLong(required(m, "learner_created_at")),
                packs);
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new ImportRefused(
            MANIFEST
                + " is incomplete: it needs format_version, schema, exported_at,"
                + " learner and learner_created_at");
      }
      List<String> files;
      try (var list = Files.list(dir)) {
        files =
            list.map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".csv"))
                .filter(n -> !n.equals(MANIFEST) && !n.equals(PACKS))
                .sorted()
                .map(n -> n.substring(0, n.length() - 4))
                .toList();
      }
      if (header.formatVersion() >= 2) {
        if (!Files.isRegularFile(packsFile))
          throw new ImportRefused("the export is incomplete: it has no " + PACKS);
        manifest = new LinkedHashMap<>();
        for (Map.Entry<String, Long> r : rows.entrySet()) {
          String sum = sums.get(r.getKey());
          if (sum == null) throw new ImportRefused(MANIFEST + " lacks " + SHA256 + r.getKey());
          manifest.put(r.getKey(), new ExportWriter.TableCheck(r.getValue(), sum));
        }
        for (String f : files) {
          if (!manifest.containsKey(f)) {
            throw new ImportRefused(
                "the export has " + f + ".csv, which its manifest does not list; it was altered");
          }
        }
        tables = new ArrayList<>(manifest.keySet());
      } else {
        tables = files;
      }
      return header;
    }

    private static String required(Map<String, String> manifest, String key) {
      String v = manifest.get(key);
      if (v == null) throw new ImportRefused(MANIFEST + " lacks " + key);
      return v;
    }

    @Override
    public String nameOf(String table) {
      return table + ".csv";
    }

    @Override
    public String nextTable() throws IOException {
      header();
      closeTable();
      if (next >= tables.size()) return null;
      String table = tables.get(next++);
      file = table + ".csv";
      Path path = dir.resolve(file);
      if (!Files.isRegularFile(path)) {
        throw new ImportRefused(
            "the export is incomplete: its manifest lists " + file + ", which is missing");
      }
      records = new Records(path);
      columns = records.next();
      if (columns == null)
        throw new ImportRefused(file + " is empty: it has no header row (an export cut short?)");
      if (columns.stream().anyMatch(c -> c == null || c.isBlank())) {
        throw new ImportRefused(file + ":1: a column without a name in the header row");
      }
      return table;
    }

    @Override
    public Map<String, Object> nextRow() throws IOException {
      if (records == null) return null;
      List<String> values = records.next();
      if (values == null) {
        closeTable();
        return null;
      }
      if (values.size() != columns.size()) {
        throw new ImportRefused(
            position() + ": " + values.size() + " values for " + columns.size() + " columns");
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) row.put(columns.get(i), values.get(i));
      return row;
    }

    private void closeTable() throws IOException {
      if (records != null) records.close();
      records = null;
    }

    @Override
    public String position() {
      return file + ":" + (records == null ? "?" : Long.toString(records.line));
    }

    @Override
    public Map<String, ExportWriter.TableCheck> manifest() throws IOException {
      header();
      closeTable();
      return manifest;
    }

    @Override
    public void close() throws IOException {
      closeTable();
    }
  }
}
