package tutor.grade;

import tutor.pack.ExerciseType;
import tutor.schedule.Rating;

/**
 * Turns the verdict on an auto-graded answer into an FSRS rating: wrong is Again, right after a
 * hint is Hard, right is Good, and right and fast is Easy, except a first right answer to a choice
 * (perhaps a guess), which is Good at most. "Fast" is only known in an interactive session; piped
 * answers have no meaningful response time and never earn Easy.
 */
public final class Ratings {
  private Ratings() {}

  /** Answer times under this count as fast (they already include reading the prompt). */
  public static long fastMillis(ExerciseType type) {
    return type.fastMillis();
  }

  /**
   * @param responseMillis how long the learner took, or a negative number when unknown
   */
  public static Rating forAnswer(
      ExerciseType type, boolean correct, int hintsUsed, long responseMillis) {
    return forAnswer(type, correct, hintsUsed, responseMillis, false);
  }

  /**
   * @param responseMillis how long the learner took, or a negative number when unknown
   * @param firstAnswer the learner has never answered this exercise: a first right answer to a
   *     choice is at most Good, since it may be a guess (Easy would skip the learning steps and
   *     send it a week away)
   */
  public static Rating forAnswer(
      ExerciseType type, boolean correct, int hintsUsed, long responseMillis, boolean firstAnswer) {
    if (!correct) return Rating.AGAIN;
    if (hintsUsed > 0) return Rating.HARD;
    if (firstAnswer && type == ExerciseType.CHOICE) return Rating.GOOD;
    if (responseMillis >= 0 && responseMillis < fastMillis(type)) return Rating.EASY;
    return Rating.GOOD;
  }
}
