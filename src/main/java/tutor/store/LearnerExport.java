package tutor.store;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All of one learner's data in memory, as {@code tutor export} writes it and {@code tutor import}
 * reads it (docs/data-formats.md). Rows hold the database's values: Long, Double, String or null; a
 * value read back from CSV is a String, turned into the column's type when it is imported. (Export
 * and import themselves stream, through {@link ExportWriter} and {@link ExportSource}.)
 *
 * @param schema the schema version of the database it came from
 * @param packs the installed version of each pack the data refers to
 * @param tables per learner table (in import order), its rows without the learner_id column
 */
public record LearnerExport(
    int formatVersion,
    int schema,
    Instant exportedAt,
    String learner,
    long learnerCreatedAt,
    Map<String, String> packs,
    Map<String, Table> tables) {

  public static final String FORMAT = "tutor-export";

  /** 2: with a manifest of every table's row count and checksum. 1 had none; it is still read. */
  public static final int FORMAT_VERSION = 2;

  /** One table: column names, then rows of values in that order. */
  public record Table(List<String> columns, List<List<Object>> rows) {}

  /** Rows per table, for messages: "812 reviews, 95 cards, mastery of 12 skills, 30 other rows". */
  public String describe() {
    Map<String, Long> counts = new LinkedHashMap<>();
    tables.forEach((name, t) -> counts.put(name, (long) t.rows().size()));
    return describe(counts);
  }

  /** As {@link #describe()}, from row counts per table. */
  public static String describe(Map<String, Long> counts) {
    List<String> parts = new ArrayList<>();
    long reviews = counts.getOrDefault("reviews", 0L);
    long cards = counts.getOrDefault("cards", 0L);
    long mastery = counts.getOrDefault("mastery", 0L);
    if (reviews > 0) parts.add(reviews + (reviews == 1 ? " review" : " reviews"));
    if (cards > 0) parts.add(cards + (cards == 1 ? " card" : " cards"));
    if (mastery > 0) parts.add("mastery of " + mastery + (mastery == 1 ? " skill" : " skills"));
    long other =
        counts.values().stream().mapToLong(Long::longValue).sum() - reviews - cards - mastery;
    if (other > 0) parts.add(other + (other == 1 ? " other row" : " other rows"));
    return parts.isEmpty() ? "no data yet" : String.join(", ", parts);
  }

  /** Reads a whole export into memory, checking it against its manifest if it has one. */
  public static LearnerExport read(ExportSource source) throws IOException {
    ExportHeader h = source.header();
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, ExportWriter.TableCheck> seen = new LinkedHashMap<>();
    for (String name = source.nextTable(); name != null; name = source.nextTable()) {
      List<String> columns = new ArrayList<>();
      List<Map<String, Object>> named = new ArrayList<>();
      RowDigest digest = new RowDigest();
      for (Map<String, Object> row = source.nextRow(); row != null; row = source.nextRow()) {
        for (String col : row.keySet()) if (!columns.contains(col)) columns.add(col);
        named.add(row);
        digest.add(row);
      }
      List<List<Object>> rows = new ArrayList<>(named.size());
      for (Map<String, Object> row : named) {
        List<Object> values = new ArrayList<>(columns.size());
        for (String col : columns) values.add(row.get(col));
        rows.add(values);
      }
      tables.put(name, new Table(columns, rows));
      seen.put(name, new ExportWriter.TableCheck(digest.rows(), digest.hex()));
    }
    Manifests.check(source.manifest(), seen, source::nameOf);
    return new LearnerExport(
        h.formatVersion(),
        h.schema(),
        h.exportedAt(),
        h.learner(),
        h.learnerCreatedAt(),
        h.packs(),
        tables);
  }

  /** An {@link ExportWriter} that keeps everything in memory. */
  /** Hands this export to a writer, with its manifest. */
  public void writeTo(ExportWriter out) throws IOException {
    out.header(
        new ExportHeader(
            formatVersion(), schema(), exportedAt(), learner(), learnerCreatedAt(), packs()));
    Map<String, ExportWriter.TableCheck> checks = new LinkedHashMap<>();
    for (Map.Entry<String, Table> t : tables().entrySet()) {
      RowDigest digest = new RowDigest();
      List<String> columns = t.getValue().columns();
      out.beginTable(t.getKey(), columns);
      for (List<Object> row : t.getValue().rows()) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) named.put(columns.get(i), row.get(i));
        digest.add(named);
        out.row(row);
      }
      out.endTable();
      checks.put(t.getKey(), new ExportWriter.TableCheck(digest.rows(), digest.hex()));
    }
    out.manifest(checks);
  }

  public static final class Collector implements ExportWriter {
    private ExportHeader header;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private List<List<Object>> rows;

    @Override
    public void header(ExportHeader h) {
      header = h;
    }

    @Override
    public void beginTable(String name, List<String> columns) {
      rows = new ArrayList<>();
      tables.put(name, new Table(columns, rows));
    }

    @Override
    public void row(List<Object> values) {
      rows.add(new ArrayList<>(values));
    }

    @Override
    public void endTable() {
      rows = null;
    }

    @Override
    public void manifest(Map<String, TableCheck> checks) {
      // in memory, nothing can be cut short
    }

    @Override
    public void close() {
      // nothing to release
    }

    public LearnerExport result() {
      return new LearnerExport(
          header.formatVersion(),
          header.schema(),
          header.exportedAt(),
          header.learner(),
          header.learnerCreatedAt(),
          header.packs(),
          tables);
    }
  }
}
