package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tutor.packfile.Packs.assertError;
import static tutor.packfile.Packs.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code examples:} on exercises: read with their places, and checked against the exercise. */
class ExamplesTest {
  @TempDir Path dir;

  private Path x() {
    return dir.resolve("exercises/x.yaml");
  }

  private List<PackError> errorsOf(String exercises) {
    return Packs.errors(Packs.withExercises(dir, exercises));
  }

  private Examples examplesOf(String exercises, String id) throws PackException {
    return PackReader.readAuthored(Packs.withExercises(dir, exercises)).sources().examplesOf(id);
  }

  @Test
  void textExamplesAreReadWithTheirLines() throws PackException {
    String f =
        "exercises:\n"
            + Packs.VALID_EXERCISE
            + """
            examples:
              accept: [x, " X "]
              reject:
                - y
        """;
    Examples e = examplesOf(f, "fine");
    assertEquals(
        List.of(List.of("x"), List.of(" X ")),
        e.accept().stream().map(Examples.Example::answer).toList());
    assertEquals(List.of("y"), e.reject().get(0).answer());
    assertEquals(line(f, "- y"), e.reject().get(0).at().line());
    assertEquals(x(), e.reject().get(0).at().file());
    assertTrue(e.reject().get(0).at().column() > 0);
  }

  @Test
  void numericExamplesKeepWhatWasTyped() throws PackException {
    String f =
        """
        exercises:
          - id: n
            skill: a
            type: numeric
            prompt: Half of three?
            answer: 1.5
            examples:
              accept: [1.5, "1,5"]
        """;
    assertEquals(
        List.of(List.of("1.5"), List.of("1,5")),
        examplesOf(f, "n").accept().stream().map(Examples.Example::answer).toList());
  }

  @Test
  void aClozeExampleGivesOneAnswerPerGap() throws PackException {
    String f =
        """
        exercises:
          - id: c
            skill: a
            type: cloze
            text: "{{a}} and {{b}}"
            examples:
              accept: [[a, b]]
        """;
    assertEquals(List.of("a", "b"), examplesOf(f, "c").accept().get(0).answer());
  }

  @Test
  void aClozeExampleWithTheWrongNumberOfAnswersIsAnError() {
    String f =
        """
        exercises:
          - id: c
            skill: a
            type: cloze
            text: "{{a}} and {{b}}"
            examples:
              accept: [a]
        """;
    assertError(
        errorsOf(f),
        x(),
        line(f, "accept:"),
        "the text has 2 gaps but this example gives 1 answer");
  }

  @Test
  void aChoiceExampleNamingNoOptionIsAnErrorWithASuggestion() {
    String f =
        """
        exercises:
          - id: ch
            skill: a
            type: choice
            prompt: Pick
            options: [Jupiter, Saturn]
            correct: Jupiter
            examples:
              accept: [Jupiterr]
        """;
    assertError(
        errorsOf(f),
        x(),
        line(f, "accept:"),
        "exercise 'ch': examples: accept: 'Jupiterr' is not one of the options (did you mean 'Jupiter'?)");
  }

  @Test
  void anOrderExampleMustListEveryItemOnce() {
    String f =
        """
        exercises:
          - id: o
            skill: a
            type: order
            prompt: Order
            items: [one, two, three]
            examples:
              reject:
                - [two, one]
        """;
    assertError(
        errorsOf(f), x(), line(f, "- [two, one]"), "an order example lists all 3 items, each once");
  }

  @Test
  void aFlashcardCannotHaveExamples() {
    String f =
        """
        exercises:
          - id: f
            skill: a
            type: flashcard
            front: F
            back: B
            examples:
              accept: [B]
        """;
    assertError(errorsOf(f), x(), line(f, "examples:"), "a flashcard is rated by the learner");
  }

  @Test
  void anUnknownKeyUnderExamplesIsAnErrorWithASuggestion() {
    String f =
        "exercises:\n"
            + Packs.VALID_EXERCISE
            + """
            examples:
              acept: [x]
        """;
    assertError(
        errorsOf(f), x(), line(f, "acept:"), "unknown field 'acept' (did you mean 'accept'?)");
  }

  @Test
  void aTextExampleThatIsAListIsAnError() {
    String f =
        "exercises:\n"
            + Packs.VALID_EXERCISE
            + """
            examples:
              accept: [[x, y]]
        """;
    assertError(errorsOf(f), x(), line(f, "accept:"), "each example is one answer");
  }

  @Test
  void examplesAreNotPartOfTheExerciseLearnersSee() throws PackException {
    String f = "exercises:\n" + Packs.VALID_EXERCISE + "    examples: {accept: [x]}\n";
    assertEquals("Say x", PackReader.read(Packs.withExercises(dir, f)).exercises().get(0).prompt());
  }
}
