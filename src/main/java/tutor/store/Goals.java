package tutor.store;

import java.time.Instant;
import java.util.List;
import tutor.goal.Goal;
import tutor.goal.RecentAnswers;

/** A learner's goals, and what planning them reads of the learner's answers. */
public interface Goals {
  /** Adds a goal; returns it with its id. */
  Goal add(long learnerId, Goal goal);

  /** The learner's goals, in the order they were added. */
  List<Goal> list(long learnerId);

  /**
   * Records that the goal was met on {@code day} (every skill of it mastered), the first time only:
   * false when it was met before, or the learner has no such goal.
   */
  boolean markMet(long learnerId, long goalId, java.time.LocalDate day);

  /** Removes a goal; false when the learner has none with this id. */
  boolean remove(long learnerId, long goalId);

  /**
   * The learner's answers to a pack's exercises (study and reviews; not cram or placement) in the
   * {@code days} days before {@code until}, and when they first answered one of its exercises
   * (null: never): what {@link tutor.goal.GoalPlanner#pace} needs.
   */
  RecentAnswers recentAnswers(long learnerId, String packId, Instant until, int days);

  /**
   * The same, with how many of those answers were given since {@code todayStart} (the start of the
   * learner's study day): a day under way is then not held against the learner's pace ({@link
   * RecentAnswers#perDay}).
   */
  default RecentAnswers recentAnswers(
      long learnerId, String packId, Instant until, int days, Instant todayStart) {
    return recentAnswers(learnerId, packId, until, days);
  }

  /**
   * The study time of the learner's latest {@link tutor.goal.AnswerTimes#READ} timed answers,
   * placement left out ({@link tutor.goal.AnswerTimes#of}): read from the newest rows only.
   */
  tutor.goal.AnswerTimes answerTimes(long learnerId);

  /**
   * The steady daily review load of a pack's seen exercises (retired ones left out): the sum over
   * the learner's cards not new of 1 / max(1, stability), summed in the store.
   */
  double reviewLoad(long learnerId, String packId);
}
