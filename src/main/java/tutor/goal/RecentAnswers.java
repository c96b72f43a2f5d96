package tutor.goal;

import java.time.Duration;
import java.time.Instant;

/**
 * A learner's recent work on a pack: {@code answers} in the {@code window} days before {@code now},
 * and when they first answered one of its exercises (null: never).
 */
public record RecentAnswers(int answers, Instant firstAnswer, Instant now, int window) {
  /**
   * Answers a day: over the window, or over the days since the first answer when the learner began
   * more recently (a first session of 20 answers is a pace of 20, not 20 / 14). Zero without any.
   */
  public double perDay() {
    if (answers == 0 || firstAnswer == null) return 0;
    return answers / (double) Math.max(1, Math.min(window, days()));
  }

  /**
   * Whether the answers span enough days ({@link GoalPlanner#MIN_PACE_DAYS}) to be a daily pace: a
   * first evening's 60 answers are not 60 a day.
   */
  public boolean enough() {
    return firstAnswer != null && days() >= GoalPlanner.MIN_PACE_DAYS;
  }

  private long days() {
    return (long) Math.ceil(Duration.between(firstAnswer, now).toMillis() / 86_400_000.0);
  }
}
