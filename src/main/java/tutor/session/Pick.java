package tutor.session;

import tutor.pack.StoredExercise;
import tutor.schedule.CardState;

/**
 * The exercise chosen next and why.
 *
 * @param card its card, or null when the learner has never seen it
 * @param retrievability predicted recall now (FSRS), or NaN for a new exercise
 * @param predictedSuccess predicted chance of a right answer now
 * @param why one or two sentences for the learner (:why, tutor why)
 */
public record Pick(
    StoredExercise exercise,
    CardState card,
    Reason reason,
    double retrievability,
    double predictedSuccess,
    String why) {
  public enum Reason {
    /** A (re)learning step is due. */
    LEARNING,
    /** After a miss: practise a prerequisite that is fading or not yet solid. */
    REMEDIATION,
    /** A review is due. */
    DUE,
    /** A review brought forward so that it is remembered on a goal's exam day. */
    EXAM,
    /**
     * A mastered skill whose predicted recall would fall below the desired retention by the next
     * session: reviewed before new material, to keep what is mastered.
     */
    KEEP,
    /** New material on the frontier: every prerequisite mastered. */
    NEW,
    /** A mastered skill being forgotten, practised before its reviews fall due. */
    FADING,
    /** A learning step due within the next minutes, taken early rather than idling. */
    LEARN_AHEAD,
    /** Practice that leaves the schedule alone (tutor cram). */
    CRAM
  }
}
