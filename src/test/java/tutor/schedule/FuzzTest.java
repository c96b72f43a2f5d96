package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FuzzTest {
  private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
  private static final SchedulerConfig FUZZ = SchedulerConfig.defaults();

  /** REVIEW card with S = 100 days reviewed at its due date: Good is about 100 days unfuzzed. */
  private static final CardState MATURE =
      new CardState(CardPhase.REVIEW, 0, 100, 5, T0.plus(Duration.ofDays(100)), T0, 6, 0);

  private static final Instant AT_DUE = MATURE.due();

  @Test
  void theSameSeedAlwaysGivesTheSameInterval() {
    Scheduler a = new FsrsScheduler(FUZZ);
    Scheduler b = new FsrsScheduler(FUZZ);
    for (long seed = 0; seed < 50; seed++) {
      assertEquals(
          a.review(MATURE, Rating.GOOD, AT_DUE, seed), b.review(MATURE, Rating.GOOD, AT_DUE, seed));
    }
  }

  @Test
  void seedsSpreadGoodOverExactlyItsFuzzRange() {
    Scheduler fuzzed = new FsrsScheduler(FUZZ);
    int unfuzzed =
        new FsrsScheduler(FUZZ.withFuzz(false))
            .review(MATURE, Rating.GOOD, AT_DUE, 0)
            .scheduledDays();
    IntervalFuzz.Range range = IntervalFuzz.range(unfuzzed, 100, FUZZ.maximumInterval());
    Set<Integer> seen = new HashSet<>();
    for (long seed = 0; seed < 2000; seed++) {
      seen.add(fuzzed.review(MATURE, Rating.GOOD, AT_DUE, seed).scheduledDays());
    }
    Set<Integer> expected = new HashSet<>();
    for (long d = range.min(); d <= range.max(); d++) {
      expected.add((int) d);
    }
    assertEquals(expected, seen);
  }

  @Test
  void fuzzRangeFollowsTheFsrsBands() {
    assertEquals(new IntervalFuzz.Range(2, 4), IntervalFuzz.range(3, 0, 36500)); // delta 1.075
    assertEquals(new IntervalFuzz.Range(8, 12), IntervalFuzz.range(10, 0, 36500)); // delta 1.975
    assertEquals(new IntervalFuzz.Range(93, 107), IntervalFuzz.range(100, 0, 36500)); // delta 6.975
    assertEquals(new IntervalFuzz.Range(27, 30), IntervalFuzz.range(30, 0, 30)); // capped
    assertEquals(new IntervalFuzz.Range(10, 12), IntervalFuzz.range(10, 9, 36500)); // > elapsed
  }

  @Test
  void everyFuzzedIntervalStaysWithinItsRangeAndTheMaximum() {
    for (int max : new int[] {1, 5, 60, 36500}) {
      for (int ivl = 1; ivl <= 400; ivl++) {
        for (long seed = 0; seed < 20; seed++) {
          int fuzzed = IntervalFuzz.seeded(seed, 0, max).apply(Math.min(ivl, max));
          assertTrue(fuzzed >= 1 && fuzzed <= max, ivl + " -> " + fuzzed);
          if (ivl >= 3 && max >= 3) {
            IntervalFuzz.Range r = IntervalFuzz.range(Math.min(ivl, max), 0, max);
            assertTrue(fuzzed >= r.min() && fuzzed <= r.max(), ivl + " -> " + fuzzed);
          }
        }
      }
    }
  }

  @Test
  void intervalsUnderTwoAndAHalfDaysAreNotFuzzed() {
    for (long seed = 0; seed < 100; seed++) {
      IntervalFuzz fuzz = IntervalFuzz.seeded(seed, 0, 36500);
      assertEquals(1, fuzz.apply(1));
      assertEquals(2, fuzz.apply(2));
    }
  }

  @Test
  void fuzzedReviewIntervalsNeverExceedTheMaximumAndStayOrdered() {
    Scheduler capped = new FsrsScheduler(FUZZ.withMaximumInterval(50));
    for (long seed = 0; seed < 500; seed++) {
      Map<Rating, ReviewOutcome> next = capped.preview(MATURE, AT_DUE, seed);
      int hard = next.get(Rating.HARD).scheduledDays();
      int good = next.get(Rating.GOOD).scheduledDays();
      int easy = next.get(Rating.EASY).scheduledDays();
      assertTrue(
          1 <= hard && hard <= good && good <= easy && easy <= 50, hard + " " + good + " " + easy);
    }
  }

  @Test
  void fuzzKeepsHardBeforeGoodBeforeEasy() {
    Scheduler fuzzed = new FsrsScheduler(FUZZ);
    for (double stability : new double[] {0.5, 2, 4, 9, 30, 365}) {
      CardState card = new CardState(CardPhase.REVIEW, 0, stability, 6, T0, T0, 4, 0);
      for (int days = 0; days <= 40; days += 4) {
        for (long seed = 0; seed < 30; seed++) {
          Map<Rating, ReviewOutcome> next =
              fuzzed.preview(card, T0.plus(Duration.ofDays(days)), seed);
          int hard = next.get(Rating.HARD).scheduledDays();
          int good = next.get(Rating.GOOD).scheduledDays();
          int easy = next.get(Rating.EASY).scheduledDays();
          assertTrue(1 <= hard && hard < good && good < easy, hard + " " + good + " " + easy);
        }
      }
    }
  }

  @Test
  void fuzzNeverChangesLearningOrRelearningSteps() {
    Scheduler fuzzed = new FsrsScheduler(FUZZ);
    Scheduler plain = new FsrsScheduler(FUZZ.withFuzz(false));
    CardState learning = plain.review(CardState.newCard(T0), Rating.GOOD, T0, 0).card();
    for (long seed = 0; seed < 20; seed++) {
      for (Rating rating : new Rating[] {Rating.AGAIN, Rating.HARD}) {
        assertEquals(
            plain.review(learning, rating, learning.due(), 0),
            fuzzed.review(learning, rating, learning.due(), seed));
      }
      assertEquals(
          plain.review(MATURE, Rating.AGAIN, AT_DUE, 0),
          fuzzed.review(MATURE, Rating.AGAIN, AT_DUE, seed));
    }
  }
}
