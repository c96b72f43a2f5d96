package tutor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;

class SimulatorTest {
  private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");
  private static Curriculum curriculum;

  @BeforeAll
  static void load() throws Exception {
    curriculum = Curriculum.load(Path.of("content"));
  }

  private static StoredExercise exerciseOf(SkillKey skill) {
    return curriculum.exercises().stream()
        .filter(e -> Curriculum.skillOf(e).equals(skill))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aLearnerCannotLearnASkillBeforeItsPrerequisites() {
    StoredSkill locked =
        curriculum.skills().stream().filter(s -> !s.requires().isEmpty()).findFirst().orElseThrow();
    SimulatedLearner learner = new SimulatedLearner(1, curriculum.skillsByKey());
    for (int i = 0; i < 200; i++) learner.answer(exerciseOf(locked.key()), T.plusSeconds(60L * i));
    assertFalse(learner.learned(locked.key()));
    assertEquals(0, learner.learnedCount());
  }

  @Test
  void practisingAReadySkillTeachesItAndItsRecallThenFades() {
    StoredSkill root =
        curriculum.skills().stream().filter(s -> s.requires().isEmpty()).findFirst().orElseThrow();
    SimulatedLearner learner = new SimulatedLearner(1, curriculum.skillsByKey());
    int tries = 0;
    while (!learner.learned(root.key()) && tries < 100)
      learner.answer(exerciseOf(root.key()), T.plusSeconds(60L * tries++));
    assertTrue(learner.learned(root.key()));
    double soon = learner.recall(root.key(), T.plus(Duration.ofDays(1)));
    double later = learner.recall(root.key(), T.plus(Duration.ofDays(60)));
    assertTrue(soon > later && later > 0, soon + " then " + later);
  }

  @Test
  void eachDayStopsOnceTheBudgetIsSpentAndTheSameSeedGivesTheSameRun() {
    Duration budget = Duration.ofMinutes(5);
    SimulateBench.Run a =
        SimulateBench.simulate(
            curriculum,
            new SimulatedLearner(3, curriculum.skillsByKey()),
            new TutorPolicy(curriculum, 3),
            budget);
    SimulateBench.Run b =
        SimulateBench.simulate(
            curriculum,
            new SimulatedLearner(3, curriculum.skillsByKey()),
            new TutorPolicy(curriculum, 3),
            budget);
    assertEquals(a.answers(), b.answers());
    assertEquals(a.minutes(), b.minutes());
    // The last answer of a day may run past the budget, by at most one answer (under two minutes).
    assertTrue(
        a.minutes() <= SimulateBench.DAYS * (budget.toMinutes() + 2), "minutes " + a.minutes());
  }

  @Test
  void randomOrderUsesTheWholeBudgetEveryDay() {
    SimulateBench.Run r =
        SimulateBench.simulate(
            curriculum,
            new SimulatedLearner(4, curriculum.skillsByKey()),
            new RandomPolicy(curriculum, 4),
            Duration.ofMinutes(5));
    assertTrue(r.minutes() >= SimulateBench.DAYS * 5, "minutes " + r.minutes());
  }
}
