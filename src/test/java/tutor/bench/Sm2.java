package tutor.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tutor.schedule.Rating;

/**
 * SM-2 as Anki schedules with its default deck options, for the benchmark only: learning steps 1m
 * 10m, graduating interval 1 day, easy interval 4 days, starting ease 250%, easy bonus 130%, hard
 * interval 120%, relearning step 10m, new interval after a lapse 0% (so 1 day), ease -20% per lapse
 * and never below 130%, maximum interval 36500 days. No fuzz.
 */
final class Sm2 {
  private static final List<Duration> LEARNING =
      List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
  private static final Duration RELEARNING = Duration.ofMinutes(10);
  private static final double STARTING_EASE = 2.5;
  private static final double MIN_EASE = 1.3;
  private static final int MAX_INTERVAL = 36500;

  enum Phase {
    LEARNING,
    REVIEW,
    RELEARNING
  }

  /**
   * @param step learning step index (LEARNING only)
   * @param interval days of the current review interval (REVIEW, RELEARNING)
   * @param due when the card is next due (a step's minute, or the day of the interval)
   */
  record Card(Phase phase, int step, double ease, int interval, Instant due, Instant lastReview) {}

  private Sm2() {}

  /** The card after a rating at {@code now}; {@code card} is null for a new card. */
  static Card review(Card card, Rating rating, Instant now, long daysLate) {
    if (card == null || card.phase() == Phase.LEARNING) {
      int step = card == null ? 0 : card.step();
      return switch (rating) {
        case AGAIN -> learning(0, now.plus(LEARNING.get(0)), now);
        case HARD ->
            learning(step, now.plus(step == 0 ? Duration.ofSeconds(330) : LEARNING.get(step)), now);
        case GOOD ->
            step + 1 < LEARNING.size()
                ? learning(step + 1, now.plus(LEARNING.get(step + 1)), now)
                : review(STARTING_EASE, 1, now);
        case EASY -> review(STARTING_EASE, 4, now);
      };
    }
    if (card.phase() == Phase.RELEARNING) {
      return switch (rating) {
        case AGAIN, HARD ->
            new Card(Phase.RELEARNING, 0, card.ease(), card.interval(), now.plus(RELEARNING), now);
        case GOOD -> review(card.ease(), card.interval(), now);
        case EASY -> review(card.ease(), card.interval() + 1, now);
      };
    }
    int ivl = card.interval();
    double ease = card.ease();
    return switch (rating) {
      case AGAIN ->
          new Card(
              Phase.RELEARNING, 0, Math.max(MIN_EASE, ease - 0.2), 1, now.plus(RELEARNING), now);
      case HARD ->
          review(
              Math.max(MIN_EASE, ease - 0.15), Math.max(ivl + 1, (int) Math.round(ivl * 1.2)), now);
      case GOOD -> review(ease, good(ivl, ease, daysLate), now);
      case EASY ->
          review(
              ease + 0.15,
              Math.max(
                  good(ivl, ease, daysLate) + 1, (int) Math.round((ivl + daysLate) * ease * 1.3)),
              now);
    };
  }

  private static int good(int ivl, double ease, long daysLate) {
    int hard = Math.max(ivl + 1, (int) Math.round(ivl * 1.2));
    return Math.max(hard + 1, (int) Math.round((ivl + daysLate / 2.0) * ease));
  }

  private static Card learning(int step, Instant due, Instant now) {
    return new Card(Phase.LEARNING, step, STARTING_EASE, 0, due, now);
  }

  private static Card review(double ease, int days, Instant now) {
    int ivl = Math.min(days, MAX_INTERVAL);
    return new Card(Phase.REVIEW, 0, ease, ivl, now.plus(Duration.ofDays(ivl)), now);
  }
}
