package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.store.Learner;
import tutor.store.StoreContract;
import tutor.store.StoreLocation;

/**
 * The store's contract ({@link StoreContract}) on the SQLite adapter, and what only SQLite can be
 * asked: that no row of any table still mentions a deleted learner.
 */
class SqliteStoreContractTest extends StoreContract {
  @TempDir Path dir;

  @Override
  protected StoreLocation freshLocation() {
    return StoreLocation.of(dir.resolve("contract-" + System.nanoTime() + ".db"));
  }

  private static long count(Path db, String sql, Object... args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.getLong(1);
      }
    }
  }

  /** Every place in the database that still mentions the learner: "table.column (n rows)". */
  private static List<String> mentions(Path db, Learner l) throws Exception {
    List<String> found = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet tables =
            s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      List<String> names = new ArrayList<>();
      while (tables.next()) names.add(tables.getString(1));
      for (String t : names) {
        List<String[]> columns = new ArrayList<>();
        try (Statement s2 = c.createStatement();
            ResultSet cols = s2.executeQuery("PRAGMA table_info(\"" + t + "\")")) {
          while (cols.next()) columns.add(new String[] {cols.getString(2), cols.getString(3)});
        }
        for (String[] col : columns) {
          String where;
          Object arg;
          if (col[0].equals("learner_id") || (t.equals("learners") && col[0].equals("id"))) {
            where = "\"" + col[0] + "\" = ?";
            arg = l.id();
          } else if (t.equals("app_settings") && col[0].equals("key")) {
            where = "key LIKE ?"; // a learner's own app settings end in ":<id>"
            arg = "%:" + l.id();
          } else if (col[1].toUpperCase(java.util.Locale.ROOT).contains("TEXT")
              || col[1].isEmpty()) {
            where = "instr(CAST(\"" + col[0] + "\" AS TEXT), ?) > 0";
            arg = l.name();
          } else continue;
          long n = count(db, "SELECT count(*) FROM \"" + t + "\" WHERE " + where, arg);
          if (n > 0) found.add(t + "." + col[0] + " (" + n + " rows)");
        }
      }
    }
    return found;
  }

  @Test
  void aDeletedLearnerLeavesNoRowInAnyTable() throws Exception {
    Path db = location(store).path();
    Learner zelda = busyLearner(store, "zelda-to-erase");
    store.setAppSetting("why:" + zelda.id(), "Last exercise: demo/capital, for zelda-to-erase");
    Learner keep = busyLearner(store, "kept");
    Seen kept = seen(store, keep.id());
    store.useLearner(zelda);
    assertTrue(mentions(db, zelda).size() > 8, "the learner is everywhere: " + mentions(db, zelda));

    store.portability().erase(zelda);

    assertEquals(List.of(), mentions(db, zelda));
    assertEquals(kept, seen(store, keep.id()), "the other learner keeps everything");
    assertEquals(1, count(db, "SELECT count(*) FROM packs"), "installed content stays");
  }
}
