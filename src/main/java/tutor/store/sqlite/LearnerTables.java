package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables that hold a learner's data: every table with a {@code learner_id} column, found in
 * sqlite_master, so that tables added by later migrations are exported, imported, erased and
 * checked without a change here. (The convention for new tables: a learner's rows carry {@code
 * learner_id}.)
 */
final class LearnerTables {
  private static final Sql SQL = Sql.of(LearnerTables.class);

  /** A column as PRAGMA table_info describes it. */
  record Column(String name, String type, boolean notNull, int pk) {
    /** SQLite's type affinity of the declared type (https://sqlite.org/datatype3.html 3.1). */
    String affinity() {
      String t = type.toUpperCase(Locale.ROOT);
      if (t.contains("INT")) return "INTEGER";
      if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) return "TEXT";
      if (t.isEmpty() || t.contains("BLOB")) return "BLOB";
      if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) return "REAL";
      return "NUMERIC";
    }
  }

  /** A foreign key of one column onto another table's column. */
  record Reference(String column, String table, String target) {}

  /**
   * Learner tables made from the learner's other rows, kept only to save work (migration 029's
   * fading days): erased and checked with the learner, never exported. An import makes them again
   * from the imported cards, against the packs installed there, which a copied row would not see.
   */
  static final Set<String> DERIVED = Set.of("skill_fading");

  private LearnerTables() {}

  /**
   * The learner tables an export holds: every one but the {@link #DERIVED}, in {@link #names}
   * order.
   */
  static List<String> exported(Connection c) throws SQLException {
    List<String> out = new ArrayList<>(names(c));
    out.removeAll(DERIVED);
    return out;
  }

  /** The learner tables, every table before the tables that refer to it. */
  static List<String> names(Connection c) throws SQLException {
    List<String> all = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("names"))) {
      while (rs.next()) all.add(rs.getString(1));
    }
    List<String> learnerTables = new ArrayList<>();
    for (String t : all) {
      if (columns(c, t).stream().anyMatch(col -> col.name().equals("learner_id")))
        learnerTables.add(t);
    }
    return referencedFirst(c, learnerTables);
  }

  private static List<String> referencedFirst(Connection c, List<String> tables)
      throws SQLException {
    Map<String, Set<String>> needs = new HashMap<>();
    for (String t : tables) {
      Set<String> n = new LinkedHashSet<>();
      for (Reference r : references(c, t)) {
        if (tables.contains(r.table()) && !r.table().equals(t)) n.add(r.table());
      }
      needs.put(t, n);
    }
    List<String> out = new ArrayList<>();
    while (out.size() < tables.size()) {
      boolean progress = false;
      for (String t : tables) {
        if (!out.contains(t) && out.containsAll(needs.get(t))) {
          out.add(t);
          progress = true;
        }
      }
      if (!progress) { // a cycle: keep creation order for the rest
        for (String t : tables) if (!out.contains(t)) out.add(t);
      }
    }
    return out;
  }

  static List<Column> columns(Connection c, String table) throws SQLException {
    List<Column> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("columns"))) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Column(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getInt(4)));
        }
      }
    }
    return out;
  }

  /** The column that aliases the rowid (a lone INTEGER PRIMARY KEY), or null. */
  static String rowidAlias(List<Column> columns) {
    List<Column> pk = columns.stream().filter(col -> col.pk() > 0).toList();
    if (pk.size() == 1 && pk.get(0).type().equalsIgnoreCase("INTEGER")) return pk.get(0).name();
    return null;
  }

  /** Foreign keys of single columns; a null target means the referenced table's primary key. */
  static List<Reference> references(Connection c, String table) throws SQLException {
    List<Reference> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("references"))) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new Reference(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return out;
  }

  /** ORDER BY clause for a stable row order: the primary key, else the rowid. */
  static String order(List<Column> columns) {
    Map<Integer, String> pk = new java.util.TreeMap<>();
    for (Column col : columns) if (col.pk() > 0) pk.put(col.pk(), quote(col.name()));
    return pk.isEmpty() ? "rowid" : String.join(", ", pk.values());
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** Row counts of a learner per learner table, in table order. */
  static Map<String, Integer> counts(Connection c, long learnerId) throws SQLException {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String t : names(c)) {
      // Built here: a table name is no parameter.
      try (PreparedStatement ps =
          c.prepareStatement("SELECT count(*) FROM " + quote(t) + " WHERE learner_id = ?")) {
        ps.setLong(1, learnerId);
        try (ResultSet rs = ps.executeQuery()) {
          out.put(t, rs.next() ? rs.getInt(1) : 0);
        }
      }
    }
    return out;
  }
}
