package tutor.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled packs' verdicts on a set of answers learners would type (written from the prompts and
 * lessons before reading the keys; see learner-answers/README.md): no wrong answer accepted or
 * offered as a near miss, and every correct one accepted except those declined on purpose (each
 * with its reason in the set), which must stay under 2 % of the correct ones.
 */
class LearnerAnswersTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"git", "unix-shell"})
  void learnersAnswersAreGradedAsIntended(String pack) throws Exception {
    assertGradedAsIntended(pack, LearnerAnswers.SETS.resolve(pack + ".yaml"));
  }

  /** Round 4, written unseen after rounds 1-3 were fixed, holds to the same bar. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"git", "unix-shell"})
  void roundFourIsGradedAsIntended(String pack) throws Exception {
    assertGradedAsIntended(pack, LearnerAnswers.ROUND4.resolve(pack + ".yaml"));
  }

  /**
   * Round 5, written with the keys in view to probe forms rounds 1-4 left out (learner-answers/
   * round5): every bundled pack's typed exercises, queries and patterns.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"git, git", "unix-shell, unix-shell", "sql, sql", "regex, unix-shell"})
  void roundFiveIsGradedAsIntended(String set, String pack) throws Exception {
    Path dir = Path.of("content", pack);
    Path file = LearnerAnswers.ROUND5.resolve(set + ".yaml");
    assertTrue(
        Files.isDirectory(dir) && Files.isRegularFile(file), "needs " + dir + " and " + file);
    assertAsIntended(LearnerAnswers.grade(set + " r5", dir, file, false), set + " r5", 60);
  }

  /**
   * Round 6, written unseen from the masked prompts by a beginner, an expert writing other forms, a
   * hurried learner and the classic misconceptions (learner-answers/round6): every exercise of
   * every bundled pack but the self-rated flashcards, each with right answers in other forms and
   * wrong ones; slips must be offered as "Almost" and never credited.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"git, git", "unix-shell, unix-shell", "sql, sql", "regex, unix-shell"})
  void roundSixIsGradedAsIntended(String set, String pack) throws Exception {
    assertRoundAsIntended(LearnerAnswers.ROUND6, "r6", set, pack, 2);
  }

  /**
   * Round 7, written unseen from the masked prompts by a fresh hand (learner-answers/round7): every
   * exercise of every bundled pack but the flashcards, each with right answers in other forms and
   * wrong ones; slips must be offered as "Almost" and never credited.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"git, git", "unix-shell, unix-shell", "sql, sql", "regex, unix-shell"})
  void roundSevenIsGradedAsIntended(String set, String pack) throws Exception {
    assertRoundAsIntended(LearnerAnswers.ROUND7, "r7", set, pack, 3);
  }

  /**
   * Round 8, written unseen from the masked prompts by a fresh hand (learner-answers/round8): every
   * exercise of every bundled pack but the flashcards, more answers where earlier rounds were thin
   * (order exercises, SQL choices); slips must be offered as "Almost" and never credited.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"git, git", "unix-shell, unix-shell", "sql, sql", "regex, unix-shell"})
  void roundEightIsGradedAsIntended(String set, String pack) throws Exception {
    assertRoundAsIntended(LearnerAnswers.ROUND8, "r8", set, pack, 3);
  }

  /**
   * Round 9, written unseen from the masked prompts with the lessons by a fresh hand
   * (learner-answers/round9): every exercise of every bundled pack but the flashcards; other forms
   * of right answers (a prompt or backticks copied around a command, git's config keys in any case,
   * SQL's row values and UPDATE ... FROM) and wrong ones right only on the present rows.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"git, git", "unix-shell, unix-shell", "sql, sql", "regex, unix-shell"})
  void roundNineIsGradedAsIntended(String set, String pack) throws Exception {
    assertRoundAsIntended(LearnerAnswers.ROUND9, "r9", set, pack, 3);
  }

  /**
   * Round 10, written unseen from the masked prompts with the lessons (learner-answers/round10):
   * every exercise of every bundled pack but the flashcards; SQL in other dialect-neutral styles
   * (CTEs, subqueries for joins, USING, lowercase) and wrong filters right only on the present
   * rows.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"git, git", "unix-shell, unix-shell", "sql, sql", "regex, unix-shell"})
  void roundTenIsGradedAsIntended(String set, String pack) throws Exception {
    assertRoundAsIntended(LearnerAnswers.ROUND10, "r10", set, pack, 3);
  }

  /**
   * One round's set graded as intended ({@link #assertAsIntended}), and every exercise in it given
   * a right answer and at least {@code wrongEach} wrong ones.
   */
  private static void assertRoundAsIntended(
      Path round, String tag, String set, String pack, int wrongEach) throws Exception {
    Path dir = Path.of("content", pack);
    Path file = round.resolve(set + ".yaml");
    assertTrue(
        Files.isDirectory(dir) && Files.isRegularFile(file), "needs " + dir + " and " + file);
    LearnerAnswers.Result r = LearnerAnswers.grade(set + " " + tag, dir, file, true);
    assertAsIntended(r, set + " " + tag, 60);
    String thin =
        r.verdicts().stream()
            .collect(
                Collectors.groupingBy(
                    LearnerAnswers.Verdict::exerciseId,
                    Collectors.partitioningBy(
                        LearnerAnswers.Verdict::correct, Collectors.counting())))
            .entrySet()
            .stream()
            .filter(e -> e.getValue().get(true) < 1 || e.getValue().get(false) < wrongEach)
            .map(e -> e.getKey() + ": " + e.getValue())
            .sorted()
            .collect(Collectors.joining("\n"));
    assertEquals(
        "",
        thin,
        "exercises without a right and "
            + (wrongEach == 2 ? "two" : "three")
            + " wrong answers in "
            + set
            + " "
            + tag);
  }

  /**
   * The rounds written unseen mask the prompts with one script, kept beside the README: round 9's
   * copy of round 7's, grown apart, was two scripts to keep in step.
   */
  @org.junit.jupiter.api.Test
  void oneMaskingScriptServesEveryRound() throws Exception {
    Path sets = LearnerAnswers.SETS;
    try (var files = Files.walk(sets)) {
      assertEquals(
          java.util.List.of(sets.resolve("mask-prompts.py")),
          files.filter(f -> f.getFileName().toString().equals("mask-prompts.py")).toList());
    }
  }

  /** The four round-6 sets hold at least 3,000 answers between them, every exercise answered. */
  @org.junit.jupiter.api.Test
  void roundSixAnswersEveryExerciseOfEveryPack() throws Exception {
    int answers = 0;
    java.util.Set<String> answered = new java.util.HashSet<>();
    for (String set : new String[] {"git", "unix-shell", "sql", "regex"}) {
      Path file = LearnerAnswers.ROUND6.resolve(set + ".yaml");
      LearnerAnswers.Result r = LearnerAnswers.grade(set, LearnerAnswers.packOf(file), file, false);
      answers += r.verdicts().size();
      for (LearnerAnswers.Verdict v : r.verdicts())
        answered.add(LearnerAnswers.packOf(file).getFileName() + "/" + v.exerciseId());
    }
    java.util.List<String> missing = new java.util.ArrayList<>();
    for (String pack : new String[] {"git", "unix-shell", "sql"}) {
      for (tutor.pack.Exercise e :
          tutor.packfile.PackReader.readAuthored(Path.of("content", pack)).pack().exercises()) {
        if (e.type().yamlName().equals("flashcard")) continue;
        if (!answered.contains(pack + "/" + e.id())) missing.add(pack + "/" + e.id());
      }
    }
    assertEquals("", String.join("\n", missing), "exercises round 6 does not answer");
    assertTrue(answers >= 3000, answers + " answers in round 6");
  }

  private static void assertGradedAsIntended(String pack, Path set) throws Exception {
    Path dir = Path.of("content", pack);
    assertTrue(Files.isDirectory(dir) && Files.isRegularFile(set), "needs " + dir + " and " + set);
    assertAsIntended(LearnerAnswers.grade(dir, set), pack, 300);
  }

  /**
   * No problem in the set, no wrong answer credited, every correct one accepted unless declined
   * (under 2 %), and at least {@code atLeast} answers of each sort.
   */
  private static void assertAsIntended(LearnerAnswers.Result r, String pack, int atLeast) {
    assertEquals("", String.join("\n", r.problems()));
    String wrongOnes =
        r.verdicts().stream()
            .filter(v -> !v.correct() && !v.asIntended())
            .map(
                v ->
                    v.exerciseId()
                        + (v.almost() ? ": slip " : ": wrong ")
                        + v.shown()
                        + (v.accepted()
                            ? " is accepted"
                            : v.almost()
                                ? " is not offered as a near miss"
                                : " is offered as a near miss"))
            .collect(Collectors.joining("\n"));
    assertEquals("", wrongOnes, "wrong answers credited in " + pack);
    String missed =
        r.verdicts().stream()
            .filter(v -> v.correct() && !v.declined() && !v.accepted())
            .map(v -> v.exerciseId() + ": correct " + v.shown() + " is rejected")
            .collect(Collectors.joining("\n"));
    assertEquals("", missed, "correct answers rejected in " + pack);
    String declinedButAccepted =
        r.verdicts().stream()
            .filter(v -> v.declined() && v.accepted())
            .map(
                v ->
                    v.exerciseId()
                        + ": "
                        + v.shown()
                        + " is declined in the set but accepted: move it to correct")
            .collect(Collectors.joining("\n"));
    assertEquals("", declinedButAccepted);
    assertTrue(r.figures().acceptedShare() >= 0.98, r.figures().line());
    assertTrue(
        r.figures().correct() > atLeast && r.figures().wrong() > atLeast, r.figures().line());
  }

  /**
   * Round 4 of the run-graded kinds, written unseen by another hand (learner-answers/round4): the
   * SQL pack's exercises and the shell pack's regex exercises, graded by running them. Each set
   * answers every exercise of the kinds it answers.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"sql, sql", "regex, unix-shell"})
  void roundFourOfTheRunGradedKindsIsGradedAsIntended(String set, String pack) throws Exception {
    Path dir = Path.of("content", pack);
    Path file = LearnerAnswers.ROUND4.resolve(set + ".yaml");
    assertTrue(
        Files.isDirectory(dir) && Files.isRegularFile(file), "needs " + dir + " and " + file);
    assertAsIntended(LearnerAnswers.grade(set + " r4", dir, file, true), set + " r4", 60);
  }
}
