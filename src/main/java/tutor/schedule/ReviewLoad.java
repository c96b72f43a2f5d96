package tutor.schedule;

import java.time.Instant;

/**
 * How welcome a review is on a given day, for spreading reviews (Anki's load balancer): when the
 * fuzz range offers several equally good days, one is drawn in proportion to these weights, with
 * the card's own fuzz seed, so the choice stays deterministic per card.
 */
@FunctionalInterface
public interface ReviewLoad {
  /** Weight (> 0) of a review {@code days} days after {@code now}; equal weights = plain fuzz. */
  double weight(Instant now, long days);

  ReviewLoad NONE = (now, days) -> 1;
}
