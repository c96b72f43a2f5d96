package tutor.store.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tutor.store.ExportHeader;
import tutor.store.ExportWriter;
import tutor.store.Learner;
import tutor.store.LearnerExport;
import tutor.store.RowDigest;

/**
 * Reads all of one learner's rows, from every learner table, and hands them to an {@link
 * ExportWriter} row by row: memory stays the same for ten answers or ten million.
 */
public final class Exporter {
  private Exporter() {}

  /** Writes the learner's data to {@code out}; returns the rows written per table. */
  public static Map<String, Long> write(
      SqliteStore store, Learner learner, Instant now, ExportWriter out) {
    Connection c = store.connection();
    // One read transaction: a consistent snapshot even if a session is writing meanwhile (WAL:
    // the session is not held up).
    return Transactions.snapshot(
        c,
        () -> {
          try {
            return write(c, store, learner, now, out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static Map<String, Long> write(
      Connection c, SqliteStore store, Learner learner, Instant now, ExportWriter out)
      throws SQLException, IOException {
    List<String> tables = LearnerTables.exported(c);
    Map<String, String> packs = new TreeMap<>();
    // The statements of an export are built here, not kept in a .sql file: they read every learner
    // table found in the schema (LearnerTables), column by column, and a name is no parameter.
    for (String t : tables) {
      if (LearnerTables.columns(c, t).stream().noneMatch(col -> col.name().equals("pack_id")))
        continue;
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT DISTINCT pack_id FROM " + LearnerTables.quote(t) + " WHERE learner_id = ?")) {
        ps.setLong(1, learner.id());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) packs.put(rs.getString(1), "");
        }
      }
    }
    for (String p : new ArrayList<>(packs.keySet()))
      packs.put(p, store.installedVersion(p).orElse(""));
    out.header(
        new ExportHeader(
            LearnerExport.FORMAT_VERSION,
            Database.schemaVersion(c),
            now,
            learner.name(),
            learner.createdAt().toEpochMilli(),
            packs));
    Map<String, ExportWriter.TableCheck> checks = new LinkedHashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String t : tables) {
      ExportWriter.TableCheck check = table(c, t, learner.id(), out);
      checks.put(t, check);
      counts.put(t, check.rows());
    }
    out.manifest(checks);
    return counts;
  }

  private static ExportWriter.TableCheck table(
      Connection c, String name, long learnerId, ExportWriter out)
      throws SQLException, IOException {
    List<LearnerTables.Column> all = LearnerTables.columns(c, name);
    List<String> columns =
        all.stream().map(LearnerTables.Column::name).filter(n -> !n.equals("learner_id")).toList();
    String select = String.join(", ", columns.stream().map(LearnerTables::quote).toList());
    RowDigest digest = new RowDigest();
    out.beginTable(name, columns);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + select
                + " FROM "
                + LearnerTables.quote(name)
                + " WHERE learner_id = ? ORDER BY "
                + LearnerTables.order(all))) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<Object> row = new ArrayList<>(columns.size());
          Map<String, Object> named = new LinkedHashMap<>();
          for (int i = 1; i <= columns.size(); i++) {
            Object v = value(rs.getObject(i));
            row.add(v);
            named.put(columns.get(i - 1), v);
          }
          digest.add(named);
          out.row(row);
        }
      }
    }
    out.endTable();
    return new ExportWriter.TableCheck(digest.rows(), digest.hex());
  }

  static Object value(Object o) {
    if (o == null || o instanceof String || o instanceof Double) return o;
    if (o instanceof Integer || o instanceof Long || o instanceof Short)
      return ((Number) o).longValue();
    if (o instanceof Float f) return f.doubleValue();
    if (o instanceof byte[] b) return java.util.Base64.getEncoder().encodeToString(b);
    return o.toString();
  }
}
