package tutor.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tutor.optimize.ReviewKind;
import tutor.optimize.RevlogEntry;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsModel;
import tutor.schedule.MemoryState;
import tutor.schedule.Rating;

/**
 * Turns an Anki deck's schedule and review log into tutor's cards and review rows (pure: no I/O, no
 * clock). Each card's memory state (stability, difficulty) is rebuilt by replaying its answers
 * through FSRS, from its last reset on, with the days counted as the collection counted them; it
 * keeps the due date Anki gave it, so the same cards come due on the same days. A card whose log
 * does not reach back to its first answer (a deck exported without it) gets the state FSRS gives
 * its SM-2 interval and ease, as Anki does when FSRS is switched on.
 */
public final class HistoryReplay {
  private HistoryReplay() {}

  /** One answer to store. */
  public record Review(
      Instant at,
      int rating,
      CardPhase phaseBefore,
      long elapsedDays,
      double stability,
      double difficulty,
      Long responseMillis) {}

  /**
   * A card to store.
   *
   * @param state null for a card still new in Anki (nothing to store but its past answers)
   */
  public record Card(String exerciseId, CardState state, List<Review> reviews, boolean suspended) {}

  /** The cards of {@code history}, replayed with {@code model}. */
  public static List<Card> replay(AnkiHistory history, FsrsModel model) {
    List<Card> out = new ArrayList<>();
    for (AnkiHistory.Card c : history.cards()) out.add(card(c, history.dayStartSecond(), model));
    return out;
  }

  /** The number of the collection's day that {@code millis} falls in. */
  static long day(long millis, long dayStartSecond) {
    return Math.floorDiv(Math.floorDiv(millis, 1000L) - dayStartSecond, 86_400L);
  }

  private static Card card(AnkiHistory.Card c, long dayStart, FsrsModel model) {
    List<Review> reviews = new ArrayList<>();
    MemoryState memory = null;
    Long last = null;
    CardPhase phase = CardPhase.NEW;
    for (RevlogEntry e : c.log()) {
      if (e.kind() == ReviewKind.MANUAL_RESET) { // "Forget": the card is new again
        memory = null;
        last = null;
        phase = CardPhase.NEW;
        continue;
      }
      boolean answer =
          e.rating() >= 1
              && e.rating() <= 4
              && switch (e.kind()) {
                case LEARN, REVIEW, RELEARN, FILTERED -> true;
                default -> false;
              };
      if (!answer) continue;
      long elapsed =
          last == null ? 0 : Math.max(0, day(e.reviewedAtMillis(), dayStart) - day(last, dayStart));
      Rating rating = Rating.of(e.rating());
      memory = model.nextState(memory, elapsed, rating, true);
      CardPhase before =
          phase == CardPhase.NEW
              ? CardPhase.NEW
              : switch (e.kind()) {
                case LEARN -> CardPhase.LEARNING;
                case RELEARN -> CardPhase.RELEARNING;
                default -> CardPhase.REVIEW;
              };
      reviews.add(
          new Review(
              Instant.ofEpochMilli(e.reviewedAtMillis()),
              e.rating(),
              before,
              elapsed,
              memory.stability(),
              memory.difficulty(),
              e.durationMillis()));
      phase =
          e.kind() == ReviewKind.RELEARN
              ? CardPhase.RELEARNING
              : e.kind() == ReviewKind.LEARN ? CardPhase.LEARNING : CardPhase.REVIEW;
      last = e.reviewedAtMillis();
    }
    if (c.state() == AnkiHistory.State.NEW || c.due() == null)
      return new Card(c.exerciseId(), null, reviews, c.suspended());
    CardPhase now =
        switch (c.state()) {
          case LEARNING -> CardPhase.LEARNING;
          case RELEARNING -> CardPhase.RELEARNING;
          default -> CardPhase.REVIEW;
        };
    Instant lastReview =
        last != null
            ? Instant.ofEpochMilli(last)
            : c.due().minusSeconds(86_400L * Math.max(0, c.intervalDays()));
    if (memory == null) memory = fromSm2(c.intervalDays(), c.easeFactor(), model);
    CardState state =
        new CardState(
            now,
            0,
            memory.stability(),
            memory.difficulty(),
            c.due(),
            lastReview,
            c.reps(),
            c.lapses());
    return new Card(c.exerciseId(), state, reviews, c.suspended());
  }

  /**
   * The memory state of a card known only by its SM-2 interval and ease: the stability at which
   * FSRS would give that interval at 90% retention (the interval itself), and the difficulty Anki
   * derives from the ease (rslib: {@code 11 - (ease - 1) / 0.2 ...}, clamped to 1..10).
   */
  static MemoryState fromSm2(int intervalDays, double ease, FsrsModel model) {
    double stability = Math.max(0.1, intervalDays);
    double difficulty = ease <= 0 ? 5.0 : Math.min(10, Math.max(1, 11 - (ease - 1) / 0.2));
    return new MemoryState(stability, difficulty);
  }
}
