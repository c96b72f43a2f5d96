package tutor.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.goal.Goal;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.schedule.CardState;
import tutor.store.LoggedReview;

/**
 * What the reports use of one learner's export: who, when it was made, their settings, answers
 * (oldest first), mastery, goals, card states and the lessons they have read.
 *
 * @param source where it was read from, for messages
 */
public record LearnerData(
    String source,
    String learner,
    Instant exportedAt,
    Map<String, String> settings,
    List<LoggedReview> answers,
    Map<SkillKey, SkillMastery> mastery,
    List<Goal> goals,
    Map<CardKey, CardState> cards,
    Set<SkillKey> lessonsSeen) {

  /** Without lessons read (exports made before lessons were recorded, tests). */
  public LearnerData(
      String source,
      String learner,
      Instant exportedAt,
      Map<String, String> settings,
      List<LoggedReview> answers,
      Map<SkillKey, SkillMastery> mastery,
      List<Goal> goals,
      Map<CardKey, CardState> cards) {
    this(source, learner, exportedAt, settings, answers, mastery, goals, cards, Set.of());
  }
}
