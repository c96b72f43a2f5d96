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

  /**
   * The card state of a row that study schedules on: as {@link #state}, and refused in one line
   * when a card answered before has no memory FSRS can go on from (stability below its least, a
   * difficulty outside 1 to 10), which only a change outside tutor makes.
   */
  public static CardState scheduled(
      String phase,
      int step,
      double stability,
      double difficulty,
      long due,
      Long lastReview,
      int reps,
      int lapses) {
    CardState s = state(phase, step, stability, difficulty, due, lastReview, reps, lapses);
    if (s.phase() != CardPhase.NEW
        && !(stability >= tutor.schedule.FsrsModel.S_MIN && difficulty >= 1 && difficulty <= 10)) {
      throw changedOutside(
          "a card answered before with a stability of "
              + stability
              + " and a difficulty of "
              + difficulty);
    }
    return s;
  }

  /** A phase as a row names it: new, learning, review or relearning. */
  public static CardPhase phase(String name) {
    try {
      return CardPhase.fromName(name);
    } catch (IllegalArgumentException e) {
      throw unknownPhase(name);
    }
  }

  /** What reading a card whose phase is {@code name}, not one tutor writes, is refused with. */
  public static StoreException unknownPhase(String name) {
    return changedOutside(
        "a card whose phase is '"
            + Printable.escape(name.length() > 40 ? name.substring(0, 40) + "..." : name)
            + "' (a phase is new, learning, review or relearning)");
  }

  /**
   * A row tutor never writes, read where it cannot be used (FSRS schedules nothing on it): one line
   * saying so and what finds and mends it, not an unexpected error.
   */
  private static StoreException changedOutside(String what) {
    return new StoreException(
        "the database holds "
            + what
            + ", which tutor never writes: it was changed outside tutor. tutor doctor finds"
            + " such rows; tutor doctor --fix starts those cards again (their answers stay)");
  }
}
