package tutor.mastery;

import java.time.Instant;
import tutor.schedule.DayCounter;

/**
 * What a learner has shown of a skill, kept as the little that the mastered rule needs: the first
 * unaided right answer (which exercise, when), and whether another exercise and another study day
 * have had one since. Counting beyond two is not needed to decide "mastered"; the full counts for a
 * credential come from the review log ({@link ObservedEvidence}).
 *
 * @param firstExercise the exercise of the first unaided right answer, null before one
 * @param firstRightAt when that answer was given, null before one
 * @param anotherExercise an unaided right answer to a different exercise has been given
 * @param anotherDay an unaided right answer on a later study day has been given
 * @param placed the skill was inferred known by placement, without being asked
 */
public record Evidence(
    String firstExercise,
    Instant firstRightAt,
    boolean anotherExercise,
    boolean anotherDay,
    boolean placed) {
  public static final Evidence NONE = new Evidence(null, null, false, false, false);

  /** Different exercises a skill needs right answers to before it counts as mastered. */
  public static final int EXERCISES_NEEDED = 2;

  /** Different study days those right answers must fall on. */
  public static final int DAYS_NEEDED = 2;

  /** This evidence, and one more answer; {@code days} says what a study day is for this learner. */
  public Evidence after(Observation o, DayCounter days) {
    if (!o.shows()) return this;
    if (firstExercise == null) return new Evidence(o.exerciseId(), o.at(), false, false, placed);
    boolean otherExercise = anotherExercise || !firstExercise.equals(o.exerciseId());
    boolean otherDay = anotherDay || days.elapsedDays(firstRightAt, o.at()) >= 1;
    return new Evidence(firstExercise, firstRightAt, otherExercise, otherDay, placed);
  }

  public Evidence placed(boolean placed) {
    return new Evidence(firstExercise, firstRightAt, anotherExercise, anotherDay, placed);
  }

  /** Exercises shown right, counted up to two. */
  public int exercises() {
    return firstExercise == null ? 0 : anotherExercise ? 2 : 1;
  }

  /** Study days with a right answer, counted up to two. */
  public int days() {
    return firstExercise == null ? 0 : anotherDay ? 2 : 1;
  }

  /** Whether anything was shown by an answer (a placed skill shows nothing until answered). */
  public boolean observed() {
    return firstExercise != null;
  }

  /**
   * The spacing rule (docs/mastery.md): right answers to two different exercises on two different
   * study days; a skill with a single exercise needs it right on two study days.
   */
  public boolean met(int exercisesInSkill) {
    return met(exercises(), days(), exercisesInSkill);
  }

  /** The same rule on counts, for counts taken from the review log. */
  public static boolean met(int exercises, int days, int exercisesInSkill) {
    return exercises >= exercisesNeeded(exercisesInSkill) && days >= DAYS_NEEDED;
  }

  public static int exercisesNeeded(int exercisesInSkill) {
    return Math.max(1, Math.min(EXERCISES_NEEDED, exercisesInSkill));
  }
}
