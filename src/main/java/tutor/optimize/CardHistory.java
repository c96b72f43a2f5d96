package tutor.optimize;

import java.util.List;
import java.util.Objects;

/** The reviews of one card that the fit uses, oldest first; the first one starts its memory. */
public record CardHistory(String cardId, List<DayReview> reviews) {
  public CardHistory {
    Objects.requireNonNull(cardId, "cardId");
    reviews = List.copyOf(reviews);
    if (reviews.isEmpty()) throw new IllegalArgumentException("a card history needs a review");
  }
}
