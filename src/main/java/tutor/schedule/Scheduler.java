package tutor.schedule;

import java.time.Instant;
import java.util.Map;

/**
 * Decides what happens to a card when it is rated. Pure: time and randomness come in as arguments.
 */
public interface Scheduler {

  /**
   * Rates {@code card} at {@code now}. {@code fuzzSeed} is the only source of randomness: the same
   * seed gives the same interval. It is ignored when fuzz is off.
   *
   * @throws IllegalArgumentException if {@code now} is before the card's last review
   */
  ReviewOutcome review(CardState card, Rating rating, Instant now, long fuzzSeed);

  /**
   * Rates {@code card} as a review in days, skipping learning steps: a card answered right in a
   * placement test, shown known, is scheduled as a graduated card (for a new card, at its first
   * rating's initial stability), not minutes away on the steps. A card already in review is rated
   * as by {@link #review}.
   */
  default ReviewOutcome reviewInDays(CardState card, Rating rating, Instant now, long fuzzSeed) {
    return review(card, rating, now, fuzzSeed);
  }

  /**
   * All four possible outcomes (an EnumMap); each equals {@code review(card, r, now, fuzzSeed)}.
   */
  Map<Rating, ReviewOutcome> preview(CardState card, Instant now, long fuzzSeed);

  /**
   * Probability of recalling the card at {@code now}, from its stability and the whole days elapsed
   * since the last review (so 1.0 all through the day of the review). A NEW card has no memory yet
   * and returns 0. An instant before the last review counts as 0 days.
   */
  double retrievability(CardState card, Instant now);

  /**
   * The retrievability of a card in review after {@code daysPerStability} whole days elapsed per
   * day of its stability: {@link #retrievability} depends on nothing else, and falls as it grows,
   * so the cards most at risk can be read in that order and a bound on it bounds the
   * retrievability.
   */
  double retrievabilityAfter(double daysPerStability);

  /**
   * Like {@link #retrievability}, but counting the time since a review less than a day ago in
   * fractions of a day (short-term memory, {@link ShortTermMemory}): below 1 soon after a review.
   */
  default double shortTermRetrievability(CardState card, Instant now) {
    return retrievability(card, now);
  }

  /**
   * What a study day is for this scheduler: whole days between two instants (UTC dates unless
   * configured).
   */
  default DayCounter days() {
    return DayCounter.UTC;
  }
}
