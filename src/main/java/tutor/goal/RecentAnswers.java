package tutor.goal;

import java.time.Duration;
import java.time.Instant;

/**
 * A learner's recent work on a pack: {@code answers} in the {@code window} days before {@code now},
 * and when they first answered one of its exercises (null: never).
 *
 * @param today of those, the answers given since {@code todayStart}
 * @param todayStart when the learner's study day began (null: not known; the day under way is then
 *     counted as any other)
 */
public record RecentAnswers(
    int answers, Instant firstAnswer, Instant now, int window, int today, Instant todayStart) {

  /** Without knowing when today began (an export's report, tests). */
  public RecentAnswers(int answers, Instant firstAnswer, Instant now, int window) {
    this(answers, firstAnswer, now, window, 0, null);
  }

  /**
   * Answers a day: over the window, or over the days since the first answer when the learner began
   * more recently (a first session of 20 answers is a pace of 20, not 20 / 14). Zero without any. A
   * day still under way is not held against the learner: where the days before it alone make a
   * higher pace, that is the pace (in the evening, before the day's session, 45 answers of three
   * days were 45 over four, and a goal went from ahead to behind until the learner studied).
   */
  public double perDay() {
    if (answers == 0 || firstAnswer == null) return 0;
    double all = answers / (double) Math.max(1, Math.min(window, days(now)));
    if (todayStart == null || !firstAnswer.isBefore(todayStart)) return all;
    double before = (answers - today) / (double) Math.max(1, Math.min(window, days(todayStart)));
    return Math.max(all, before);
  }

  /**
   * Whether the answers span enough days ({@link GoalPlanner#MIN_PACE_DAYS}) to be a daily pace: a
   * first evening's 60 answers are not 60 a day. Counted in study days where today's start is
   * known, so the pace becomes the learner's at the start of a day, not in the middle of one.
   */
  public boolean enough() {
    if (firstAnswer == null) return false;
    if (todayStart == null) return days(now) >= GoalPlanner.MIN_PACE_DAYS;
    // the study days before today that had the first answer or came after it, and today
    return !firstAnswer.isAfter(todayStart) && days(todayStart) + 1 >= GoalPlanner.MIN_PACE_DAYS;
  }

  private long days(Instant until) {
    return (long) Math.ceil(Duration.between(firstAnswer, until).toMillis() / 86_400_000.0);
  }
}
