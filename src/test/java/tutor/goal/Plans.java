package tutor.goal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredSkill;
import tutor.schedule.CardState;

/**
 * The goal tests' short ways to {@link GoalPlanner#plan}, the one entry point: levels from mastery
 * alone ({@link GoalPlanner#levels}), the review load of the cards given ({@link
 * GoalPlanner#reviewLoad}) and a pace stated as numbers or made from answers.
 */
final class Plans {
  private Plans() {}

  /** At a known pace and time per exercise; reading is not counted. */
  static GoalPlan plan(
      Goal goal,
      List<StoredSkill> skills,
      Map<SkillKey, SkillMastery> mastery,
      Map<CardKey, CardState> cards,
      LocalDate today,
      double recentPerDay,
      double secondsPerExercise) {
    return plan(goal, skills, mastery, cards, today, recentPerDay, secondsPerExercise, null);
  }

  static GoalPlan plan(
      Goal goal,
      List<StoredSkill> skills,
      Map<SkillKey, SkillMastery> mastery,
      Map<CardKey, CardState> cards,
      LocalDate today,
      double recentPerDay,
      double secondsPerExercise,
      Set<SkillKey> lessonsSeen) {
    return plan(
        goal,
        skills,
        mastery,
        GoalPlanner.reviewLoad(goal.packId(), cards),
        today,
        Pace.known(recentPerDay, secondsPerExercise),
        lessonsSeen);
  }

  /** At the pace the answers show ({@link Pace#of}), as every screen plans. */
  static GoalPlan plan(
      Goal goal,
      List<StoredSkill> skills,
      Map<SkillKey, SkillMastery> mastery,
      Map<CardKey, CardState> cards,
      LocalDate today,
      RecentAnswers recent,
      AnswerTimes times,
      Set<SkillKey> lessonsSeen) {
    return plan(
        goal,
        skills,
        mastery,
        GoalPlanner.reviewLoad(goal.packId(), cards),
        today,
        Pace.of(recent, times),
        lessonsSeen);
  }

  /** With the review load counted already. */
  static GoalPlan plan(
      Goal goal,
      List<StoredSkill> skills,
      Map<SkillKey, SkillMastery> mastery,
      double reviews,
      LocalDate today,
      Pace assumed,
      Set<SkillKey> lessonsSeen) {
    return GoalPlanner.plan(
        goal,
        skills,
        mastery,
        GoalPlanner.levels(skills, mastery),
        reviews,
        today,
        assumed,
        lessonsSeen);
  }
}
