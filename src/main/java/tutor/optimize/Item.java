package tutor.optimize;

import java.util.List;
import java.util.Objects;

/**
 * One training item (fsrs-rs {@code FSRSItem}): a card's reviews up to and including review {@code
 * last}, which the model predicts from the ones before it.
 */
public record Item(CardHistory card, int last) {
  public Item {
    Objects.requireNonNull(card, "card");
    if (last < 1 || last >= card.reviews().size()) {
      throw new IllegalArgumentException(
          "last must be 1.." + (card.reviews().size() - 1) + ": " + last);
    }
  }

  /** The reviews of the item: its history, then the predicted review. */
  public List<DayReview> reviews() {
    return card.reviews().subList(0, last + 1);
  }

  /** The predicted review. */
  public DayReview target() {
    return card.reviews().get(last);
  }

  /** Reviews made on a later day than the one before (fsrs-rs {@code long_term_review_cnt}). */
  int longTermReviewCount() {
    int n = 0;
    for (int i = 0; i <= last; i++) {
      if (card.reviews().get(i).longTerm()) n++;
    }
    return n;
  }

  /**
   * The first review on a later day than the one before; every item has one (its target, at least).
   */
  DayReview firstLongTermReview() {
    for (int i = 1; i <= last; i++) {
      if (card.reviews().get(i).longTerm()) return card.reviews().get(i);
    }
    throw new IllegalStateException("item without a long-term review");
  }

  /** Whether the predicted review was recalled (Hard, Good or Easy). */
  boolean recalled() {
    return target().rating() > 1;
  }
}
