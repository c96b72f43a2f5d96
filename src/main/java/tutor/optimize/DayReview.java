package tutor.optimize;

/**
 * A review as FSRS sees it (fsrs-rs {@code FSRSReview}): the rating and the whole days since the
 * card's previous review (0 for the first review and for same-day reviews).
 */
public record DayReview(int rating, int deltaDays) {
  public DayReview {
    if (rating < 1 || rating > 4)
      throw new IllegalArgumentException("rating must be 1..4: " + rating);
    if (deltaDays < 0) throw new IllegalArgumentException("deltaDays must be >= 0: " + deltaDays);
  }

  /** A review on a later day than the previous one: the only kind whose outcome is predicted. */
  boolean longTerm() {
    return deltaDays > 0;
  }
}
