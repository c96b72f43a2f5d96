package tutor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes every row of one learner, in one transaction: their rows in every learner table (found
 * by their learner_id column, so tables of later migrations are covered), the learner, the
 * "current learner" setting if it names them, and app settings kept per learner (keys ending in
 * ":" and the learner's id, such as "last_pick:3"), since a later learner may get the same id.
 */
public final class LearnerEraser {
  private LearnerEraser() {}

  /** What the learner has, per learner table: rows that erasing would delete. */
  public static Map<String, Integer> rows(SqliteStore store, Learner learner) {
    Connection c = store.connection();
    return Transactions.inTransaction(c, () -> LearnerTables.counts(c, learner.id()));
  }

  /** Deletes the learner and all their rows; returns the rows deleted per table. */
  public static Map<String, Integer> erase(SqliteStore store, Learner learner) {
    Connection c = store.connection();
    return Transactions.inTransaction(c, () -> {
      Map<String, Integer> deleted = new LinkedHashMap<>();
      List<String> tables = new ArrayList<>(LearnerTables.names(c));
      Collections.reverse(tables); // rows that refer to others go first
      for (String t : tables) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + LearnerTables.quote(t) + " WHERE learner_id = ?")) {
          ps.setLong(1, learner.id());
          deleted.put(t, ps.executeUpdate());
        }
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM learners WHERE id = ?")) {
        ps.setLong(1, learner.id());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_settings WHERE key = ? AND value = ?")) {
        ps.setString(1, SqliteStore.CURRENT_LEARNER);
        ps.setString(2, learner.name());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_settings WHERE key GLOB ?")) {
        ps.setString(1, "*:" + learner.id());
        ps.executeUpdate();
      }
      return deleted;
    });
  }
}
