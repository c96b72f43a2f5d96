package tutor.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.kind.AnswerGrader;

/** Examples run through the real grader: failures say what happened, and where. */
class ExampleRunnerTest {
  @TempDir Path dir;
  private static final String EX = "exercises/basics.yaml";

  @BeforeEach
  void scaffold() {
    AuthoringPacks.scaffold(dir);
  }

  private List<ExampleResult> failures() {
    return new ExampleRunner(new AnswerGrader())
        .run(AuthoringPacks.read(dir)).stream().filter(r -> !r.passed()).toList();
  }

  @Test
  void aTextAnswerTheGraderRejectsFailsWithTheExpectedAnswer() throws Exception {
    AuthoringPacks.edit(
        dir, EX, "accept: [Mars, mars, \" Mars. \"]", "accept: [Mars, Mars planet]");
    List<ExampleResult> f = failures();
    assertEquals(1, f.size(), f.toString());
    assertEquals("red-planet", f.get(0).exerciseId());
    assertEquals("accept 'Mars planet'", f.get(0).name());
    assertTrue(
        f.get(0).problem().contains("graded wrong; the expected answer is 'Mars'"),
        f.get(0).problem());
    List<String> lines = Files.readString(dir.resolve(EX)).lines().toList();
    int line =
        lines.indexOf(
                lines.stream()
                    .filter(l -> l.contains("accept: [Mars, Mars planet]"))
                    .findFirst()
                    .orElseThrow())
            + 1;
    assertEquals(line, f.get(0).at().line());
  }

  @Test
  void aRejectedAnswerTheGraderAcceptsFails() {
    AuthoringPacks.edit(dir, EX, "reject: [Venus, Jupiter]", "reject: [MARS]");
    ExampleResult f = failures().get(0);
    assertEquals("reject 'MARS'", f.name());
    assertEquals("should be rejected, but is accepted", f.problem());
  }

  @Test
  void choiceExamplesHoldWhateverOrderTheOptionsAreShownIn() {
    List<ExampleResult> all = new ExampleRunner(new AnswerGrader()).run(AuthoringPacks.read(dir));
    assertTrue(
        all.stream()
            .filter(r -> r.exerciseId().equals("largest-planet"))
            .allMatch(ExampleResult::passed));
    AuthoringPacks.edit(dir, EX, "accept: [Jupiter]", "accept: [Saturn]");
    ExampleResult f = failures().get(0);
    assertEquals("largest-planet", f.exerciseId());
    assertTrue(f.problem().contains("typed as"), f.problem());
  }

  @Test
  void anAnswerOfTheWrongShapeCountsAsRejectedButFailsAnAccept() {
    // Two options for a one-answer choice: the grader asks again; that is a rejection.
    assertTrue(failures().isEmpty());
    AuthoringPacks.edit(dir, EX, "accept: [Jupiter]", "accept: [[Jupiter, Saturn]]");
    AuthoringPacks.edit(dir, EX, "reject: [Saturn, [Jupiter, Saturn]]", "reject: [Saturn]");
    ExampleResult f = failures().get(0);
    assertTrue(f.problem().contains("asks for another answer"), f.problem());
  }

  @Test
  void numericClozeAndOrderExamplesAreGradedAsTyped() {
    AuthoringPacks.edit(dir, EX, "accept: [\"100\", \"100 °C\", \"100.0\"]", "accept: [\"99\"]");
    AuthoringPacks.edit(dir, EX, "- [h2o, Hydrogen]", "- [h2o, oxygen]");
    AuthoringPacks.edit(
        dir, EX, "- [Mercury, Venus, Earth, Mars]", "- [Venus, Mercury, Earth, Mars]");
    List<String> failed = failures().stream().map(r -> r.exerciseId()).toList();
    assertEquals(List.of("planet-order", "boiling-point", "water-formula"), failed);
    assertFalse(failures().get(2).problem().isBlank());
  }

  @Test
  void exercisesWithoutExamplesAreListedExceptFlashcards() {
    AuthoringPacks.edit(
        dir,
        EX,
        """
              examples:
                accept: [Mars, mars, " Mars. "]   # case and surrounding punctuation are ignored by default
                reject: [Venus, Jupiter]
          """,
        "");
    assertEquals(
        List.of("red-planet"),
        ExampleRunner.withoutExamples(AuthoringPacks.read(dir)).stream().map(e -> e.id()).toList());
  }

  @Test
  void aRejectedAnswerOfferedAsANearMissFails() {
    // "Marss" is one letter off "Mars": a learner would be asked "Almost ... Count it as right?".
    AuthoringPacks.edit(dir, EX, "reject: [Venus, Jupiter]", "reject: [Venus, Marss]");
    ExampleResult f = failures().get(0);
    assertEquals("reject 'Marss'", f.name());
    assertTrue(f.problem().contains("offered as a near miss of 'Mars'"), f.problem());
  }

  @Test
  void aRejectedCommandThatIsNoTypoPasses() throws Exception {
    AuthoringPacks.edit(
        dir, EX, "answers: [Mars]\n", "answers: [\"rm *.tmp\"]\n    match: command\n");
    AuthoringPacks.edit(
        dir, EX, "accept: [Mars, mars, \" Mars. \"]", "accept: [\"rm ./*.tmp\", \"rm -- *.tmp\"]");
    AuthoringPacks.edit(
        dir,
        EX,
        "reject: [Venus, Jupiter]",
        "reject: [\"rm * .tmp\", \"rm '*.tmp'\", \"rm *.txt\"]");
    assertEquals(
        List.of(), failures().stream().filter(r -> r.exerciseId().equals("red-planet")).toList());
    AuthoringPacks.edit(
        dir, EX, "reject: [\"rm * .tmp\"", "reject: [\"rn *.tmp\", \"rmm *.tmp\", \"rm * .tmp\"");
    assertEquals(
        List.of(), failures().stream().filter(r -> r.exerciseId().equals("red-planet")).toList());
  }
}
