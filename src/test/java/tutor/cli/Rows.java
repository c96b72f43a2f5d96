package tutor.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a test database directly, with tables found in sqlite_master (not through tutor's code).
 */
final class Rows {
  private Rows() {}

  static List<List<Object>> query(Path db, String sql) throws Exception {
    List<List<Object>> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
        out.add(row);
      }
    }
    return out;
  }

  static long count(Path db, String sql) throws Exception {
    return ((Number) query(db, sql).get(0).get(0)).longValue();
  }

  static void exec(Path db, String... sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      for (String q : sql) s.execute(q);
    }
  }

  /** Every table with a learner_id column. */
  static List<String> learnerTables(Path db) throws Exception {
    List<String> out = new ArrayList<>();
    for (List<Object> t :
        query(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      String name = (String) t.get(0);
      if (!query(db, "SELECT 1 FROM pragma_table_info('" + name + "') WHERE name = 'learner_id'")
          .isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }

  static long learnerId(Path db, String name) throws Exception {
    return count(db, "SELECT id FROM learners WHERE name = '" + name + "'");
  }

  /**
   * Every row of a learner in every learner table, learner_id left out, in a stable order; with
   * {@code withIds} false, row ids (reviews.id, goals.id) are left out too.
   */
  static Map<String, List<List<Object>>> ofLearner(Path db, String name, boolean withIds)
      throws Exception {
    long id = learnerId(db, name);
    Map<String, List<List<Object>>> out = new LinkedHashMap<>();
    out.put("learners", query(db, "SELECT name, created_at FROM learners WHERE id = " + id));
    for (String t : learnerTables(db)) {
      List<String> cols = new ArrayList<>();
      for (List<Object> c :
          query(db, "SELECT name, pk, type FROM pragma_table_info('" + t + "') ORDER BY cid")) {
        boolean rowId = ((Number) c.get(1)).intValue() == 1 && "INTEGER".equals(c.get(2));
        if (!c.get(0).equals("learner_id") && (withIds || !rowId)) cols.add("\"" + c.get(0) + "\"");
      }
      String list = String.join(", ", cols);
      out.put(
          t,
          query(
              db,
              "SELECT "
                  + list
                  + " FROM \""
                  + t
                  + "\" WHERE learner_id = "
                  + id
                  + " ORDER BY "
                  + list));
    }
    return out;
  }
}
