package tutor.goal;

/**
 * What a goal's plan assumes of the learner, and whether it is theirs or a stated default (an
 * estimate) for want of evidence.
 *
 * @param recentPerDay answers a day to the goal's pack lately (used when the goal has no budget)
 * @param recentKnown whether they span enough days to be the learner's pace ({@link
 *     RecentAnswers#enough})
 * @param secondsPerExercise study time of one exercise
 * @param secondsKnown whether that is the learner's own ({@link AnswerTimes#enough}) or {@link
 *     GoalPlanner#DEFAULT_SECONDS_PER_EXERCISE}
 */
public record Pace(
    double recentPerDay, boolean recentKnown, double secondsPerExercise, boolean secondsKnown) {

  /** The learner's own, taken as given (as a caller that measured them says). */
  public static Pace known(double recentPerDay, double secondsPerExercise) {
    return new Pace(recentPerDay, true, secondsPerExercise, true);
  }

  /** From the learner's answers, each part falling back to the default until there are enough. */
  public static Pace of(RecentAnswers recent, AnswerTimes times) {
    boolean timed = times.enough();
    return new Pace(
        recent.perDay(),
        recent.enough(),
        timed ? times.meanSeconds() : GoalPlanner.DEFAULT_SECONDS_PER_EXERCISE,
        timed);
  }
}
