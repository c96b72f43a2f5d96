package tutor.schedule;

/** Where a card is in its life cycle (ts-fsrs {@code State}). */
public enum CardPhase {
  NEW,
  LEARNING,
  REVIEW,
  RELEARNING
}
