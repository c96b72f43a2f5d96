package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.store.Learner;
import tutor.store.StoreException;

/**
 * Removes every row of one learner: their rows in every learner table (found by their learner_id
 * column, so tables of later migrations are covered), the learner, the "current learner" setting if
 * it names them, and app settings kept per learner (keys ending in ":" and the learner's id, such
 * as "last_pick:3"), since a later learner may get the same id.
 *
 * <p>A learner with a long history has a million rows: deleted in one transaction, that holds the
 * write lock for seconds and every other learner's session waits. So rows go in short batches, each
 * its own transaction with a pause after it for the others to write, and the learner and their
 * remaining rows go together in a last transaction. Interrupted, the learner is still there with
 * part of their rows; deleting them again finishes the work.
 */
public final class LearnerEraser {
  private static final Sql SQL = Sql.of(LearnerEraser.class);

  /** Rows per batch: a few hundredths of a second of the write lock. */
  static final int BATCH = 5_000;

  /** A pause between batches, long enough for a waiting writer's busy handler to get in. */
  private static final long PAUSE_MILLIS = 30;

  private LearnerEraser() {}

  /** What the learner has, per learner table: rows that erasing would delete. */
  public static Map<String, Integer> rows(SqliteStore store, Learner learner) {
    Connection c = store.connection();
    return Transactions.snapshot(c, () -> LearnerTables.counts(c, learner.id()));
  }

  /** Deletes the learner and all their rows; returns the rows deleted per table. */
  public static Map<String, Integer> erase(SqliteStore store, Learner learner) {
    return erase(store, learner, BATCH);
  }

  static Map<String, Integer> erase(SqliteStore store, Learner learner, int batch) {
    Connection c = store.connection();
    // Erased means gone from the file, not only from the tables: SQLite leaves deleted rows' bytes
    // (their name, typed answers) in free space until reused; secure_delete writes zeros over them,
    // and the checkpoint at the end takes the log's older copies of those pages away.
    boolean secure = pragma(c, SQL.get("secure-delete-is"));
    pragma(c, SQL.get("secure-delete-on"));
    try {
      return eraseRows(store, c, learner, batch);
    } finally {
      if (!secure) pragma(c, SQL.get("secure-delete-off"));
      // Another learner's session reading now would make the checkpoint wait: a second at most,
      // then the log is left for the next checkpoint (the rows are gone either way).
      int busy = number(c, SQL.get("busy-timeout-is"));
      pragma(c, SQL.get("busy-timeout-short"));
      pragma(c, SQL.get("checkpoint"));
      if (busy >= 0) pragma(c, SQL.get("busy-timeout-is") + " = " + busy);
    }
  }

  private static boolean pragma(Connection c, String sql) {
    return number(c, sql) == 1;
  }

  /** The first column of a pragma's first row; -1 when it has none or fails. */
  private static int number(Connection c, String sql) {
    try (java.sql.Statement s = c.createStatement()) {
      if (!s.execute(sql)) return -1;
      try (java.sql.ResultSet rs = s.getResultSet()) {
        return rs.next() ? rs.getInt(1) : -1;
      }
    } catch (java.sql.SQLException e) {
      // secure deletion and the checkpoint are best effort: the rows go either way
      return -1;
    }
  }

  private static Map<String, Integer> eraseRows(
      SqliteStore store, Connection c, Learner learner, int batch) {
    List<String> tables = store.transaction(() -> new ArrayList<>(LearnerTables.names(c)));
    Collections.reverse(tables); // rows that refer to others go first
    Map<String, Integer> deleted = new LinkedHashMap<>();
    // The statements are built here, not kept in LearnerEraser.sql: they run on every learner table
    // read from the schema (LearnerTables), and a table name is no parameter.
    for (String t : tables) {
      String sql =
          "DELETE FROM "
              + LearnerTables.quote(t)
              + " WHERE rowid IN (SELECT rowid FROM "
              + LearnerTables.quote(t)
              + " WHERE learner_id = ? LIMIT "
              + batch
              + ")";
      while (true) {
        int n =
            store.transaction(
                () -> {
                  try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, learner.id());
                    return ps.executeUpdate();
                  }
                });
        deleted.merge(t, n, Integer::sum);
        if (n < batch) break;
        pause();
      }
    }
    store.transaction(
        () -> {
          // Whatever a session of theirs wrote meanwhile goes with the learner.
          for (String t : tables) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "DELETE FROM " + LearnerTables.quote(t) + " WHERE learner_id = ?")) {
              ps.setLong(1, learner.id());
              deleted.merge(t, ps.executeUpdate(), Integer::sum);
            }
          }
          try (PreparedStatement ps = c.prepareStatement(SQL.get("delete-learner"))) {
            ps.setLong(1, learner.id());
            ps.executeUpdate();
          }
          try (PreparedStatement ps = c.prepareStatement(SQL.get("forget-current-learner"))) {
            ps.setString(1, SqliteStore.CURRENT_LEARNER);
            ps.setString(2, learner.name());
            ps.executeUpdate();
          }
          try (PreparedStatement ps = c.prepareStatement(SQL.get("delete-learner-app-settings"))) {
            ps.setString(1, "*:" + learner.id());
            ps.executeUpdate();
          }
          return null;
        });
    return deleted;
  }

  private static void pause() {
    try {
      Thread.sleep(PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(
          "interrupted while deleting; run the same delete again to finish it", e);
    }
  }
}
