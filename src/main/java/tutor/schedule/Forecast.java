package tutor.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.ToLongFunction;

/**
 * The review load ahead: each card is followed forward, reviewed whenever it falls due and answered
 * Good (the path the scheduler plans for), and its reviews are counted per day. Lapses would add
 * relearning steps on top, so this is the planned load, a lower bound. An exercise counts once a
 * day however many learning steps it takes that day, as {@code tutor due} counts it: the two
 * commands give the same number for today. Pure.
 */
public final class Forecast {
  private Forecast() {}

  /**
   * @param dayOf the day index (0 = today) of an instant, in the learner's days
   * @return exercises due per day for days 0 .. days-1 (each once a day); what is overdue counts on
   *     day 0
   */
  public static int[] reviewsPerDay(
      Collection<CardState> cards,
      Scheduler scheduler,
      Instant now,
      int days,
      ToLongFunction<Instant> dayOf) {
    int[] load = new int[days];
    for (CardState start : cards) {
      if (start.phase() == CardPhase.NEW) continue;
      CardState card = start;
      long counted = -1; // the last day this card was counted on
      for (int guard = 0; guard < 10_000; guard++) {
        Instant at = card.due().isBefore(now) ? now : card.due();
        long day = dayOf.applyAsLong(at);
        if (day >= days) break;
        int index = (int) Math.max(0, day);
        if (index != counted) load[index]++;
        counted = index;
        // Learning steps are minutes apart; a review cannot go back in time.
        Instant reviewAt =
            card.lastReview() != null && at.isBefore(card.lastReview()) ? card.lastReview() : at;
        card = scheduler.review(card, Rating.GOOD, reviewAt, 0).card();
        if (!card.due().isAfter(reviewAt))
          card = withDue(card, reviewAt.plus(Duration.ofMinutes(1)));
      }
    }
    return load;
  }

  private static CardState withDue(CardState c, Instant due) {
    return new CardState(
        c.phase(),
        c.step(),
        c.stability(),
        c.difficulty(),
        due,
        c.lastReview(),
        c.reps(),
        c.lapses());
  }
}
