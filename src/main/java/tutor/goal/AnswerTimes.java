package tutor.goal;

import tutor.schedule.StudyTime;

/**
 * How long the learner takes over an exercise, from their latest timed answers (placement left out:
 * a test of what one knows is answered or passed over quickly, not studied).
 *
 * @param answers how many timed answers the mean is over (at most {@link #READ})
 * @param meanSeconds their mean study time ({@link StudyTime}: each counted up to a minute), NaN
 *     without any
 */
public record AnswerTimes(int answers, double meanSeconds) {
  /** The latest timed answers read: the learner's pace now, and the same cost at any history. */
  public static final int READ = 200;

  /** None timed yet. */
  public static final AnswerTimes NONE = new AnswerTimes(0, Double.NaN);

  /**
   * The mean, not the median: a daily budget is a sum of answers' study time, so the exercises it
   * buys are the budget over the mean time of one.
   */
  public static AnswerTimes of(long[] responseMillis, int n) {
    if (n == 0) return NONE;
    long sum = 0;
    for (int i = 0; i < n; i++) sum += StudyTime.counted(responseMillis[i]);
    return new AnswerTimes(n, sum / 1000.0 / n);
  }

  /** Whether there are enough of them to speak of the learner's own time. */
  public boolean enough() {
    return answers >= GoalPlanner.MIN_TIMED_ANSWERS && !Double.isNaN(meanSeconds);
  }

  /**
   * The study time of an exercise as plans and estimates take it: the learner's mean once there are
   * enough, else {@link GoalPlanner#DEFAULT_SECONDS_PER_EXERCISE}; never under {@link
   * GoalPlanner#MIN_SECONDS_PER_EXERCISE} (answers typed in 3 s, by a script or a hurried learner,
   * made 15 minutes buy 300 exercises a day).
   */
  public double secondsPerExercise() {
    return enough()
        ? Math.max(GoalPlanner.MIN_SECONDS_PER_EXERCISE, meanSeconds)
        : GoalPlanner.DEFAULT_SECONDS_PER_EXERCISE;
  }
}
