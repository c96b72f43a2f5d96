package tutor.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.pack.CardKey;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.ReviewOutcome;
import tutor.store.LoggedReview;

/**
 * Wrong answers the learner was sure of: misconceptions rather than gaps, so they come back sooner
 * and stay flagged until answered right.
 */
public final class ConfidentErrors {
  /** A confident error on a learning step comes back after this, whatever the step table says. */
  public static final Duration RETRY_AFTER = Duration.ofMinutes(1);

  /** ... and one that left the steps (short-term scheduling off) after at most this. */
  public static final Duration RETRY_WITHIN = Duration.ofDays(1);

  /** A confident error not yet put right: the exercise, when, and the answer given. */
  public record Flag(CardKey card, Instant at, String answer) {}

  private ConfidentErrors() {}

  public static boolean is(Confidence confidence, boolean right) {
    return confidence == Confidence.SURE && !right;
  }

  /**
   * The outcome of a confident error, scheduled sooner: due after {@link #RETRY_AFTER} when the
   * card is on a (re)learning step, else after at most {@link #RETRY_WITHIN}. The memory state
   * (stability, difficulty) is FSRS's own, untouched, so that scheduling and fitting stay true to
   * the model; only when the exercise is shown again changes.
   *
   * @param again what the scheduler made of the wrong answer
   * @param at when it was given
   */
  public static ReviewOutcome sooner(ReviewOutcome again, Instant at) {
    CardState c = again.card();
    boolean inSteps = c.phase() == CardPhase.LEARNING || c.phase() == CardPhase.RELEARNING;
    Instant latest = at.plus(inSteps ? RETRY_AFTER : RETRY_WITHIN);
    if (!c.due().isAfter(latest)) return again;
    CardState card =
        new CardState(
            c.phase(),
            c.step(),
            c.stability(),
            c.difficulty(),
            latest,
            c.lastReview(),
            c.reps(),
            c.lapses());
    int days = (int) Duration.between(at, latest).toDays();
    return new ReviewOutcome(
        card,
        again.rating(),
        again.elapsedDays(),
        again.retrievabilityBefore(),
        Math.min(again.scheduledDays(), days));
  }

  /**
   * Exercises whose last confident error has not been followed by a right answer, most recent
   * first: what the profile and the session summary flag for review.
   *
   * @param log answers oldest first
   */
  public static List<Flag> open(List<LoggedReview> log) {
    Map<CardKey, Flag> open = new LinkedHashMap<>();
    for (LoggedReview a : log) {
      Confidence c = Confidence.of(a.confidence()).orElse(null);
      if (is(c, a.correct())) open.put(a.card(), new Flag(a.card(), a.at(), a.answer()));
      else if (a.correct()) open.remove(a.card());
    }
    List<Flag> out = new ArrayList<>(open.values());
    out.sort(Comparator.comparing(Flag::at).reversed());
    return out;
  }
}
