package tutor.goal;

import java.time.LocalDate;
import java.util.List;
import tutor.store.SkillKey;

/**
 * Where a goal stands and what it takes.
 *
 * @param path the goal's skills and everything they require, in teaching order
 * @param remaining skills of the path not mastered yet
 * @param exercisesLeft expected exercises to master what remains
 * @param reviewsPerDay expected daily review load of the goal's pack (steady state)
 * @param newPerDay the daily new-exercise pace the plan assumes (budget, else recent pace)
 * @param neededPerDay new exercises a day needed to meet the deadline (NaN without one)
 * @param projectedFinish when, at that pace, the goal is met (null when the pace is zero)
 * @param daysAhead positive: ahead of the deadline by that many days; negative: behind
 */
public record GoalPlan(Goal goal, List<SkillKey> path, List<SkillKey> remaining, int exercisesLeft,
    double reviewsPerDay, double newPerDay, double neededPerDay, LocalDate projectedFinish, Status status,
    long daysAhead) {

  public enum Status { DONE, AHEAD, ON_TRACK, BEHIND, NOT_STARTED, NO_DEADLINE }

  public GoalPlan {
    path = List.copyOf(path);
    remaining = List.copyOf(remaining);
  }

  /** One sentence for the learner. */
  public String summary() {
    int mastered = path.size() - remaining.size();
    String progress = mastered + " of " + path.size() + " skills mastered";
    return switch (status) {
      case DONE -> "Done: all " + path.size() + " skills mastered.";
      case AHEAD -> progress + "; ahead by " + daysAhead + " days (finish about " + projectedFinish + ").";
      case ON_TRACK -> progress + "; on track (finish about " + projectedFinish + ").";
      case BEHIND -> progress + "; behind by " + (-daysAhead) + " days: about " + Math.round(Math.ceil(neededPerDay))
          + " new exercises a day are needed, your pace is " + Math.round(newPerDay) + ".";
      case NOT_STARTED -> progress + "; not started: about " + Math.round(Math.ceil(neededPerDay))
          + " new exercises a day are needed.";
      case NO_DEADLINE -> progress + (projectedFinish == null ? "; no pace yet." : "; at your pace, done about "
          + projectedFinish + ".");
    };
  }
}
