package tutor.session;

import tutor.schedule.CardState;
import tutor.store.StoredExercise;

/**
 * The exercise chosen next and why.
 *
 * @param card its card, or null when the learner has never seen it
 * @param retrievability predicted recall now (FSRS), or NaN for a new exercise
 */
public record Pick(StoredExercise exercise, CardState card, Reason reason, double retrievability) {
  public enum Reason {
    /** A (re)learning step is due. */
    LEARNING,
    /** A review is due. */
    DUE,
    /** New material whose prerequisites are mastered. */
    NEW,
    /** A learning step due within the next minutes, taken early rather than idling. */
    LEARN_AHEAD
  }
}
