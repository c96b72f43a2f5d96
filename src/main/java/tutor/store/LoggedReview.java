package tutor.store;

import java.time.Instant;
import tutor.pack.CardKey;
import tutor.schedule.CardPhase;

/**
 * One row of the review log: a learner's answer with all that the statistics, the optimiser, the
 * profile, calibration, credentials and reports look at. Read from the database and from an export
 * alike, so it is the one shape of "an answer" outside the session.
 *
 * @param kind "study", "placement" or "cram"
 * @param rating 1 Again, 2 Hard, 3 Good, 4 Easy
 * @param responseMillis time to answer, null when unknown (piped input)
 * @param answer what the learner gave, as stored
 * @param phaseBefore the card's phase before the answer (NEW for its first one)
 * @param confidence 1 guessing to 3 sure, null when not asked
 * @param shown the learner asked to see the answer (:show): a miss with nothing typed
 * @param disputed the grader rejected it and the learner counted it as right (:dispute)
 */
public record LoggedReview(
    CardKey card,
    Instant at,
    String kind,
    int rating,
    boolean correct,
    Long responseMillis,
    int hintsUsed,
    String answer,
    CardPhase phaseBefore,
    Integer confidence,
    boolean shown,
    boolean disputed) {

  /** An answer neither shown nor disputed (and every answer of a log older than schema 10). */
  public LoggedReview(
      CardKey card,
      Instant at,
      String kind,
      int rating,
      boolean correct,
      Long responseMillis,
      int hintsUsed,
      String answer,
      CardPhase phaseBefore,
      Integer confidence) {
    this(
        card,
        at,
        kind,
        rating,
        correct,
        responseMillis,
        hintsUsed,
        answer,
        phaseBefore,
        confidence,
        false,
        false);
  }

  /** Whether it was remembered: any rating but Again. */
  public boolean recalled() {
    return rating > 1;
  }
}
