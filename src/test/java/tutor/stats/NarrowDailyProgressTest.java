package tutor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.schedule.StudyDay;
import tutor.store.Store;
import tutor.store.Stores;

/**
 * The streak and today's progress from narrow questions to the log ({@link
 * DailyProgress#of(tutor.store.History, long, Instant, StudyDay, Integer, Integer)}: today's
 * answers and one indexed look per day) equal what the whole log summed per quarter hour gives, on
 * generated histories: gaps and runs of study days, answers after "now" (a simulated clock), times
 * zones with daylight saving and rollover hours, "now" with and without a fraction of a
 * millisecond.
 */
class NarrowDailyProgressTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path dir;

  @Test
  void theNarrowQuestionsGiveWhatTheWholeLogGives() throws Exception {
    Set<Integer> streaks = new HashSet<>();
    int compared = 0;
    for (int seed = 0; seed < 40; seed++) {
      Random rnd = new Random(seed);
      Path db = dir.resolve("t" + seed + ".db");
      long learner;
      try (Store store = Stores.open(db)) {
        learner = store.currentLearner(START).id();
      }
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        c.setAutoCommit(false);
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO reviews(learner_id, pack_id, exercise_id, reviewed_at, kind, rating,"
                    + " correct, response_ms, hints_used, answer, phase_before, elapsed_days,"
                    + " scheduled_days, stability, difficulty, card_before, mastery_before)"
                    + " VALUES (?, 'p', 'e', ?, 'study', ?, 1, ?, 0, 'x', ?, 0, 0, 1, 5, NULL, '{}')")) {
          // runs of study days and gaps, back from a few days after START
          Instant t = START.plus(Duration.ofDays(3));
          int days = rnd.nextInt(200);
          for (int d = 0; d < days; d++) {
            if (rnd.nextInt(5) != 0) {
              for (int a = 0; a < 1 + rnd.nextInt(4); a++) {
                ps.setLong(1, learner);
                ps.setLong(2, t.minus(Duration.ofMinutes(rnd.nextInt(24 * 60))).toEpochMilli() + a);
                ps.setInt(3, 1 + rnd.nextInt(4));
                if (rnd.nextInt(4) == 0) ps.setNull(4, java.sql.Types.INTEGER);
                else ps.setLong(4, rnd.nextInt(60_000));
                ps.setString(5, rnd.nextBoolean() ? "review" : "new");
                ps.executeUpdate();
              }
            }
            t = t.minus(Duration.ofDays(rnd.nextInt(6) == 0 ? 2 : 1));
          }
        }
        c.commit();
      }
      try (Store store = Stores.open(db)) {
        for (int round = 0; round < 8; round++) {
          Instant now =
              START
                  .plus(Duration.ofMinutes(rnd.nextInt(6 * 24 * 60) - 3 * 24 * 60))
                  .plusNanos(rnd.nextBoolean() ? 0 : rnd.nextInt(1_000_000));
          StudyDay day =
              new StudyDay(
                  ZoneId.of(
                      List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kathmandu")
                          .get(rnd.nextInt(4))),
                  rnd.nextInt(6));
          Integer minutes = rnd.nextBoolean() ? 10 + rnd.nextInt(20) : null;
          Integer exercises = rnd.nextBoolean() ? 5 + rnd.nextInt(20) : null;
          DailyProgress whole =
              DailyProgress.of(
                  Activity.ofTallies(store.history().tallies(learner, now, null), day),
                  day.dateOf(now),
                  minutes,
                  exercises);
          DailyProgress narrow =
              DailyProgress.of(store.history(), learner, now, day, minutes, exercises);
          assertEquals(whole, narrow, "seed " + seed + " round " + round + " at " + now);
          assertEquals(whole.atStart(), narrow.atStart());
          assertEquals(whole.atEnd(), narrow.atEnd());
          streaks.add(whole.streaks().current());
          compared++;
        }
      }
    }
    assertEquals(320, compared);
    assertTrue(streaks.contains(0) && streaks.size() > 4, "streaks generated: " + streaks);
  }
}
