package tutor.store;

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

/** Reads all of one learner's rows, from every learner table, into a {@link LearnerExport}. */
public final class Exporter {
  private Exporter() {}

  public static LearnerExport export(SqliteStore store, Learner learner, Instant now) {
    Connection c = store.connection();
    // One read transaction: a consistent snapshot even if a session is writing meanwhile.
    return Transactions.snapshot(c, () -> {
      Map<String, LearnerExport.Table> tables = new LinkedHashMap<>();
      Map<String, String> packs = new TreeMap<>();
      for (String t : LearnerTables.names(c)) {
        LearnerExport.Table table = table(c, t, learner.id());
        tables.put(t, table);
        int pack = table.columns().indexOf("pack_id");
        if (pack >= 0) for (List<Object> row : table.rows()) packs.put((String) row.get(pack), null);
      }
      for (String p : new ArrayList<>(packs.keySet())) packs.put(p, store.installedVersion(p).orElse(""));
      return new LearnerExport(LearnerExport.FORMAT_VERSION, Database.schemaVersion(c), now, learner.name(),
          learner.createdAt().toEpochMilli(), packs, tables);
    });
  }

  private static LearnerExport.Table table(Connection c, String name, long learnerId) throws SQLException {
    List<LearnerTables.Column> all = LearnerTables.columns(c, name);
    List<String> columns = all.stream().map(LearnerTables.Column::name).filter(n -> !n.equals("learner_id")).toList();
    String select = String.join(", ", columns.stream().map(LearnerTables::quote).toList());
    List<List<Object>> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + select + " FROM " + LearnerTables.quote(name)
        + " WHERE learner_id = ? ORDER BY " + LearnerTables.order(all))) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<Object> row = new ArrayList<>(columns.size());
          for (int i = 1; i <= columns.size(); i++) row.add(value(rs.getObject(i)));
          rows.add(row);
        }
      }
    }
    return new LearnerExport.Table(columns, rows);
  }

  private static Object value(Object o) {
    if (o == null || o instanceof String || o instanceof Double) return o;
    if (o instanceof Integer || o instanceof Long || o instanceof Short) return ((Number) o).longValue();
    if (o instanceof Float f) return f.doubleValue();
    if (o instanceof byte[] b) return java.util.Base64.getEncoder().encodeToString(b);
    return o.toString();
  }
}
