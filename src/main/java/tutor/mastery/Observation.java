package tutor.mastery;

import java.time.Instant;

/**
 * One graded answer as evidence about the skills of its exercise.
 *
 * @param exerciseId the exercise answered
 * @param at when
 * @param right whether the answer was right
 * @param unaided right without hints: only such an answer is evidence the skill was shown
 * @param previousAnswer the learner's previous answer to the same exercise, or null if this is the
 *     first: a repeat within minutes tests short-term memory of that very answer, not the skill
 */
public record Observation(
    String exerciseId, Instant at, boolean right, boolean unaided, Instant previousAnswer) {
  /** Whether this answer shows the skill: right, without hints. */
  public boolean shows() {
    return right && unaided;
  }
}
