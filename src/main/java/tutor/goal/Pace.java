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
 * @param packMinutes minutes a day that another of the learner's goals on the same pack sets, for a
 *     goal without a budget of its own ({@link GoalPlanner#packMinutes}); null when none does
 */
public record Pace(
    double recentPerDay,
    boolean recentKnown,
    double secondsPerExercise,
    boolean secondsKnown,
    Integer packMinutes) {

  public Pace(
      double recentPerDay, boolean recentKnown, double secondsPerExercise, boolean secondsKnown) {
    this(recentPerDay, recentKnown, secondsPerExercise, secondsKnown, null);
  }

  /** The same, with the minutes a day another goal on the pack sets. */
  public Pace withPackMinutes(Integer minutes) {
    return new Pace(recentPerDay, recentKnown, secondsPerExercise, secondsKnown, minutes);
  }

  /** The learner's own, taken as given (as a caller that measured them says). */
  public static Pace known(double recentPerDay, double secondsPerExercise) {
    return new Pace(recentPerDay, true, secondsPerExercise, true);
  }

  /** From the learner's answers, each part falling back to the default until there are enough. */
  public static Pace of(RecentAnswers recent, AnswerTimes times) {
    return new Pace(recent.perDay(), recent.enough(), times.secondsPerExercise(), times.enough());
  }
}
