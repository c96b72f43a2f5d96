package tutor.store;

import java.time.Instant;
import tutor.pack.CardKey;
import tutor.schedule.CardPhase;

/**
 * One answer in a learner's review log, as the optimiser needs it.
 *
 * @param phaseBefore the card's phase before the answer (NEW for its first one)
 * @param responseMillis null when unknown
 */
public record LoggedReview(
    CardKey card, Instant at, int rating, CardPhase phaseBefore, Long responseMillis) {}
