package tutor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores a {@link LearnerExport} as a new learner, in one transaction. Rows keep their values;
 * a row id (reviews.id, goals.id) already taken in this database gets a new one, and references
 * to it follow. Foreign keys are checked at the end, so an export that needs content this
 * database does not have is refused whole.
 */
public final class Importer {
  private Importer() {}

  /** Why an export cannot be imported; the message says what to do. */
  public static final class Refused extends RuntimeException {
    public Refused(String message) {
      super(message);
    }
  }

  /** Imports {@code data} as learner {@code name}; returns the new learner. */
  public static Learner restore(SqliteStore store, LearnerExport data, String name) {
    Connection c = store.connection();
    if (data.formatVersion() > LearnerExport.FORMAT_VERSION || data.schema() > Database.latestVersion()) {
      throw new Refused("the export comes from a newer tutor (format " + data.formatVersion() + ", schema "
          + data.schema() + "); update tutor to import it");
    }
    if (store.learner(name).isPresent()) {
      throw new Refused("there is already a learner '" + name + "' in this database; import under another"
          + " name with --as NAME");
    }
    List<String> missing = new ArrayList<>();
    data.packs().forEach((pack, version) -> {
      if (store.installedVersion(pack).isEmpty()) missing.add(pack + (version.isEmpty() ? "" : " " + version));
    });
    if (!missing.isEmpty()) {
      throw new Refused("the export has progress in " + (missing.size() == 1 ? "pack " : "packs ")
          + String.join(", ", missing) + ", not installed here; install "
          + (missing.size() == 1 ? "it" : "them") + " first with: tutor pack add PATH");
    }
    return Transactions.inTransaction(c, () -> {
      java.util.Set<String> before = foreignKeyViolations(c);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA defer_foreign_keys = ON");
      }
      Learner learner = insertLearner(c, name, data.learnerCreatedAt());
      List<String> tables = LearnerTables.names(c);
      for (String t : data.tables().keySet()) {
        if (!tables.contains(t)) throw new Refused("the export has a table '" + t + "' this tutor does not know; update tutor");
      }
      Map<String, Map<Long, Long>> newIds = new HashMap<>();
      for (String t : tables) {
        LearnerExport.Table table = data.tables().get(t);
        if (table != null) insertRows(c, t, table, learner.id(), newIds);
      }
      checkForeignKeys(c, before);
      return learner;
    });
  }

  private static Learner insertLearner(Connection c, String name, long createdAt) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO learners(name, created_at) VALUES (?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, name);
      ps.setLong(2, createdAt);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return new Learner(keys.getLong(1), name, java.time.Instant.ofEpochMilli(createdAt));
      }
    }
  }

  private static void insertRows(Connection c, String name, LearnerExport.Table table, long learnerId,
      Map<String, Map<Long, Long>> newIds) throws SQLException {
    List<LearnerTables.Column> all = LearnerTables.columns(c, name);
    Map<String, LearnerTables.Column> byName = new LinkedHashMap<>();
    for (LearnerTables.Column col : all) byName.put(col.name(), col);
    for (String col : table.columns()) {
      if (!byName.containsKey(col) || col.equals("learner_id")) {
        throw new Refused("the export's table '" + name + "' has a column '" + col
            + "' this tutor does not know; update tutor");
      }
    }
    String idColumn = LearnerTables.rowidAlias(all);
    int idIndex = idColumn == null ? -1 : table.columns().indexOf(idColumn);
    Map<Integer, Map<Long, Long>> follow = new HashMap<>(); // column index -> old id -> new id
    for (LearnerTables.Reference r : LearnerTables.references(c, name)) {
      Map<Long, Long> ids = newIds.get(r.table());
      int at = table.columns().indexOf(r.column());
      if (ids != null && at >= 0) follow.put(at, ids);
    }
    List<String> columns = new ArrayList<>(table.columns());
    columns.add("learner_id");
    String sql = "INSERT INTO " + LearnerTables.quote(name) + "("
        + String.join(", ", columns.stream().map(LearnerTables::quote).toList()) + ") VALUES ("
        + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
    Map<Long, Long> ids = new HashMap<>();
    try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (List<Object> row : table.rows()) {
        if (row.size() != table.columns().size()) {
          throw new Refused("a row of table '" + name + "' has " + row.size() + " values for "
              + table.columns().size() + " columns");
        }
        Long oldId = null;
        for (int i = 0; i < row.size(); i++) {
          Object v = row.get(i);
          if (i == idIndex && v != null) {
            oldId = toLong(v, name, table.columns().get(i));
            v = taken(c, name, idColumn, oldId) ? null : oldId;
          } else if (follow.containsKey(i) && v != null) {
            long ref = toLong(v, name, table.columns().get(i));
            v = follow.get(i).getOrDefault(ref, ref);
          }
          bind(insert, i + 1, v, byName.get(table.columns().get(i)), name);
        }
        insert.setLong(row.size() + 1, learnerId);
        insert.executeUpdate();
        if (oldId != null) {
          try (ResultSet keys = insert.getGeneratedKeys()) {
            if (keys.next()) ids.put(oldId, keys.getLong(1));
          }
        }
      }
    }
    if (idColumn != null) newIds.put(name, ids);
  }

  private static boolean taken(Connection c, String table, String idColumn, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + LearnerTables.quote(table) + " WHERE "
        + LearnerTables.quote(idColumn) + " = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Binds a value as the column's type, so values read back from text keep their type exactly. */
  private static void bind(PreparedStatement ps, int i, Object v, LearnerTables.Column col, String table)
      throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.NULL);
      return;
    }
    try {
      switch (col.affinity()) {
        case "INTEGER" -> ps.setLong(i, v instanceof Number n ? n.longValue() : Long.parseLong(v.toString()));
        case "REAL" -> ps.setDouble(i, v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString()));
        case "TEXT" -> ps.setString(i, v.toString());
        default -> {
          if (v instanceof Number n) {
            if (v instanceof Double) ps.setDouble(i, n.doubleValue());
            else ps.setLong(i, n.longValue());
          } else {
            ps.setString(i, v.toString());
          }
        }
      }
    } catch (NumberFormatException e) {
      throw new Refused("table '" + table + "', column '" + col.name() + "': '" + v + "' is not a number");
    }
  }

  private static long toLong(Object v, String table, String column) {
    try {
      return v instanceof Number n ? n.longValue() : Long.parseLong(v.toString());
    } catch (NumberFormatException e) {
      throw new Refused("table '" + table + "', column '" + column + "': '" + v + "' is not a whole number");
    }
  }

  /** "table rowid -> parent" of every row whose reference is broken. */
  private static java.util.Set<String> foreignKeyViolations(Connection c) throws SQLException {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
      while (rs.next()) out.add(rs.getString(1) + " " + rs.getLong(2) + " -> " + rs.getString(3));
    }
    return out;
  }

  /** Refuses the import if it broke references (rows already broken before are not its doing). */
  private static void checkForeignKeys(Connection c, java.util.Set<String> before) throws SQLException {
    Map<String, Integer> problems = new LinkedHashMap<>();
    for (String v : foreignKeyViolations(c)) {
      if (before.contains(v)) continue;
      String[] parts = v.split(" ");
      problems.merge(parts[0] + " -> " + parts[3], 1, Integer::sum);
    }
    if (problems.isEmpty()) return;
    List<String> parts = new ArrayList<>();
    problems.forEach((k, n) -> parts.add(n + " in " + k));
    throw new Refused("the export refers to content that is not installed here (" + String.join(", ", parts)
        + "); install the pack versions it was made with and try again");
  }
}
