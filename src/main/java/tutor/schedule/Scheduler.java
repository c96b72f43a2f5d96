package tutor.schedule;

import java.time.Instant;
import java.util.Map;

/** Decides what happens to a card when it is rated. Pure: time and randomness come in as arguments. */
public interface Scheduler {

  /**
   * Rates {@code card} at {@code now}. {@code fuzzSeed} is the only source of randomness: the same
   * seed gives the same interval. It is ignored when fuzz is off.
   *
   * @throws IllegalArgumentException if {@code now} is before the card's last review
   */
  ReviewOutcome review(CardState card, Rating rating, Instant now, long fuzzSeed);

  /** All four possible outcomes (an EnumMap); each equals {@code review(card, r, now, fuzzSeed)}. */
  Map<Rating, ReviewOutcome> preview(CardState card, Instant now, long fuzzSeed);

  /**
   * Probability of recalling the card at {@code now}, from its stability and the whole days elapsed
   * since the last review (so 1.0 all through the day of the review). A NEW card has no memory yet
   * and returns 0. An instant before the last review counts as 0 days.
   */
  double retrievability(CardState card, Instant now);

  /**
   * Like {@link #retrievability}, but counting the time since a review less than a day ago in
   * fractions of a day (short-term memory, {@link ShortTermMemory}): below 1 soon after a review.
   */
  default double shortTermRetrievability(CardState card, Instant now) {
    return retrievability(card, now);
  }

  /**
   * A skill's memory after one of its exercises is answered at {@code now}: any exercise of a skill
   * practises it, so the skill has a memory of its own beside its exercises' cards (docs/mastery.md,
   * "Keep what is mastered"). The memory is kept as a REVIEW card whose last review is the last
   * practice; {@code skill} is null before the first right answer (misses before it are not
   * forgetting: the skill was not known yet), and so is the result of a first miss.
   */
  CardState practised(CardState skill, boolean right, Instant now);
}
