package tutor.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each lint rule, starting from the scaffold (which has no warnings) and breaking one thing. */
class LinterTest {
  @TempDir Path dir;
  private static final String EX = "exercises/basics.yaml";

  @BeforeEach
  void scaffold() {
    AuthoringPacks.scaffold(dir);
  }

  private List<LintWarning> lint(int minExercises) {
    return new Linter(minExercises, dir, Files::isRegularFile).lint(AuthoringPacks.read(dir));
  }

  private List<LintWarning> lint() {
    return lint(Linter.DEFAULT_MIN_EXERCISES);
  }

  private static LintWarning only(List<LintWarning> warnings, String rule) {
    List<LintWarning> of = warnings.stream().filter(w -> w.rule().equals(rule)).toList();
    if (of.size() != 1) fail("expected one '" + rule + "' warning, got:\n" + show(warnings));
    return of.get(0);
  }

  private static String show(List<LintWarning> warnings) {
    return warnings.stream().map(w -> "  " + w).collect(Collectors.joining("\n"));
  }

  @Test
  void aSkillWithFewerExercisesThanAskedIsReportedAtTheSkill() {
    LintWarning w = only(lint(4), "few-exercises");
    assertTrue(
        w.message().contains("skill 'water' has 3 exercises; aim for at least 4"), w.message());
    assertEquals(dir.resolve("pack.yaml"), w.at().file());
  }

  @Test
  void anExerciseWithoutExplanationIsReportedAtItsId() throws Exception {
    AuthoringPacks.edit(
        dir, EX, "    explanation: \"Iron oxide (rust) in its dust makes Mars look red.\"\n", "");
    LintWarning w = only(lint(), "no-explanation");
    assertTrue(w.message().contains("exercise 'red-planet'"), w.message());
    String text = Files.readString(dir.resolve(EX));
    assertEquals(text.lines().toList().indexOf("  - id: red-planet") + 1, w.at().line());
    assertEquals(5, w.at().column());
  }

  @Test
  void anAutoGradedExerciseWithoutHintIsReported() {
    AuthoringPacks.edit(dir, EX, "    hints: [It is the fourth planet from the Sun.]\n", "");
    assertTrue(only(lint(), "no-hint").message().contains("'red-planet'"));
  }

  @Test
  void aHintCutAtItsCommaByYamlIsReported() {
    AuthoringPacks.edit(
        dir,
        EX,
        "    hints: [It is the fourth planet from the Sun.]\n",
        "    hints: [Look up, then count.]\n");
    LintWarning w = only(lint(), "split-hint");
    assertTrue(w.message().contains("'Look up' and 'then count.'"), w.message());
    assertTrue(w.message().contains("\"Look up, then count.\""), w.message());
  }

  @Test
  void separateSentencesAreNotTakenForASplitHint() {
    assertTrue(Linter.splitHint(List.of("Sum the values.", "then divide.")).isEmpty());
    assertTrue(Linter.splitHint(List.of("Sum", "Divide.")).isEmpty());
    assertTrue(Linter.splitHint(List.of("ls", "pwd")).isEmpty());
    assertEquals(
        List.of("Sum", "then divide."),
        Linter.splitHint(List.of("Sum", "then divide.")).orElseThrow());
  }

  @Test
  void aVeryLongPromptIsReported() {
    AuthoringPacks.edit(
        dir,
        EX,
        "prompt: Which planet is called the Red Planet?",
        "prompt: \"" + "Which planet is called the Red Planet? ".repeat(10) + "\"");
    assertTrue(only(lint(), "long-prompt").message().contains("characters"));
  }

  @Test
  void theTableListUnderAnSqlPromptDoesNotMakeItLong() {
    // 290 characters of prompt; with "Tables: planets (...)" under it the exercise shows more than
    // 300.
    AuthoringPacks.edit(
        dir,
        EX,
        "prompt: List the name of every planet farther from the Sun than Earth.",
        "prompt: \""
            + "List the name of every planet farther from the Sun than Earth. "
                .repeat(5)
                .substring(0, 290)
            + "\"");
    assertTrue(lint().stream().noneMatch(w -> w.rule().equals("long-prompt")), show(lint()));
  }

