package tutor.optimize;

import java.util.Objects;

/**
 * One row of a review log: a card answered at an instant.
 *
 * @param cardId any stable id of the card (rows of one card share it)
 * @param reviewedAtMillis when the answer was given, epoch milliseconds (UTC)
 * @param rating 1 Again, 2 Hard, 3 Good, 4 Easy; 0 only on rows that are not answers (manual ones)
 * @param durationMillis how long the answer took, or null when unknown (not used by the fit)
 * @param kind what the row records; {@link ReviewKind#LEARN} marks where a card's history starts
 */
public record RevlogEntry(
    String cardId, long reviewedAtMillis, int rating, Long durationMillis, ReviewKind kind) {

  public RevlogEntry {
    Objects.requireNonNull(cardId, "cardId");
    Objects.requireNonNull(kind, "kind");
    if (rating < 0 || rating > 4) {
      throw new IllegalArgumentException("rating must be 0..4, got " + rating);
    }
  }

  /** Whether the learner pressed a button (Anki: {@code button_chosen} in 1..4). */
  boolean graded() {
    return rating >= 1 && rating <= 4;
  }
}
