package tutor.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Pack;
import tutor.pack.Skill;

class PackStatsTest {
  @TempDir Path dir;

  private static Skill skill(String id, String... requires) {
    return new Skill(id, id.toUpperCase(), "", List.of(requires));
  }

  private static Exercise card(String id, String skill) {
    return new Exercise(
        id, List.of(skill), "Q " + id, 2, List.of(), "", List.of(), new Exercise.Flashcard("A"));
  }

  private static Pack diamond() {
    return new Pack(
        1,
        "p",
        "P",
        "1.0.0",
        "",
        List.of(),
        "",
        "en",
        List.of(skill("a"), skill("b", "a"), skill("c", "a"), skill("d", "b", "c")),
        List.of(card("1", "a"), card("2", "b"), card("3", "c"), card("4", "d"), card("5", "d")));
  }

  @Test
  void depthCountsTheSkillsOnTheLongestPrerequisiteChain() {
    PackStats s = PackStats.of(diamond());
    assertEquals(3, s.depth());
    assertEquals(
        List.of(1, 2, 2, 3), s.skills().stream().map(PackStats.SkillStats::depth).toList());
  }

  @Test
  void theTreeDrawsASkillWithTwoPrerequisitesOnceAndPointsToItElsewhere() {
    assertEquals(
        List.of("a", "├── b", "│   └── d   (also requires c)", "└── c", "    └── d   (see above)"),
        PackStats.of(diamond()).tree(true));
    assertEquals(
        List.of("a", "- b", "  - d   (also requires c)", "- c", "  - d   (see above)"),
        PackStats.of(diamond()).tree(false));
  }

  @Test
  void exercisesAreCountedPerSkillAndType() {
    PackStats s = PackStats.of(diamond());
    assertEquals(2, s.skills().get(3).exercises());
    assertEquals(5, s.types().get(ExerciseType.FLASHCARD));
  }

  @Test
  void anExerciseOfSeveralSkillsCountsUnderEachSkillAndOnceInThePack() {
    Exercise both =
        new Exercise(
            "6",
            List.of("b", "c"),
            "Q 6",
            2,
            List.of(),
            "",
            List.of(),
            new Exercise.Flashcard("A"));
    Pack base = diamond();
    List<Exercise> exercises = new java.util.ArrayList<>(base.exercises());
    exercises.add(both);
    Pack p = new Pack(1, "p", "P", "1.0.0", "", List.of(), "", "en", base.skills(), exercises);
    PackStats s = PackStats.of(p);
    // As `pack list` and mastery count it: b and c each have their own exercise and the shared one.
    assertEquals(
        List.of(1, 2, 2, 2), s.skills().stream().map(PackStats.SkillStats::exercises).toList());
    assertEquals(6, s.types().get(ExerciseType.FLASHCARD));
    // The pack's estimate counts the shared exercise once: 6 flashcards x 4 attempts x 10 s.
    assertEquals(Duration.ofSeconds(6 * 4 * 10), s.estimate());
  }

  @Test
  void theEstimateIsAttemptsTimesSecondsPlusReading() {
    Skill withLesson =
        new Skill(
            "a",
            "A",
            "",
            List.of(),
            "word ".repeat(400),
            List.of(new Skill.WorkedExample("p", List.of("s"), "a")),
            List.of(),
            null);
    Pack p =
        new Pack(
            1,
            "p",
            "P",
            "1.0.0",
            "",
            List.of(),
            "",
            "en",
            List.of(withLesson),
            List.of(card("1", "a")));
    // 4 attempts x 10 s for the flashcard, 400 words at 200 a minute, 60 s for the worked example.
    assertEquals(Duration.ofSeconds(4 * 10 + 120 + 60), PackStats.of(p).estimate());
  }
}