  @Test
  void anSqlSolutionThatSortsItsResultWithoutOrderedIsReported() {
    AuthoringPacks.edit(
        dir,
        EX,
        "solution: \"SELECT name FROM planets WHERE position > 3;\"",
        "solution: \"SELECT name FROM planets WHERE position > 3 ORDER BY name;\"");
    assertTrue(only(lint(), "sql-order").message().contains("ordered is false"));
  }

  @Test
  void anOrderByInsideAWindowOrASubqueryDoesNotSortTheResult() {
    AuthoringPacks.edit(
        dir,
        EX,
        "solution: \"SELECT name FROM planets WHERE position > 3;\"",
        "solution: \"SELECT name, RANK() OVER (ORDER BY position) FROM (SELECT * FROM planets ORDER BY name)"
            + " WHERE position > 3 -- not ORDER BY\"");
    assertTrue(lint().stream().noneMatch(w -> w.rule().equals("sql-order")), show(lint()));
  }

  @Test
  void theSamePromptTwiceIsReportedOnTheSecondWithTheFirstsPlace() {
    AuthoringPacks.edit(
        dir,
        EX,
        "prompt: Which is the largest planet?",
        "prompt: Which planet is called the Red Planet?");
    LintWarning w = only(lint(), "duplicate-prompt");
    assertTrue(w.message().contains("asks the same as exercise 'largest-planet'"), w.message());
  }

  @Test
  void aSkillWhoseDifficultyNeverRisesIsReported() {
    for (String d : List.of("difficulty: 2", "difficulty: 3")) {
      AuthoringPacks.edit(
          dir, EX, "    " + d + "\n    prompt: Which", "    difficulty: 1\n    prompt: Which");
    }
    AuthoringPacks.edit(
        dir, EX, "difficulty: 4\n    prompt: Put", "difficulty: 1\n    prompt: Put");
    AuthoringPacks.edit(
        dir, EX, "difficulty: 3\n    fixture: planets", "difficulty: 1\n    fixture: planets");
    AuthoringPacks.edit(
        dir,
        EX,
        "difficulty: 3\n    prompt: Write a pattern",
        "difficulty: 1\n    prompt: Write a pattern");
    assertTrue(
        only(lint(), "flat-difficulty")
            .message()
            .contains("skill 'planets': every exercise has difficulty 1"));
  }

  @Test
  void aCorrectOptionMuchLongerThanTheOthersIsReported() {
    AuthoringPacks.edit(
        dir,
        EX,
        "options: [Jupiter, Saturn, Earth, Mars]",
        "options: [\"Jupiter, the largest gas giant by far\", Saturn, Earth, Mars]");
    AuthoringPacks.edit(
        dir, EX, "correct: Jupiter", "correct: \"Jupiter, the largest gas giant by far\"");
    AuthoringPacks.edit(
        dir, EX, "accept: [Jupiter]", "accept: [\"Jupiter, the largest gas giant by far\"]");
    AuthoringPacks.edit(dir, EX, "reject: [Saturn, [Jupiter, Saturn]]", "reject: [Saturn]");
    assertTrue(only(lint(), "length-giveaway").message().contains("gives it away"));
  }

  @Test
  void answersDifferingOnlyByCaseAreReportedWhenGradingIsCaseSensitive() {
    AuthoringPacks.edit(
        dir, EX, "answers: [Mars]", "answers: [Mars, MARS]\n    case_sensitive: true");
    AuthoringPacks.edit(dir, EX, "accept: [Mars, mars, \" Mars. \"]", "accept: [Mars]");
    LintWarning w = only(lint(), "case-only");
    assertTrue(
        w.message().contains("'Mars'/'MARS'") && w.message().contains("case_sensitive: false"),
        w.message());
  }

  @Test
  void commandAnswersAreNeverReportedForCaseBecauseCaseAlwaysCountsInACommand() {
    AuthoringPacks.edit(
        dir,
        EX,
        "answers: [Mars]",
        "answers: [\"grep -r x .\", \"grep -R x .\"]\n    match: command");
    AuthoringPacks.edit(dir, EX, "accept: [Mars, mars, \" Mars. \"]", "accept: [\"grep -R x .\"]");
    AuthoringPacks.edit(dir, EX, "reject: [Venus, Jupiter]", "reject: [\"grep -rx .\"]");
    assertTrue(lint().stream().noneMatch(w -> w.rule().equals("case-only")), lint().toString());
  }

