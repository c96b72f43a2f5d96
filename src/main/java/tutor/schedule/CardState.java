package tutor.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * Scheduling state of one card.
 *
 * @param step index into the learning steps (LEARNING) or relearning steps (RELEARNING); 0
 *     otherwise
 * @param stability FSRS stability in days; 0 for a NEW card
 * @param difficulty FSRS difficulty in [1, 10]; 0 for a NEW card
 * @param lastReview instant of the last review; null only for a card never reviewed
 */
public record CardState(
    CardPhase phase,
    int step,
    double stability,
    double difficulty,
    Instant due,
    Instant lastReview,
    int reps,
    int lapses) {

  public CardState {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(due, "due");
    if (step < 0 || reps < 0 || lapses < 0) {
      throw new IllegalArgumentException(
          "step, reps and lapses must be >= 0: " + step + ", " + reps + ", " + lapses);
    }
    if (phase != CardPhase.NEW && lastReview == null) {
      // Elapsed time drives every non-first review, so it cannot be unknown.
      throw new IllegalArgumentException(phase + " card needs a lastReview");
    }
  }

  /** A card that has never been reviewed, due at {@code due}. */
  public static CardState newCard(Instant due) {
    return new CardState(CardPhase.NEW, 0, 0, 0, due, null, 0, 0);
  }

  /** The memory state, or null for a NEW card (the model then uses initial values). */
  public MemoryState memory() {
    return phase == CardPhase.NEW ? null : new MemoryState(stability, difficulty);
  }
}
