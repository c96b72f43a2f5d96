package tutor.store;

import java.time.Instant;
import java.util.List;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;

/**
 * A row of a learner's {@code cards} table (docs/data-formats.md), as a store keeps it and an
 * export writes it: the one place its values become a {@link CardState}, whatever reads them (an
 * adapter's query, an export file). The phase is its lower-case name, times are milliseconds since
 * the epoch, and {@code last_review} is null for a card never reviewed.
 */
public final class CardRow {
  /** The columns that hold a card's state, in the order {@link #state} takes them. */
  public static final List<String> STATE_COLUMNS =
      List.of("phase", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses");

  private CardRow() {}

  /** The card state of a row's values. */
  public static CardState state(
      String phase,
      int step,
      double stability,
      double difficulty,
      long due,
      Long lastReview,
      int reps,
      int lapses) {
    return new CardState(
        phase(phase),
        step,
        stability,
        difficulty,
        Instant.ofEpochMilli(due),
        lastReview == null ? null : Instant.ofEpochMilli(lastReview),
        reps,
        lapses);
  }

  /** A phase as a row names it: new, learning, review or relearning. */
  public static CardPhase phase(String name) {
    return CardPhase.fromName(name);
  }
}
