package tutor.credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tutor.goal.Goal;
import tutor.goal.GoalPlanner;
import tutor.mastery.Level;
import tutor.mastery.SkillMastery;
import tutor.store.AnswerHistory;
import tutor.store.SkillKey;
import tutor.store.StoredExercise;
import tutor.store.StoredSkill;

/**
 * Whether a learner has mastered a pack, or a unit of it, checked from their data: every skill of
 * it at level mastered (P(known) of at least 0.95 and its exercises still remembered, see
 * docs/mastery.md). A unit is some skills of the pack with everything they require, as for goals.
 * Also gathers the evidence a credential states.
 *
 * @param unit the skill ids asked for; empty for the whole pack
 * @param skills every skill of the pack or unit, in teaching order
 * @param unmet why each skill that falls short does, in words; empty when the criteria are met
 */
public record UnitMastery(String packId, List<String> unit, List<SkillResult> skills, List<String> unmet,
    Evidence evidence) {

  /** One skill and where the learner stands. */
  public record SkillResult(String id, String title, Level level, double pKnown, int attempts, int correct) {}

  /**
   * The learner's record on the unit's exercises.
   *
   * @param answers every answer to an exercise of the unit's skills
   * @param reviews of those, reviews of cards already learnt (phase review)
   * @param recalled reviews remembered (rated Hard or better)
   * @param firstAnswer when the first answer was given, null without answers
   * @param lastAnswer when the last was
   */
  public record Evidence(int answers, int reviews, int recalled, Instant firstAnswer, Instant lastAnswer) {
    /** Measured retention in percent, or null before any review. */
    public Integer retentionPercent() {
      return reviews == 0 ? null : (int) Math.round(100.0 * recalled / reviews);
    }
  }

  public UnitMastery {
    unit = List.copyOf(unit);
    skills = List.copyOf(skills);
    unmet = List.copyOf(unmet);
  }

  public boolean met() {
    return unmet.isEmpty();
  }

  /**
   * @param unit skill ids of the unit, empty for the whole pack; each must be a skill of the pack
   * @param levels each skill's level now (the picker's, memory included)
   */
  public static UnitMastery check(String packId, List<String> unit, List<StoredSkill> allSkills,
      List<StoredExercise> exercises, Map<SkillKey, SkillMastery> mastery, Map<SkillKey, Level> levels,
      List<AnswerHistory.Answer> answers) {
    // The same closure as a goal's: the skills asked for and everything they require.
    List<SkillKey> path = GoalPlanner.path(new Goal(0, packId, unit, null, null, null, Instant.EPOCH), allSkills);
    List<SkillResult> results = new ArrayList<>();
    List<String> unmet = new ArrayList<>();
    for (SkillKey k : path) {
      StoredSkill s = allSkills.stream().filter(x -> x.key().equals(k)).findFirst().orElseThrow();
      SkillMastery m = mastery.get(k);
      Level level = levels.getOrDefault(k, Level.NEW);
      results.add(new SkillResult(s.id(), s.title(), level, m == null ? 0 : m.pKnown(), m == null ? 0 : m.attempts(),
          m == null ? 0 : m.correct()));
      if (level != Level.MASTERED) unmet.add(shortfall(s, level, m));
    }
    Set<String> ids = new HashSet<>();
    path.forEach(k -> ids.add(k.skillId()));
    Set<Object> unitExercises = new HashSet<>();
    for (StoredExercise e : exercises) {
      if (e.packId().equals(packId) && e.exercise().skills().stream().anyMatch(ids::contains)) unitExercises.add(e.key());
    }
    int n = 0;
    int reviews = 0;
    int recalled = 0;
    Instant first = null;
    Instant last = null;
    for (AnswerHistory.Answer a : answers) {
      if (!unitExercises.contains(a.card())) continue;
      n++;
      if ("review".equals(a.phaseBefore())) {
        reviews++;
        if (a.rating() > 1) recalled++;
      }
      if (first == null) first = a.at();
      last = a.at();
    }
    return new UnitMastery(packId, unit, results, unmet, new Evidence(n, reviews, recalled, first, last));
  }

  private static String shortfall(StoredSkill s, Level level, SkillMastery m) {
    String known = m == null ? "" : String.format(Locale.ROOT, ", P(known) %.2f of the 0.95 needed", m.pKnown());
    return switch (level) {
      case FADING -> s.title() + " (" + s.id() + "): fading, being forgotten; practise it again (tutor study --skill "
          + s.id() + ")";
      case LOCKED -> s.title() + " (" + s.id() + "): locked, its prerequisites are not mastered yet";
      case NEW -> s.title() + " (" + s.id() + "): not practised yet";
      default -> s.title() + " (" + s.id() + "): " + level.label() + known;
    };
  }
}
