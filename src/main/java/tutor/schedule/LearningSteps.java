package tutor.schedule;

import java.time.Duration;
import java.util.List;

/** The ts-fsrs learning-step table: which short step a rating leads to, if any. */
final class LearningSteps {

  /** A step of {@code minutes}, after which the card sits at step index {@code nextStep}. */
  record Entry(long minutes, int nextStep) {}

  private LearningSteps() {}

  /**
   * The step for {@code rating}, or null if the rating leaves the steps (the card then gets a day
   * interval). REVIEW and RELEARNING cards use the relearning steps, others the learning steps.
   */
  static Entry lookup(SchedulerConfig config, CardState card, Rating rating) {
    boolean relearning = card.phase() == CardPhase.REVIEW || card.phase() == CardPhase.RELEARNING;
    List<Duration> steps = relearning ? config.relearningSteps() : config.learningSteps();
    int cur = card.step();
    if (steps.isEmpty() || cur >= steps.size()) {
      return null;
    }
    if (card.phase() == CardPhase.REVIEW) {
      // Only a lapse enters the steps, at the card's step (always 0 for a REVIEW card).
      return rating == Rating.AGAIN ? new Entry(steps.get(cur).toMinutes(), 0) : null;
    }
    return switch (rating) {
      case AGAIN -> new Entry(steps.get(0).toMinutes(), 0);
      case HARD -> new Entry(hardMinutes(steps), cur);
      case GOOD ->
          cur + 1 < steps.size() ? new Entry(steps.get(cur + 1).toMinutes(), cur + 1) : null;
      case EASY -> null;
    };
  }

  /**
   * ts-fsrs: Hard waits halfway between the first two steps (1.5 x a single step), whatever the
   * current step is. With [1m, 10m] that is 6 minutes (5.5 rounded half up).
   */
  private static long hardMinutes(List<Duration> steps) {
    long first = steps.get(0).toMinutes();
    if (steps.size() == 1) {
      return Math.round(first * 1.5);
    }
    return Math.round((first + steps.get(1).toMinutes()) / 2.0);
  }
}
