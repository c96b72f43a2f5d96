package tutor.mastery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.SchedulerConfig;

/** The first fading day is the day on which a day-by-day reading of the cards first says fading. */
class FadingDayTest {
  private static final FsrsScheduler FSRS = new FsrsScheduler(SchedulerConfig.defaults());
  private static final FadingDay.Recall RECALL = FSRS::retrievability;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void theFirstFadingDayIsWhereADayByDayReadingFirstSaysFading(long seed) {
    Random rnd = new Random(seed);
    int n = 1 + rnd.nextInt(40);
    long[] days = new long[n];
    double[] stabilities = new double[n];
    for (int i = 0; i < n; i++) {
      days[i] = 20_000 + rnd.nextInt(200);
      // short memories and long ones, as a skill's exercises have them
      stabilities[i] = rnd.nextBoolean() ? 0.1 + rnd.nextDouble() * 5 : rnd.nextDouble() * 300;
    }
    long first = FadingDay.first(days, stabilities, RECALL);
    long day = 19_990;
    while (!FadingDay.fadingOn(day, days, stabilities, RECALL)) day++;
    assertEquals(day, first, "the first day read day by day");
    for (long d = first; d < first + 400; d++)
      assertTrue(FadingDay.fadingOn(d, days, stabilities, RECALL), "fading stays until answered");
  }

  @Test
  void aCurveIsReadBackFromItsBasisAndNothingElseIs() {
    tutor.schedule.StudyDay day =
        new tutor.schedule.StudyDay(java.time.ZoneId.of("America/St_Johns"), 5);
    double[] w = tutor.schedule.FsrsParameters.DEFAULT.w();
    w[20] = 0.3141;
    FadingDay.Curve curve = FadingDay.Curve.of(day, new tutor.schedule.FsrsParameters(w));
    FadingDay.Curve back = FadingDay.Curve.parse(curve.basis()).orElseThrow();
    assertEquals(curve.basis(), back.basis());
    java.time.Instant at = java.time.Instant.parse("2026-11-01T07:59:00Z");
    assertEquals(curve.day().applyAsLong(at), back.day().applyAsLong(at));
    assertEquals(curve.recall().retrievability(9, 2.5), back.recall().retrievability(9, 2.5));
    for (String other :
        new String[] {
          "", "v0 day UTC 4h decay 0.1542", "v1 day Mars/Olympus 4h decay 0.1542",
          "v1 day UTC 25h decay 0.1542", "v1 day UTC 4h decay lots", "v1 day UTC 4 decay 0.1542"
        }) assertTrue(FadingDay.Curve.parse(other).isEmpty(), other);
  }

  @Test
  void nothingReviewedNeverFades() {
    assertEquals(FadingDay.NEVER, FadingDay.first(new long[0], new double[0], RECALL));
  }

  @Test
  void aMemoryOfAHundredYearsFadesCenturiesOnOrNever() {
    long first = FadingDay.first(new long[] {20_000}, new double[] {36_500}, RECALL);
    assertTrue(first > 20_000 + 36_500, "not before its stability has long passed: " + first);
    assertFalse(FadingDay.fadingOn(first - 1, new long[] {20_000}, new double[] {36_500}, RECALL));
    assertTrue(FadingDay.fadingOn(first, new long[] {20_000}, new double[] {36_500}, RECALL));
  }

  @Test
  void aReviewOnALaterDayThanAskedCountsAsToday() {
    // The clock set back: FSRS reads elapsed days as 0, recall 1, never a rise above it.
    assertFalse(FadingDay.fadingOn(100, new long[] {500}, new double[] {0.1}, RECALL));
  }

  @Test
  void oneStabilityPerCard() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FadingDay.first(new long[] {1, 2}, new double[] {1}, RECALL));
  }
}
