package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** Lessons in a real session: once on first introduction, again on request and after misses. */
class LessonSessionTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    cli = new Cli(dir.resolve("tutor.db"));
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  @Test
  void aNewSkillsLessonAndWorkedExampleComeBeforeItsFirstExerciseOnce() {
    Cli.Result r = cli.input("Paris\n5\n", "study", "--limit", "2", NOW);
    String out = r.out();
    assertEquals(1, count(out, "read this first"), out);
    assertTrue(
        out.indexOf("Worked example: What is 1 + 1?")
            < out.indexOf("What is the capital of France?"),
        out);
    assertTrue(out.contains("New skill: Demo pack, The basics"), out);
    Cli.Result again = cli.input("100\nCelsius\n", "study", "--limit", "1", NOW);
    assertFalse(
        again.out().contains("read this first"), "shown once, not every session:\n" + again.out());
  }

  @Test
  void aSkillAnsweredInPlacementIsNotCalledNewWhenItsLessonFirstComes() {
    assertEquals(0, cli.input("7\n", "placement", "--pack", "demo", NOW).code());
    Cli.Result r = cli.input("5\nParis\n1\n", "study", "--limit", "3", NOW);
    String out = r.out();
    assertTrue(out.contains("read this first"), "the lesson is shown, once:\n" + out);
    assertTrue(out.contains("Lesson: Demo pack, The basics"), out);
    assertFalse(out.contains("New skill: Demo pack, The basics"), out);
  }

  @Test
  void aSkillMissedInPlacementGetsItsLessonBeforeItsFirstLearningStep() {
    // Missed in placement: its card is in a learning step, due before any new exercise, and the
    // lesson was never shown. The step is picked first; the lesson must still come before it.
    assertEquals(0, cli.input("7\n", "placement", "--pack", "demo", NOW).code());
    Cli.Result r = cli.input("2\n3\n", "study", "--limit", "1", "--now=2026-03-02T10:00:00Z");
    String out = r.out();
    assertTrue(out.contains("Lesson: Demo pack, The basics"), out);
    assertTrue(out.indexOf("read this first") < out.indexOf("Exercise 1 of 1"), out);
  }

  /**
   * A skill the learner placed out of opened with its whole lesson when it first came up in study
   * (issue 20, F6): as Duolingo skips a skill's tips after a test-out, a line says so instead, and
   * the lesson is one command away.
   */
  @Test
  void aSkillPlacedOutOfGetsALineInsteadOfItsLessonAndLessonShowsIt() throws Exception {
    // Placement inferred "basics" known (placed, never asked), as it does for the prerequisites of
    // a skill answered right: attempts 0, placed 1.
    assertEquals(0, cli.run("due", NOW).code());
    long learner = Rows.learnerId(dir.resolve("tutor.db"), "default");
    Rows.exec(
        dir.resolve("tutor.db"),
        "INSERT INTO mastery (learner_id, pack_id, skill_id, p_known, attempts, correct,"
            + " updated_at, placed) VALUES ("
            + learner
            + ", 'demo', 'basics', 0.96, 0, 0, 0, 1)");
    Cli.Result r = cli.input("5\nParis\n1\n", "study", "--skill", "basics", "--limit", "2", NOW);
    String out = r.out();
    assertTrue(out.contains("You placed out of The basics; :lesson shows its lesson."), out);
    assertFalse(out.contains("read this first"), "no lesson before the exercise:\n" + out);
    assertFalse(out.contains("New skill: Demo pack, The basics"), out);
    // The lesson, one command away; the line is said once, not every session.
    Cli.Result asked = cli.input(":lesson\n5\n", "study", "--skill", "basics", "--limit", "1", NOW);
    assertTrue(asked.out().contains("read this first"), asked.out());
    assertFalse(asked.out().contains("You placed out of"), asked.out());
  }

  @Test
  void aMisspeltCommandIsNotGradedAndSaysWhichOneWasMeant() throws Exception {
    Cli.Result r = cli.input(":lesosn\nParis\n", "study", "--limit", "1", NOW);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains(":lesosn: no such command; did you mean :lesson?"), r.out());
    assertTrue(r.out().contains("Correct."), "the answer after it is the one graded:\n" + r.out());
    assertFalse(r.out().contains("Not quite."), r.out());
    assertEquals(1, Rows.count(dir.resolve("tutor.db"), "SELECT count(*) FROM reviews"));
  }

  @Test
  void aColonAnswerCloseToACommandIsGradedWhereAnswersStartWithAColon() throws Exception {
    Path pack = dir.resolve("vim");
    java.nio.file.Files.createDirectories(pack.resolve("exercises"));
    java.nio.file.Files.writeString(
        pack.resolve("pack.yaml"),
        "id: vim\ntitle: Vim\nversion: 1.0.0\nskills:\n  - id: files\n    title: Files\n");
    java.nio.file.Files.writeString(
        pack.resolve("exercises/files.yaml"),
        """
        exercises:
          - id: open-other
            skill: files
            type: text
            prompt: Which command line opens another file in this window?
            answers: [":edit"]
        """);
    assertEquals(0, cli.run("pack", "add", pack.toString()).code());
    // ":edit" is one slip from ":exit", but here it is the answer.
    Cli.Result r = cli.input(":edit\n", "study", "--pack", "vim", "--limit", "1", NOW);
    assertTrue(r.out().contains("Correct."), r.out());
    assertFalse(r.out().contains("did you mean"), r.out());
  }

  @Test
  void lessonCommandShowsTheLessonAgain() {
    Cli.Result r = cli.input(":lesson\nParis\n", "study", "--limit", "1", NOW);
    assertEquals(2, count(r.out(), "read this first"), r.out());
  }

  @Test
  void twoMissesInARowOfferTheLessonAnExampleAndResources() {
    Cli.Result r = cli.input("London\n6\n:resources\n1\n", "study", "--limit", "3", NOW);
    String flat = r.out().replace('\n', ' ');
    assertTrue(
        flat.contains(
            "You missed 2 in a row on The basics. Type :lesson to read the lesson again,"
                + " :example for a worked example, :resources for more material at the next prompt."),
        r.out());
    assertTrue(r.out().contains("An atlas (book): https://example.org/atlas"), r.out());
  }

  @Test
  void whyExplainsTheChoice() {
    Cli.Result r = cli.input(":why\nParis\n", "study", "--limit", "1", NOW);
    assertTrue(r.out().contains("Why this exercise: New material in The basics ("), r.out());
    // The skill named once: not "New material in The basics (The basics is new, ...)".
    assertFalse(r.out().contains("(The basics is"), r.out());
  }

  @Test
  void theLessonCommandShowsALessonOutsideASession() {
    Cli.Result r = cli.run("lesson", "basics");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("read this first"), r.out());
    assertTrue(r.out().contains("Worked example: What is 1 + 1?"), r.out());
    assertTrue(r.out().contains("An atlas (book): https://example.org/atlas"), r.out());
    assertEquals(2, cli.run("lesson", "nope").code());
    Cli.Result none = cli.run("lesson", "more");
    assertTrue(none.out().contains("This skill has no lesson yet."), none.out());
  }

  @Test
  void theLessonCommandWithoutASkillSaysWhichSkillsThereAre() {
    Cli.Result r = cli.run("lesson");
    assertEquals(2, r.code(), r.toString());
    assertFalse(r.err().contains("Missing required parameter"), r.err());
    assertTrue(r.err().contains("tutor lesson SKILL, e.g. basics"), r.err());
    assertTrue(r.err().contains("tutor pack list"), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line:\n" + r.err());
  }
}