  @Test
  void answersThatAreTheSameOnceCaseIsIgnoredAreReportedAsRedundant() {
    AuthoringPacks.edit(dir, EX, "answers: [Mars]", "answers: [Mars, mars]");
    assertTrue(only(lint(), "case-only").message().contains("keep one"));
  }

  @Test
  void aSkillWithoutALessonIsReported() {
    AuthoringPacks.edit(dir, "pack.yaml", "    lesson_file: lessons/planets.md\n", "");
    assertTrue(only(lint(), "no-lesson").message().contains("skill 'planets' has no lesson"));
  }

  @Test
  void aSkillWithoutWorkedExamplesAndResourcesIsReported() throws Exception {
    String m = Files.readString(dir.resolve("pack.yaml"));
    int from = m.indexOf("    worked_examples:\n      - problem: \"How many atoms");
    int to = m.length();
    Files.writeString(dir.resolve("pack.yaml"), m.substring(0, from) + m.substring(to));
    List<LintWarning> warnings = lint();
    assertTrue(only(warnings, "no-worked-example").message().contains("skill 'water'"));
    assertTrue(only(warnings, "no-resources").message().contains("skill 'water'"));
  }

  @Test
  void anEmptyOrShortLessonIsReported() throws Exception {
    Files.writeString(dir.resolve("lessons/planets.md"), "\n");
    assertTrue(only(lint(), "empty-lesson").message().contains("the lesson is empty"));
    Files.writeString(dir.resolve("lessons/planets.md"), "# Planets\n\nThere are eight.\n");
    assertTrue(only(lint(), "short-lesson").message().contains("only 4 words"));
  }

  @Test
  void lessonLinksThatATerminalCannotFollowAreReportedOnTheirLine() throws Exception {
    String lesson =
        Files.readString(dir.resolve("lessons/planets.md"))
            + "\nSee [the notes](notes.md), [a mail](mailto:a@b.c), [fine](https://example.org),"
            + "\n[a script](javascript:void) and ![a chart](chart.png).\n"
            + "\n```\n[not a link](ftp://x)\n```\n";
    Files.writeString(dir.resolve("lessons/planets.md"), lesson);
    Files.writeString(dir.resolve("lessons/notes.md"), "notes\n");
    List<LintWarning> links = lint().stream().filter(w -> w.rule().equals("lesson-link")).toList();
    assertEquals(3, links.size(), show(links));
    int line =
        lesson.lines().toList().indexOf("[a script](javascript:void) and ![a chart](chart.png).")
            + 1;
    assertTrue(
        links.get(0).message().contains("'mailto:a@b.c' is neither a web address"), show(links));
    assertEquals(line - 1, links.get(0).at().line());
    assertEquals(
        dir.resolve("lessons/planets.md").toAbsolutePath().normalize(),
        links.get(0).at().file().toAbsolutePath().normalize());
    assertTrue(
        links.stream().anyMatch(w -> w.message().contains("'javascript:void'")), show(links));
    assertTrue(
        links.stream().anyMatch(w -> w.message().contains("image 'chart.png'")), show(links));
  }

  @Test
  void aRelativeLessonLinkToAMissingFileIsReported() throws Exception {
    Files.writeString(
        dir.resolve("lessons/planets.md"),
        Files.readString(dir.resolve("lessons/planets.md"))
            + "\nSee [more](more.md) and [up](../../etc/passwd).\n");
    List<LintWarning> links = lint().stream().filter(w -> w.rule().equals("lesson-link")).toList();
    assertTrue(
        links.stream()
            .anyMatch(w -> w.message().contains("'more.md' points to no file in the pack")),
        show(links));
    assertTrue(
        links.stream()
            .anyMatch(w -> w.message().contains("'../../etc/passwd' points outside the pack")),
        show(links));
  }

  @Test
  void aWarningPrintsLikeACompilerWarning() {
    LintWarning w =
        new LintWarning("no-hint", new tutor.packfile.Location(Path.of("x.yaml"), 3, 5), "m");
    assertEquals("x.yaml:3:5: warning: m [no-hint]", w.toString());
  }
}
