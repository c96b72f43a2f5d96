package tutor.goal;

import java.time.LocalDate;
import java.util.List;
import tutor.pack.SkillKey;

/**
 * Where a goal stands and what it takes.
 *
 * @param path the goal's skills and everything they require, in teaching order
 * @param remaining skills of the path not mastered yet
 * @param exercisesLeft expected exercises to master what remains
 * @param reviewsPerDay expected daily review load of the goal's pack (steady state)
 * @param newPerDay the pace the plan assumes, in exercises (answers) a day: what the budget leaves
 *     after reviews, else the learner's recent answers a day to the pack
 * @param neededPerDay exercises a day needed to meet the deadline (NaN without one)
 * @param projectedFinish when, at that pace, the goal is met (null when the pace is zero)
 * @param daysAhead positive: ahead of the deadline by that many days; negative: behind
 */
public record GoalPlan(
    Goal goal,
    List<SkillKey> path,
    List<SkillKey> remaining,
    int exercisesLeft,
    double reviewsPerDay,
    double newPerDay,
    double neededPerDay,
    LocalDate projectedFinish,
    Status status,
    long daysAhead) {

  public enum Status {
    DONE,
    AHEAD,
    ON_TRACK,
    BEHIND,
    NOT_STARTED,
    NO_DEADLINE,
    MISSED
  }

  public GoalPlan {
    path = List.copyOf(path);
    remaining = List.copyOf(remaining);
  }

  /** What remains and at what pace, in the same unit: exercises (answers). */
  public String workLine() {
    // "about 0 exercises left" read as a guess about a goal already met: say it is done.
    StringBuilder b =
        new StringBuilder(
            (exercisesLeft == 0
                    ? "done"
                    : "about "
                        + exercisesLeft
                        + (exercisesLeft == 1 ? " exercise" : " exercises")
                        + " left")
                + "; your pace "
                + perDay(newPerDay)
                + " a day");
    if (goal.dailyExercises() == null && goal.dailyMinutes() == null)
      b.append(" (recent answers to this pack)");
    else if (perDay(reviewsPerDay).equals("0")) b.append(" (your budget)");
    else b.append(" (your budget, less about " + perDay(reviewsPerDay) + " reviews)");
    // Behind or not started, the summary line above already says the pace needed: say it once.
    boolean summarySaysNeeded = status == Status.BEHIND || status == Status.NOT_STARTED;
    if (!Double.isNaN(neededPerDay) && !summarySaysNeeded)
      b.append("; needed ").append(perDay(neededPerDay)).append(" a day");
    return b.toString();
  }

  /**
   * A rate as people say it: one decimal below 10 ("1.4"), whole above ("12"); needed rates round
   * up.
   */
  static String perDay(double rate) {
    if (rate >= 10) return Long.toString(Math.round(rate));
    double tenths = Math.round(rate * 10) / 10.0;
    return tenths == Math.rint(tenths) ? Long.toString((long) tenths) : Double.toString(tenths);
  }

  private static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }

  /** One sentence for the learner. */
  public String summary() {
    int mastered = path.size() - remaining.size();
    String progress = mastered + " of " + path.size() + " skills mastered";
    return switch (status) {
      case DONE -> "Done: all " + path.size() + " skills mastered.";
      case AHEAD ->
          progress + "; ahead by " + days(daysAhead) + " (finish about " + projectedFinish + ").";
      case ON_TRACK -> progress + "; on track (finish about " + projectedFinish + ").";
      case BEHIND ->
          progress
              + "; behind by "
              + days(-daysAhead)
              + ": about "
              + perDay(neededPerDay)
              + " exercises a day are needed, your pace is "
              + perDay(newPerDay)
              + " (finish about "
              + projectedFinish
              + ").";
      case NOT_STARTED ->
          progress
              + "; no recent pace: about "
              + perDay(neededPerDay)
              + " exercises a day are needed.";
      case MISSED ->
          progress
              + "; the deadline "
              + goal.deadline()
              + " has passed"
              + (projectedFinish == null
                  ? " (no recent pace)."
                  : "; at your pace, done about " + projectedFinish + ".");
      case NO_DEADLINE ->
          progress
              + (projectedFinish == null
                  ? "; no pace yet."
                  : "; at your pace, done about " + projectedFinish + ".");
    };
  }
}
