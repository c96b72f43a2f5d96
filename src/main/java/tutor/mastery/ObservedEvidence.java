package tutor.mastery;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tutor.schedule.DayCounter;

/**
 * A skill's observed evidence in full, from its answers: what a credential can state and what
 * {@code credential issue} checks. The same rule as {@link Evidence}, with exact counts.
 *
 * @param answers every answer to an exercise of the skill
 * @param rightAnswers of those, right without hints
 * @param exercises different exercises answered right without hints
 * @param days different study days with such an answer
 * @param firstRight when the first was given, null without one
 * @param lastRight when the last was
 * @param placed the skill was inferred known by placement
 * @param recall the skill's predicted recall now (mean of its reviewed exercises; 1 when none)
 */
public record ObservedEvidence(
    int answers,
    int rightAnswers,
    int exercises,
    int days,
    Instant firstRight,
    Instant lastRight,
    boolean placed,
    double recall) {

  /**
   * @param observations the skill's answers, oldest first
   * @param days what a study day is for this learner
   */
  public static ObservedEvidence of(
      List<Observation> observations, DayCounter days, boolean placed, double recall) {
    Set<String> exercises = new HashSet<>();
    Set<Long> dayNumbers = new HashSet<>();
    int right = 0;
    Instant first = null;
    Instant last = null;
    for (Observation o : observations) {
      if (!o.shows()) continue;
      right++;
      if (first == null) first = o.at();
      last = o.at();
      exercises.add(o.exerciseId());
      dayNumbers.add(days.elapsedDays(first, o.at()));
    }
    return new ObservedEvidence(
        observations.size(),
        right,
        exercises.size(),
        dayNumbers.size(),
        first,
        last,
        placed,
        recall);
  }

  /**
   * Whether answers alone (recall aside) meet the mastered rule, for a skill with that many
   * exercises.
   */
  public boolean spaced(int exercisesInSkill) {
    return Evidence.met(exercises, days, exercisesInSkill);
  }

  /** Whether the skill was only placed: inferred known, never answered right. */
  public boolean placedOnly() {
    return placed && rightAnswers == 0;
  }
}
