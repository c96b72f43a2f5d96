package tutor.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * Predicted success of a card answered earlier the same day (docs/mastery.md, "Short-term memory").
 * FSRS counts whole days, so a card reviewed today has a retrievability of 1 all day, even one just
 * missed eight times. Two corrections, both pure:
 *
 * <ul>
 *   <li>the time since the last review counts in fractions of a day while it is under a day
 *       (FSRS-6's forgetting curve with elapsed &lt; 1; short-term stability after a miss is small,
 *       so this already falls below 1);
 *   <li>today's answers to the card are evidence of their own: the prediction is a Beta-binomial
 *       mean with that retrievability as prior worth {@link #PRIOR_WEIGHT} answers, so one miss
 *       takes it to about two thirds and eight misses to about a fifth. A miss can never leave it
 *       at 1.
 * </ul>
 */
public final class ShortTermMemory {
  /** How many answers the forgetting curve's prediction is worth against today's own answers. */
  public static final double PRIOR_WEIGHT = 2;

  /** Answers to one card today: right and missed. */
  public record Tally(int right, int missed) {
    public static final Tally NONE = new Tally(0, 0);

    public Tally {
      if (right < 0 || missed < 0) throw new IllegalArgumentException("counts must be >= 0");
    }

    public Tally plus(boolean rightAnswer) {
      return rightAnswer ? new Tally(right + 1, missed) : new Tally(right, missed + 1);
    }
  }

  private ShortTermMemory() {}

  /**
   * FSRS retrievability of a seen card at {@code now}, with the elapsed time in fractional days
   * when it is under a day, else the whole days {@code wholeDays} the scheduler counts.
   */
  public static double retrievability(
      FsrsModel model, CardState card, Instant now, long wholeDays) {
    if (card.phase() == CardPhase.NEW || card.lastReview() == null) return 0;
    Duration since = Duration.between(card.lastReview(), now);
    if (since.isNegative()) return 1;
    double fraction = since.toMillis() / 86_400_000.0;
    double days = fraction < 1 ? fraction : Math.max(0, wholeDays);
    return model.retrievability(days, card.stability());
  }

  /**
   * Predicted chance of a right answer: {@code recall} (the forgetting curve's) corrected by
   * today's answers to the card. Without answers today it is {@code recall} itself.
   */
  public static double predictedSuccess(double recall, Tally today) {
    if (today == null || today.right() + today.missed() == 0) return recall;
    return (PRIOR_WEIGHT * recall + today.right())
        / (PRIOR_WEIGHT + today.right() + today.missed());
  }
}
