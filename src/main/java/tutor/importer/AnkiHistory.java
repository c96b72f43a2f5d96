package tutor.importer;

import java.time.Instant;
import java.util.List;
import tutor.optimize.RevlogEntry;

/**
 * An Anki deck's schedule and review log, by the exercise each card became: what {@code
 * --with-history} brings into a learner's progress.
 *
 * @param dayStartSecond the second of the day (UTC) at which the collection's days start (Anki's
 *     "next day starts at", from the collection's creation time)
 * @param cards the cards imported as exercises, each with its state in Anki and its log
 * @param rows review-log rows of those cards
 */
public record AnkiHistory(long dayStartSecond, List<Card> cards, int rows) {
  public AnkiHistory {
    cards = List.copyOf(cards);
  }

  /** Where a card is in Anki's schedule. */
  public enum State {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING
  }

  /**
   * One card.
   *
   * @param due when Anki shows it next: the start of its due day for a review card, the exact time
   *     for one in learning steps; null for a new card
   * @param suspended suspended or buried in Anki
   * @param intervalDays its current interval (review cards), 0 otherwise
   * @param easeFactor Anki's SM-2 ease (2.5 = 250%), 0 when unknown
   * @param log its answers in time order, {@code cardId} being the exercise id
   */
  public record Card(
      String exerciseId,
      State state,
      Instant due,
      boolean suspended,
      int reps,
      int lapses,
      int intervalDays,
      double easeFactor,
      List<RevlogEntry> log) {
    public Card {
      log = List.copyOf(log);
    }
  }
}
