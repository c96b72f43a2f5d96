package tutor.session;

import java.time.Instant;
import java.util.List;
import tutor.schedule.Rating;

/**
 * A rejected answer the learner counted as right (:dispute): the log keeps the grader's verdict and
 * the override; the exercise is rescheduled as a right answer.
 *
 * @param exerciseId the disputed exercise (no longer the open one)
 * @param prompt its prompt, whole: how the learner knows it (the screen cuts it to fit)
 * @param answer what the learner had typed
 * @param nextReview when it comes back, in words
 * @param nextDue when it comes back, or null when cramming
 * @param changes skills whose level changed, skills unlocked
 */
public record DisputeScreen(
    String packId,
    String exerciseId,
    String prompt,
    String answer,
    Rating rating,
    String nextReview,
    Instant nextDue,
    List<String> changes) {
  public DisputeScreen {
    changes = List.copyOf(changes);
  }
}
