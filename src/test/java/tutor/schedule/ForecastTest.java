package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastTest {
  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private static long dayOf(Instant t) {
    return Math.floorDiv(
        Duration.between(NOW.truncatedTo(java.time.temporal.ChronoUnit.DAYS), t).toHours(), 24);
  }

  private static CardState review(double s, int dueInDays) {
    return new CardState(
        CardPhase.REVIEW,
        0,
        s,
        5,
        NOW.plus(Duration.ofDays(dueInDays)),
        NOW.minus(Duration.ofDays(Math.max(1, (long) s - dueInDays))),
        3,
        0);
  }

  private static int[] forecast(List<CardState> cards, double retention, int days) {
    FsrsScheduler s =
        new FsrsScheduler(
            SchedulerConfig.defaults().withFuzz(false).withDesiredRetention(retention));
    return Forecast.reviewsPerDay(cards, s, NOW, days, ForecastTest::dayOf);
  }

  @Test
  void aCardIsCountedOnTheDayItFallsDueAndThenAfterItsNextInterval() {
    int[] load = forecast(List.of(review(5, 3)), 0.9, 10);
    assertEquals(1, load[3]);
    assertEquals(0, load[0] + load[1] + load[2]);
    int after = 0;
    for (int d = 4; d < 10; d++) after += load[d];
    assertTrue(after <= 1, "the next interval after a Good review of S=5 is more than a few days");
  }

  @Test
  void overdueCardsCountToday() {
    assertArrayEquals(new int[] {1, 0, 0}, forecast(List.of(review(30, -5)), 0.9, 3));
  }

  @Test
  void aHigherDesiredRetentionNeverMeansFewerReviews() {
    List<CardState> cards = new ArrayList<>();
    for (int i = 0; i < 40; i++) cards.add(review(1 + i % 17, i % 9));
    int previous = -1;
    for (double r : new double[] {0.8, 0.85, 0.9, 0.95}) {
      int total = java.util.Arrays.stream(forecast(cards, r, 30)).sum();
      assertTrue(total >= previous, "retention " + r + ": " + total + " < " + previous);
      previous = total;
    }
  }

  @Test
  void newCardsAreNotForecast() {
    assertArrayEquals(new int[] {0, 0}, forecast(List.of(CardState.newCard(NOW)), 0.9, 2));
  }

  @Test
  void anExerciseInLearningCountsOnceOnADayHoweverManyStepsItTakes() {
    CardState learning =
        new CardState(CardPhase.LEARNING, 0, 1, 5, NOW, NOW.minus(Duration.ofMinutes(1)), 1, 0);
    assertEquals(1, forecast(List.of(learning), 0.9, 3)[0]);
  }
}
