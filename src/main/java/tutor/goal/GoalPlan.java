package tutor.goal;

import java.time.LocalDate;
import java.util.List;
import tutor.pack.SkillKey;

/**
 * Where a goal stands and what it takes.
 *
 * @param path the goal's skills and everything they require, in teaching order
 * @param remaining skills of the path not mastered yet
 * @param unstudied skills of {@code remaining} the learner never studied: of a met goal, those its
 *     pack gained after it was met
 * @param exercisesLeft expected exercises to master what remains
 * @param reviewsPerDay expected daily review load of the goal's pack (steady state)
 * @param newPerDay the pace the plan assumes, in exercises (answers) a day: what the budget leaves
 *     after reviews, else the learner's recent answers a day to the pack
 * @param neededPerDay exercises a day needed to meet the deadline (NaN without one)
 * @param projectedFinish when, at that pace, the goal is met (null when the pace is zero)
 * @param daysAhead positive: ahead of the deadline by that many days; negative: behind
 * @param assumed what the plan took of the learner: their pace and time per exercise, or defaults
 */
public record GoalPlan(
    Goal goal,
    List<SkillKey> path,
    List<SkillKey> remaining,
    List<SkillKey> unstudied,
    int exercisesLeft,
    double reviewsPerDay,
    double newPerDay,
    double neededPerDay,
    LocalDate projectedFinish,
    Status status,
    long daysAhead,
    Pace assumed) {

  public enum Status {
    /** Every skill mastered now. */
    DONE,
    /** Met once ({@link Goal#metOn}), some skills since fading or new to its pack. */
    MET,
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
    unstudied = List.copyOf(unstudied);
  }

  /** Whether the goal is finished: mastered now, or met once. It asks for no pace any more. */
  public boolean finished() {
    return status == Status.DONE || status == Status.MET;
  }

  /** Skills of a met goal mastered once and fading since: due for review, not for learning. */
  public List<SkillKey> fading() {
    return remaining.stream().filter(k -> !unstudied.contains(k)).toList();
  }

  /**
   * Whether the pace is a stated default rather than the learner's: a daily budget in minutes
   * before enough of their answers are timed, or no budget before their answers span enough days.
   * (A budget in exercises is the learner's own word.)
   */
  public boolean estimate() {
    if (goal.dailyExercises() != null) return false;
    if (GoalPlanner.budgetMinutes(goal, assumed) != null) return !assumed.secondsKnown();
    return !assumed.recentKnown();
  }

  /**
   * What remains and at what pace, in the same unit: exercises (answers). Empty for a finished
   * goal: a pace or a daily need of a goal met reads as work still owed.
   */
  public String workLine() {
    if (finished()) return "";
    // "about 0 exercises left" read as a guess about a goal already met: say it is done.
    StringBuilder b =
        new StringBuilder(
            "about "
                + exercisesLeft
                // answers, repeats included: "about 48 exercises left" of a unit of 36 exercises
                // read as a miscount (a week's trial)
                + (exercisesLeft == 1 ? " answer" : " answers")
                + " left"
                + (estimate() ? "; estimated pace " : "; your pace ")
                + perDay(newPerDay)
                + " a day");
    String reviews =
        perDay(reviewsPerDay).equals("0")
            ? ""
            : ", less about " + perDay(reviewsPerDay) + " reviews";
    // a budget another goal on the pack sets: said, since this goal names none
    String budget =
        goal.dailyExercises() == null
                && goal.dailyMinutes() == null
                && assumed.packMinutes() != null
            ? assumed.packMinutes() + " minutes a day for this pack"
            : "budget";
    if (!hasBudget()) {
      b.append(
          estimate()
              ? " ("
                  + GoalPlanner.DEFAULT_DAILY_MINUTES
                  + " minutes a day at "
                  + seconds()
                  + " an exercise"
                  + reviews
                  + ", until "
                  + GoalPlanner.MIN_PACE_DAYS
                  + " days of your answers show your pace)"
              : " (recent answers to this pack)");
    } else if (estimate()) {
      b.append(
          " (your "
              + budget
              + " at "
              + seconds()
              + " an exercise"
              + reviews
              + ", until "
              + GoalPlanner.MIN_TIMED_ANSWERS
              + " of your answers are timed)");
    } else {
      b.append(" (your " + budget + reviews + ")");
    }
    // Behind or not started, the summary line above already says the pace needed: say it once.
    boolean summarySaysNeeded = status == Status.BEHIND || status == Status.NOT_STARTED;
    if (!Double.isNaN(neededPerDay) && !summarySaysNeeded)
      b.append("; needed ").append(perDay(neededPerDay)).append(" a day");
    return b.toString();
  }

  /** The time per exercise the plan assumes: "30 s". */
  private String seconds() {
    return Math.round(assumed.secondsPerExercise()) + " s";
  }

  /**
   * A rate as people say it: one decimal below 10 ("1.4"), whole above ("12"); needed rates round
   * up.
   */
  public static String perDay(double rate) {
    if (rate >= 10) return Long.toString(Math.round(rate));
    double tenths = Math.round(rate * 10) / 10.0;
    return tenths == Math.rint(tenths) ? Long.toString((long) tenths) : Double.toString(tenths);
  }

  private static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }

  /** One sentence for the learner; an estimate says so. */
  public String summary() {
    int mastered = path.size() - remaining.size();
    // "0 of 1 skills mastered" was the summary of every one-skill goal
    String progress =
        mastered + " of " + path.size() + (path.size() == 1 ? " skill" : " skills") + " mastered";
    String finish = (estimate() ? "estimate: finish about " : "finish about ") + projectedFinish;
    String atPace = estimate() ? "; estimate: done about " : "; at your pace, done about ";
    return switch (status) {
      case DONE ->
          (path.size() == 1
                  ? "Done: its skill is mastered"
                  : "Done: all " + path.size() + " skills mastered")
              + (goal.metOn() == null ? "." : " (met on " + goal.metOn() + byDeadline() + ").");
      case MET -> "Met on " + goal.metOn() + byDeadline() + "." + sinceMet();
      case AHEAD -> progress + "; ahead by " + days(daysAhead) + " (" + finish + ").";
      case ON_TRACK -> progress + "; on track (" + finish + ").";
      case BEHIND ->
          progress
              + "; behind by "
              + days(-daysAhead)
              + ": about "
              + perDay(neededPerDay)
              + " exercises a day are needed, "
              + (estimate() ? "the estimated pace is " : "your pace is ")
              + perDay(newPerDay)
              + " ("
              + finish
              + ").";
      case NOT_STARTED ->
          progress
              + "; "
              + noPace()
              + ": about "
              + perDay(neededPerDay)
              + " exercises a day are needed.";
      case MISSED ->
          progress
              + "; the deadline "
              + goal.deadline()
              + " has passed"
              + (projectedFinish == null ? " (" + noPace() + ")." : atPace + projectedFinish + ".");
      case NO_DEADLINE ->
          progress
              + (projectedFinish == null
                  ? hasBudget() ? "; " + noPace() + "." : "; no pace yet."
                  : atPace + projectedFinish + ".");
    };
  }

  /** ", before the deadline 2026-03-15" (or after it); nothing without a deadline. */
  private String byDeadline() {
    if (goal.deadline() == null) return "";
    return (goal.metInTime() ? ", by the deadline " : ", after the deadline ") + goal.deadline();
  }

  /**
   * What changed since a goal was met, kindly: forgetting is expected, and a review brings a skill
   * back; skills the pack gained are new, not forgotten.
   */
  private String sinceMet() {
    StringBuilder b = new StringBuilder();
    int fading = fading().size();
    if (fading > 0)
      b.append(' ')
          .append(fading)
          .append(fading == 1 ? " skill has" : " skills have")
          .append(" faded since and ")
          .append(fading == 1 ? "is" : "are")
          .append(" due for review: tutor study brings ")
          .append(fading == 1 ? "it" : "them")
          .append(" back.");
    if (!unstudied.isEmpty())
      b.append(" Its pack has ")
          .append(unstudied.size())
          .append(unstudied.size() == 1 ? " new skill" : " new skills")
          .append(" since, not studied yet.");
    return b.toString();
  }

  private boolean hasBudget() {
    return GoalPlanner.budgetMinutes(goal, assumed) != null || goal.dailyExercises() != null;
  }

  /** Why there is no pace: a budget the reviews take whole, or no answers lately. */
  private String noPace() {
    return hasBudget()
        ? "the daily budget goes to reviews (about " + perDay(reviewsPerDay) + " a day)"
        : "no recent pace";
  }

  /**
   * Whether the goal still asks for study: not finished and its date (if any) not passed. Only
   * these set a session's budget and today's target.
   */
  public boolean active() {
    return !finished() && status != Status.MISSED;
  }
}
