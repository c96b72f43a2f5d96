package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tutor.kind.Kind;
import tutor.mastery.BktParameters;
import tutor.mastery.Level;
import tutor.mastery.Observation;
import tutor.mastery.SkillMastery;
import tutor.pack.Exercise;
import tutor.pack.Normalization;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.DayCounter;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.SchedulerConfig;

/**
 * A skill's displayed level never sits above a prerequisite that has fallen back (docs/mastery.md).
 */
class PrerequisiteCapTest {
  private static final Instant DAY1 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant DAY2 = DAY1.plus(Duration.ofDays(1));
  private static final SkillKey A = new SkillKey("p", "a");
  private static final SkillKey B = new SkillKey("p", "b");
  private static final SkillKey C = new SkillKey("p", "c");

  private static StoredExercise ex(String id, String skill) {
    return new StoredExercise(
        "p",
        new Exercise(
            id,
            List.of(skill),
            "?",
            2,
            List.of(),
            "",
            List.of(),
            new Exercise.Text(List.of("x"), null, Normalization.DEFAULT)),
        0);
  }

  private final List<StoredSkill> skills =
      List.of(
          new StoredSkill("p", "a", "A", "", 0, List.of()),
          new StoredSkill("p", "b", "B", "", 1, List.of("a")),
          new StoredSkill("p", "c", "C", "", 2, List.of("b")));
  private final List<StoredExercise> scope =
      List.of(
          ex("a1", "a"), ex("a2", "a"), ex("b1", "b"), ex("b2", "b"), ex("c1", "c"), ex("c2", "c"));
  private final Picker picker = new Picker(new FsrsScheduler(SchedulerConfig.defaults()), skills);
  private final Map<SkillKey, SkillMastery> mastery = new HashMap<>();

  private void answer(SkillKey skill, String exercise, Instant at, boolean right) {
    SkillMastery m = mastery.getOrDefault(skill, SkillMastery.fresh(BktParameters.DEFAULT));
    BktParameters p = Kind.chance(null, ex(exercise, skill.skillId()).exercise());
    mastery.put(
        skill, m.after(new Observation(exercise, at, right, true, null), p, DayCounter.UTC));
  }

  private void master(SkillKey skill) {
    answer(skill, skill.skillId() + "1", DAY1, true);
    answer(skill, skill.skillId() + "2", DAY1.plusSeconds(60), true);
    answer(skill, skill.skillId() + "1", DAY2, true);
  }

  private Map<SkillKey, Level> levels(Instant now) {
    return picker.memory(Picker.Request.of(scope, Map.of(), mastery, now)).levels();
  }

  @Test
  void aPrerequisiteThatFallsBackPullsItsDependentsDownAndTheyComeBackAfterReview() {
    master(A);
    master(B);
    master(C);
    assertEquals(
        List.of(Level.MASTERED, Level.MASTERED, Level.MASTERED),
        List.of(levels(DAY2).get(A), levels(DAY2).get(B), levels(DAY2).get(C)));
    Instant later = DAY2.plus(Duration.ofDays(5));
    // Three misses in a row: A has fallen back (one slip would not do it).
    answer(A, "a2", later, false);
    answer(A, "a1", later.plusSeconds(30), false);
    answer(A, "a2", later.plusSeconds(60), false);
    Map<SkillKey, Level> fallen = levels(later);
    assertEquals(Level.LEARNING, fallen.get(A));
    assertEquals(
        Level.LEARNED, fallen.get(B), "one step above its prerequisite, no longer mastered");
    assertEquals(Level.LEARNED, fallen.get(C), "a prerequisite of a prerequisite counts too");
    answer(A, "a1", later.plusSeconds(120), true);
    Map<SkillKey, Level> back = levels(later.plusSeconds(120));
    assertEquals(
        List.of(Level.MASTERED, Level.MASTERED, Level.MASTERED),
        List.of(back.get(A), back.get(B), back.get(C)));
  }

  @Test
  void unlockingRestsOnTheSameDayLevel() {
    answer(A, "a1", DAY1, true);
    answer(A, "a2", DAY1.plusSeconds(60), true);
    Map<SkillKey, Level> l = levels(DAY1.plusSeconds(60));
    assertEquals(Level.LEARNED, l.get(A), "known on day one, not yet shown on a second day");
    assertEquals(Level.NEW, l.get(B), "but known well enough to build on: B is unlocked");
    assertEquals(Level.LOCKED, l.get(C));
  }
}
