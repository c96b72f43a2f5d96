package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.store.Store;
import tutor.store.Stores;

/**
 * Statements a session's start runs on the review log read an index alone, as SQLite of the jar
 * plans them (a plan that reads each of today's answers from its row cost a heavy learner 0.1 to
 * 0.4 s).
 */
class QueryPlanTest {
  @TempDir Path dir;

  @Test
  void todaysCountsAreReadFromTheTallyIndexAlone() throws Exception {
    Path db = dir.resolve("t.db");
    try (Store store = Stores.open(db)) {
      store.currentLearner(Instant.parse("2026-03-01T10:00:00Z"));
    }
    Sql sql = Sql.of(LearnerActivity.class);
    try (Connection c = Driver.connect("jdbc:sqlite:" + db, null);
        Statement s = c.createStatement()) {
      for (String name : new String[] {"introduced-since", "reviewed-since"}) {
        String plan = plan(s, sql.get(name).replace("?", "1"));
        assertTrue(plan.contains("USING COVERING INDEX reviews_tally"), name + ": " + plan);
      }
    }
  }

  private static String plan(Statement s, String statement) throws Exception {
    StringBuilder out = new StringBuilder();
    try (ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + statement)) {
      while (rs.next()) out.append(rs.getString(4)).append("; ");
    }
    return out.toString();
  }
}
