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
          // Today is the whole study day: answers later today than now count too (--now).
          Instant lastOfToday = day.startOf(day.dateOf(now).plusDays(1)).minusMillis(1);
          DailyProgress whole =
              DailyProgress.of(
                  Activity.ofTallies(store.history().tallies(learner, lastOfToday, null), day),
                  day.dateOf(now),
                  minutes,
                  exercises);
          DailyProgress narrow =
              DailyProgress.of(store.history(), learner, now, day, minutes, exercises);
          assertEquals(whole, narrow, "seed " + seed + " round " + round + " at " + now);
          assertEquals(whole.atStart(), narrow.atStart());
          assertEquals(whole.atEnd(), narrow.atEnd());
          assertEquals(
              whole.atStart(),
              DailyProgress.startLine(store.history(), learner, now, day, minutes, exercises),
              "the start line from the current streak's days alone");
          streaks.add(whole.streaks().current());
          compared++;
        }
      }
    }
    assertEquals(320, compared);
    assertTrue(streaks.contains(0) && streaks.size() > 4, "streaks generated: " + streaks);
  }

  /**
   * The study days the store finds are the days of every answer up to "now", as {@link
   * StudyDay#dateOf} counts them, on histories the whole-log reference cannot sum (quarter-hour
   * tallies assume offsets of whole quarters and times after 1970): long runs of study days that
   * need more than one window for the start line, gaps of years, answers before 1970 and in local
   * mean time (offsets in seconds), answers a millisecond either side of a day's start, zones with
   * daylight saving at midnight, half-hour saving and a skipped day.
   */
  @Test
  void theStudyDaysAreTheDaysOfEveryAnswer() throws Exception {
    List<String> zones =
        List.of(
            "UTC",
            "Europe/Berlin",
            "America/New_York",
            "Asia/Kathmandu",
            "Australia/Lord_Howe",
            "America/Sao_Paulo",
            "Pacific/Apia");
    Set<Integer> streaks = new HashSet<>();
    int compared = 0;
    for (int seed = 0; seed < 24; seed++) {
      Random rnd = new Random(seed);
      Path db = dir.resolve("d" + seed + ".db");
      long learner;
      try (Store store = Stores.open(db)) {
        learner = store.currentLearner(START).id();
      }
      StudyDay written =
          new StudyDay(ZoneId.of(zones.get(rnd.nextInt(zones.size()))), rnd.nextInt(24));
      List<Long> times = new java.util.ArrayList<>();
      // a run of study days up to a few days after START, long enough at times for several windows
      java.time.LocalDate d = written.dateOf(START.plus(Duration.ofDays(2)));
      int run =
          rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(3) == 0 ? 30 + rnd.nextInt(700) : rnd.nextInt(40);
      for (int i = 0; i < run; i++, d = d.minusDays(1)) {
        Instant from = written.startOf(d);
        Instant to = written.startOf(d.plusDays(1));
        int kind = rnd.nextInt(4);
        // first or last millisecond of the day, or anywhere in it
        if (kind == 0) times.add(from.toEpochMilli());
        else if (kind == 1) times.add(to.toEpochMilli() - 1);
        else
          times.add(
              from.toEpochMilli()
                  + (long) (rnd.nextDouble() * (to.toEpochMilli() - from.toEpochMilli())));
      }
      // older history: sparse days, years apart at times, back to before 1970 and to 1659
      Instant t = written.startOf(d).minus(Duration.ofDays(2 + rnd.nextInt(30)));
      for (int i = rnd.nextInt(300); i > 0; i--) {
        times.add(t.toEpochMilli() - rnd.nextInt(86_400_000));
        long gap = rnd.nextInt(10) == 0 ? 365L * (1 + rnd.nextInt(60)) : 1 + rnd.nextInt(5);
        t = t.minus(Duration.ofDays(gap));
      }
      if (rnd.nextBoolean()) times.add(Instant.parse("1659-04-25T00:00:00Z").toEpochMilli());
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        c.setAutoCommit(false);
        for (long ms : times) insert(c, learner, Instant.ofEpochMilli(ms));
        c.commit();
      }
      try (Store store = Stores.open(db)) {
        for (int round = 0; round < 6; round++) {
          // mostly the zone the history was written in, else another one
          StudyDay day =
              rnd.nextInt(3) > 0
                  ? written
                  : new StudyDay(ZoneId.of(zones.get(rnd.nextInt(zones.size()))), rnd.nextInt(24));
          Instant now =
              START
                  .plus(Duration.ofMinutes(rnd.nextInt(6 * 24 * 60) - 3 * 24 * 60))
                  .plusNanos(rnd.nextBoolean() ? 0 : rnd.nextInt(1_000_000));
          Instant from =
              rnd.nextBoolean() ? null : Instant.ofEpochMilli(times.get(rnd.nextInt(times.size())));
          java.util.SortedSet<java.time.LocalDate> expected = new java.util.TreeSet<>();
          java.util.SortedSet<java.time.LocalDate> all = new java.util.TreeSet<>();
          for (long ms : times) {
            Instant at = Instant.ofEpochMilli(ms);
            // the streak counts every answer of today, even one later than now (--now)
            if (!day.dateOf(at).isAfter(day.dateOf(now))) all.add(day.dateOf(at));
            if (at.isAfter(now)) continue;
            if (from == null || !at.isBefore(from)) expected.add(day.dateOf(at));
          }
          String where = "seed " + seed + " round " + round + " " + day + " at " + now;
          assertEquals(expected, store.history().studyDays(learner, day, from, now), where);
          DailyProgress narrow = DailyProgress.of(store.history(), learner, now, day, 20, null);
          assertEquals(Streaks.of(all, day.dateOf(now)), narrow.streaks(), where);
          assertEquals(
              narrow.atStart(),
              DailyProgress.startLine(store.history(), learner, now, day, 20, null),
              where);
          streaks.add(narrow.streaks().current());
          compared++;
        }
      }
    }
    assertEquals(144, compared);
    assertTrue(
        streaks.stream().anyMatch(n -> n > 32 * 4 + 1),
        "a streak longer than two windows of the start line: " + streaks);
  }

  /**
   * The streak kept from an earlier session ({@link tutor.store.History#streakMark}) counts what
   * the answers count, day after day of long streaks: with answers of today added, a past answer
   * undone (the store drops the mark), a past day's answer imported into a gap (dropped too), and
   * the study day moved to another zone or rollover hour (a mark of another study day is not used).
   */
  @Test
  void aStreakKeptFromAnEarlierSessionCountsWhatTheAnswersCount() throws Exception {
    StudyDay utc = new StudyDay(ZoneId.of("UTC"), 4);
    StudyDay berlin = new StudyDay(ZoneId.of("Europe/Berlin"), 0);
    int used = 0;
    int dropped = 0;
    int longest = 0;
    for (int seed = 0; seed < 12; seed++) {
      Random rnd = new Random(seed);
      Path db = dir.resolve("m" + seed + ".db");
      long learner;
      try (Store store = Stores.open(db)) {
        learner = store.currentLearner(START).id();
      }
      // one answer at about noon UTC on each of 40 to 600 days before START, a gap every 45
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          Store store = Stores.open(db)) {
        int run = 40 + rnd.nextInt(560);
        for (int i = 1; i <= run; i++) {
          if (i % 45 == 0) continue; // a gap every 45 days
          insert(
              c,
              learner,
              START.minus(Duration.ofDays(i)).plusSeconds(7_200L - rnd.nextInt(14_400)));
        }
        int filled = 0; // gaps filled by imports, the nearest first
        for (int d = 0; d < 14; d++) {
          Instant now = START.plus(Duration.ofDays(d)).plusSeconds(rnd.nextInt(36_000));
          StudyDay day = rnd.nextInt(5) == 0 ? berlin : utc;
          // mostly studied today (and yesterday: a long streak goes on), now and then not
          int action = rnd.nextInt(6);
          if (action != 5 && rnd.nextInt(8) > 0) insert(c, learner, now.minusSeconds(60));
          if (action == 3) {
            // undone: the only answer of a past day
            long at = START.minus(Duration.ofDays(1 + rnd.nextInt(run))).toEpochMilli();
            try (PreparedStatement ps =
                c.prepareStatement(
                    "DELETE FROM reviews WHERE learner_id = ? AND reviewed_at BETWEEN ? AND ?")) {
              ps.setLong(1, learner);
              ps.setLong(2, at - 14_400_000L);
              ps.setLong(3, at + 14_400_000L);
              ps.executeUpdate();
            }
          }
          if (action == 4) {
            // imported: an answer of a past day, often into a gap
            int back = rnd.nextBoolean() ? 45 * ++filled : 1 + rnd.nextInt(run);
            insert(c, learner, START.minus(Duration.ofDays(back)));
          }
          boolean marked = store.history().streakMark(learner, day).isPresent();
          if (action == 3 || action == 4) {
            if (!marked) dropped++;
          }
          String where = "seed " + seed + " day " + d + " action " + action + " " + day;
          // Today is the whole study day: answers later today than now count too (--now).
          Instant lastOfToday = day.startOf(day.dateOf(now).plusDays(1)).minusMillis(1);
          DailyProgress whole =
              DailyProgress.of(
                  Activity.ofTallies(store.history().tallies(learner, lastOfToday, null), day),
                  day.dateOf(now),
                  20,
                  null);
          String line = DailyProgress.startLine(store.history(), learner, now, day, 20, null);
          assertEquals(whole.atStart(), line, where);
          if (marked) used++;
          longest = Math.max(longest, whole.streaks().current());
          assertEquals(
              java.util.Optional.of(day.dateOf(now).minusDays(1)),
              store.history().streakMark(learner, day).map(m -> m.through()),
              "kept through yesterday: " + where);
        }
      }
    }
    assertTrue(used > 50, "sessions that found a mark: " + used);
    assertTrue(longest > 60, "the longest streak met: " + longest);
    assertTrue(dropped > 5, "marks dropped by a change of the past: " + dropped);
  }

  private static void insert(Connection c, long learner, Instant at) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO reviews(learner_id, pack_id, exercise_id, reviewed_at, kind, rating,"
                + " correct, response_ms, hints_used, answer, phase_before, elapsed_days,"
                + " scheduled_days, stability, difficulty, card_before, mastery_before)"
                + " VALUES (?, 'p', 'e', ?, 'study', 3, 1, 1000, 0, 'x', 'review', 0, 0, 1, 5,"
                + " NULL, '{}')")) {
      ps.setLong(1, learner);
      ps.setLong(2, at.toEpochMilli());
      ps.executeUpdate();
    }
  }
}
