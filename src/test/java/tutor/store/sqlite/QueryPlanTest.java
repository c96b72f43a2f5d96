package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

  /**
   * What a start with a goal reads: the newest answer times from the tally index's end (by id, the
   * whole log was read and sorted), and its skills' tallies leave retired exercises out by a list
   * of them (each exercise's row, with its stored JSON, was read for it).
   */
  @Test
  void aGoalsStartReadsIndexesAlone() throws Exception {
    Path db = dir.resolve("t.db");
    try (Store store = Stores.open(db)) {
      store.currentLearner(Instant.parse("2026-03-01T10:00:00Z"));
    }
    try (Connection c = Driver.connect("jdbc:sqlite:" + db, null);
        Statement s = c.createStatement()) {
      String times = plan(s, Sql.of(GoalStore.class).get("latest-answer-times").replace("?", "1"));
      assertTrue(times.contains("USING COVERING INDEX reviews_tally"), times);
      assertFalse(times.contains("TEMP B-TREE FOR ORDER BY"), times);
      String load =
          plan(s, Sql.of(GoalStore.class).get("review-load").replaceAll("\\?[0-9]", "'p'"));
      assertTrue(load.contains("LIST SUBQUERY"), load);
      assertFalse(load.contains("exercises_outline (retired=? AND pack_id=?); SEARCH k"), load);
      org.sqlite.Function.create(
          c,
          SkillTallies.RECALL_FUNCTION,
          new org.sqlite.Function() {
            @Override
            protected void xFunc() {}
          }); // planned, never called
      String tallies =
          plan(s, Sql.of(SkillTallies.class).get("pack-tallies").replaceAll("\\?[0-9]", "'p'"));
      assertTrue(tallies.contains("LIST SUBQUERY"), tallies);
      assertFalse(tallies.contains("SEARCH e USING"), tallies);
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
