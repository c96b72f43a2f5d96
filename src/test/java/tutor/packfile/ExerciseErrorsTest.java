package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tutor.packfile.Packs.assertError;
import static tutor.packfile.Packs.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.Exercise;

/** Problems in exercise files, each reported with its file and line. */
class ExerciseErrorsTest {
  @TempDir Path dir;

  /** An exercise file holding {@code entry} and, after it, a valid exercise for skill a. */
  private static String file(String entry) {
    return "exercises:\n" + entry + Packs.VALID_EXERCISE;
  }

  private List<PackError> errorsOf(String exercises) {
    return Packs.errors(Packs.withExercises(dir, exercises));
  }

  private Path x() {
    return dir.resolve("exercises/x.yaml");
  }

  private Exercise.Body onlyBody(String exercises) throws PackException {
    return PackReader.read(Packs.withExercises(dir, exercises)).exercises().get(0).body();
  }

  @Test
  void unknownTypeListsTheAllowedTypesOnTheTypeLine() {
    String f =
        file(
            """
          - id: pipes-3
            skill: a
            type: mcq
            prompt: Q
        """);
    assertError(
        errorsOf(f),
        x(),
        line(f, "type: mcq"),
        "exercise 'pipes-3': unknown type 'mcq' "
            + "(expected one of flashcard, choice, text, cloze, numeric, order, sql, regex)");
  }

  @Test
  void missingTypeIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            prompt: Q
        """);
    assertError(errorsOf(f), x(), line(f, "- id: e1"), "exercise 'e1': missing field 'type'");
  }

  @Test
  void missingIdIsReported() {
    String f =
        file(
            """
          - skill: a
            type: text
            prompt: Q
            answers: [x]
        """);
    assertError(errorsOf(f), x(), line(f, "- skill: a"), "missing field 'id'");
  }

  @Test
  void badExerciseIdIsReported() {
    String f =
        file(
            """
          - id: Has Spaces
            skill: a
            type: text
            prompt: Q
            answers: [x]
        """);
    assertError(
        errorsOf(f), x(), line(f, "- id: Has"), "exercise 'Has Spaces': id should use only");
  }

  @Test
  void fieldOfAnotherTypeIsAnUnknownField() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: text
            prompt: Q
            answers: [x]
            options: [x, y]
        """);
    assertError(errorsOf(f), x(), line(f, "options:"), "exercise 'e1': unknown field 'options'");
  }

  @Test
  void misspelledFieldSuggestsTheRightOne() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: text
            prompt: Q
            answer: [x]
        """);
    assertError(
        errorsOf(f), x(), line(f, "answer:"), "unknown field 'answer' (did you mean 'answers'?)");
  }

  @Test
  void gradingKeyOnAChoiceIsAnUnknownField() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: choice
            prompt: Q
            options: [x, y]
            correct: x
            case_sensitive: true
        """);
    assertError(errorsOf(f), x(), line(f, "case_sensitive"), "unknown field 'case_sensitive'");
  }

  @Test
  void promptOnAFlashcardIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: flashcard
            prompt: Q
            front: F
            back: B
        """);
    assertError(errorsOf(f), x(), line(f, "prompt: Q"), "a flashcard has 'front' and 'back'");
  }

  @Test
  void flashcardWithoutBackIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: flashcard
            front: F
        """);
    assertError(errorsOf(f), x(), line(f, "- id: e1"), "missing field 'back'");
  }

  @Test
  void missingPromptIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: text
            answers: [x]
        """);
    assertError(errorsOf(f), x(), line(f, "- id: e1"), "exercise 'e1': missing field 'prompt'");
  }

  @Test
  void unknownSkillIsReportedOnTheSkillLine() {
    String f =
        file(
            """
          - id: e1
            skill: b
            type: text
            prompt: Q
            answers: [x]
        """);
    assertError(errorsOf(f), x(), line(f, "skill: b"), "exercise 'e1': unknown skill 'b'");
  }

  @Test
  void unknownSkillSuggestsAKnownOne() {
    String m = Packs.MANIFEST.replace("- id: a\n    title: A", "- id: pipes\n    title: Pipes");
    String f =
        """
        exercises:
          - id: e1
            skill: pipe
            type: text
            prompt: Q
            answers: [x]
          - id: e2
            skill: pipes
            type: text
            prompt: Q
            answers: [x]
        """;
    List<PackError> errors = Packs.errors(Packs.pack(dir, m, f));
    assertError(
        errors, x(), line(f, "skill: pipe"), "unknown skill 'pipe' (did you mean 'pipes'?)");
  }

  @Test
  void exerciseMayPractiseSeveralSkills() throws PackException {
    String m = Packs.MANIFEST + "  - id: b\n    title: B\n";
    String f = "exercises:\n" + Packs.VALID_EXERCISE.replace("skill: a", "skill: [a, b]");
    assertEquals(
        List.of("a", "b"), PackReader.read(Packs.pack(dir, m, f)).exercises().get(0).skills());
  }

  @Test
  void duplicateIdAcrossTwoFilesNamesTheFirstLocation() {
    Packs.write(dir, "pack.yaml", Packs.MANIFEST);
    String first = "exercises:\n" + Packs.VALID_EXERCISE;
    String second = "# the same id again\nexercises:\n" + Packs.VALID_EXERCISE;
    Packs.write(dir, "exercises/a.yaml", first);
    Packs.write(dir, "exercises/b.yaml", second);
    Path a = dir.resolve("exercises/a.yaml");
    assertError(
        Packs.errors(dir),
        dir.resolve("exercises/b.yaml"),
        line(second, "- id: fine"),
        "exercise 'fine': duplicate id (first defined at "
            + a
            + ":"
            + line(first, "- id: fine")
            + ")");
  }

  @Test
  void duplicateIdInOneFileIsReportedOnTheSecondOne() {
    String f = "exercises:\n" + Packs.VALID_EXERCISE + Packs.VALID_EXERCISE;
    assertError(errorsOf(f), x(), 7, "duplicate id (first defined at " + x() + ":2)");
  }

  @Test
  void choiceCorrectAnswerNotAmongTheOptionsIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: choice
            prompt: Q
            options: ["ls -a", "ls -l"]
            correct: "ls -A"
        """);
    assertError(
        errorsOf(f),
        x(),
        line(f, "correct:"),
        "'ls -A' in 'correct' is not one of the options (did you mean 'ls -a'?)");
  }

  @Test
  void choiceWithEveryOptionCorrectIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: choice
            prompt: Q
            options: [x, y]
            correct: [y, x]
        """);
    assertError(errorsOf(f), x(), line(f, "correct:"), "every option is correct");
  }

  @Test
  void choiceWithTheSameOptionTwiceIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: choice
            prompt: Q
            options: [x, y, x]
            correct: y
        """);
    assertError(errorsOf(f), x(), line(f, "options:"), "two options are the same");
  }

  @Test
  void choiceWithOneOptionIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: choice
            prompt: Q
            options: [x]
            correct: x
        """);
    assertError(errorsOf(f), x(), line(f, "options:"), "at least two options");
  }

  @Test
  void choiceWithoutCorrectIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: choice
            prompt: Q
            options: [x, y]
        """);
    assertError(errorsOf(f), x(), line(f, "- id: e1"), "missing field 'correct'");
  }

  @Test
  void choiceShuffleFalseIsRead() throws PackException {
    Exercise.Body body =
        onlyBody(
            """
        exercises:
          - id: e1
            skill: a
            type: choice
            prompt: Q
            options: [x, y, all of the above]
            correct: all of the above
            shuffle: false
        """);
    assertEquals(
        new Exercise.Choice(List.of("x", "y", "all of the above"), List.of(2), false), body);
  }

  @Test
  void clozeWithoutGapsIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: cloze
            text: "No gaps at all."
        """);
    assertError(
        errorsOf(f),
        x(),
        line(f, "text:"),
        "exercise 'e1': a cloze text needs at least one {{gap}}");
  }

  @Test
  void anUnknownSkillFarFromEveryOneListsThePacksSkills() {
    // The exercises of pack new's sample, kept in a pack whose skills were renamed.
    String f =
        file(
            """
          - id: e1
            skill: planets
            type: text
            prompt: Q
            answers: [x]
        """);
    assertError(
        errorsOf(f),
        x(),
        line(f, "skill: planets"),
        "exercise 'e1': unknown skill 'planets' (the pack's skills: a)");
  }

  @Test
  void clozeWithoutGapsIsOneErrorNotOnePerExample() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: cloze
            text: "xs[0]"
            examples:
              accept: ["0"]
              reject: ["1"]
        """);
    List<PackError> errors = errorsOf(f);
    assertError(errors, x(), line(f, "text:"), "a cloze text needs at least one {{gap}}");
    assertEquals(1, errors.size(), Packs.show(errors));
  }

  @Test
  void aGapLeftOpenIsNamedAsSuchNotAsMissing() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: cloze
            text: "xs[{{0}]"
        """);
    List<PackError> errors = errorsOf(f);
    assertError(errors, x(), line(f, "text:"), "a '{{' is not closed with '}}'");
    assertEquals(1, errors.size(), Packs.show(errors));
  }

  @Test
  void aGapLeftOpenBeforeAnotherGapIsFoundToo() {
    // The lazy match makes "0}] and {{1" one gap: valid on its face, and no learner could answer
    // it.
    String f =
        file(
            """
          - id: e1
            skill: a
            type: cloze
            text: "xs[{{0}] and ys[{{1}}]"
        """);
    assertError(errorsOf(f), x(), line(f, "text:"), "a '{{' is not closed with '}}'");
  }

  @Test
  void clozeWithAnEmptyGapIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: cloze
            text: "Fill {{here}} and {{}}."
        """);
    assertError(errorsOf(f), x(), line(f, "text:"), "gap 2 is empty");
  }

  @Test
  void clozeGapOfOnlyBarsIsEmpty() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: cloze
            text: "Fill {{ | }}."
        """);
    assertError(errorsOf(f), x(), line(f, "text:"), "gap 1 is empty");
  }

  @Test
  void numericWithoutAnswerIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: numeric
            prompt: Q
        """);
    assertError(errorsOf(f), x(), line(f, "- id: e1"), "exercise 'e1': missing field 'answer'");
  }

  @Test
  void numericAnswerThatIsNotANumberIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: numeric
            prompt: Q
            answer: seven
        """);
    assertError(errorsOf(f), x(), line(f, "answer:"), "field 'answer' should be a number");
  }

  @Test
  void negativeToleranceIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: numeric
            prompt: Q
            answer: 5
            tolerance: -0.5
        """);
    assertError(errorsOf(f), x(), line(f, "tolerance:"), "tolerance must be more than 0");
  }

  @Test
  void anExplicitToleranceOfZeroIsReportedAsUnreachable() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: numeric
            prompt: Q
            answer: 0.3333
            tolerance: 0
        """);
    assertError(
        errorsOf(f),
        x(),
        line(f, "tolerance:"),
        "tolerance must be more than 0 (leave it out for an exact answer)");
  }

  @Test
  void negativePercentageToleranceIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: numeric
            prompt: Q
            answer: 5
            tolerance: "-5%"
        """);
    assertError(errorsOf(f), x(), line(f, "tolerance:"), "tolerance must be more than 0");
  }

  @Test
  void malformedPercentageToleranceIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: numeric
            prompt: Q
            answer: 5
            tolerance: "five%"
        """);
    assertError(errorsOf(f), x(), line(f, "tolerance:"), "should be a number or a percentage");
  }

  @Test
  void percentageToleranceIsReadAsRelative() throws PackException {
    Exercise.Body body =
        onlyBody(
            """
        exercises:
          - id: e1
            skill: a
            type: numeric
            prompt: Q
            answer: 200
            tolerance: 5%
            unit: km
        """);
    assertEquals(new Exercise.Numeric(200, 0.05, true, "km"), body);
  }

  @Test
  void plainToleranceIsReadAsAbsolute() throws PackException {
    Exercise.Body body =
        onlyBody(
            """
        exercises:
          - id: e1
            skill: a
            type: numeric
            prompt: Q
            answer: 1.5
            tolerance: 0.25
        """);
    assertEquals(new Exercise.Numeric(1.5, 0.25, false, ""), body);
  }

  @Test
  void orderWithOneItemIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: order
            prompt: Q
            items: [only]
        """);
    assertError(
        errorsOf(f),
        x(),
        line(f, "items:"),
        "exercise 'e1': an order exercise needs at least two items");
  }

  @Test
  void orderWithTheSameItemTwiceIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: order
            prompt: Q
            items: [one, two, one]
        """);
    assertError(errorsOf(f), x(), line(f, "items:"), "two items are the same");
  }

  @Test
  void invalidRegexIsReportedOnItsLine() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: text
            prompt: Q
            answers: [pwd]
            regex: "pwd( -[LP]?"
        """);
    assertError(
        errorsOf(f),
        x(),
        line(f, "regex:"),
        "exercise 'e1': 'regex' is not a valid regular expression");
  }

  @Test
  void textWithoutAnswersIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: text
            prompt: Q
            answers: []
        """);
    assertError(errorsOf(f), x(), line(f, "answers:"), "field 'answers' is empty");
  }

  @Test
  void difficultyAboveFiveIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: text
            prompt: Q
            answers: [x]
            difficulty: 6
        """);
    assertError(
        errorsOf(f),
        x(),
        line(f, "difficulty:"),
        "field 'difficulty' should be a whole number from 1 to 5, not 6");
  }

  @Test
  void difficultyZeroIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: text
            prompt: Q
            answers: [x]
            difficulty: 0
        """);
    assertError(errorsOf(f), x(), line(f, "difficulty:"), "from 1 to 5, not 0");
  }

  @Test
  void fractionalDifficultyIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: text
            prompt: Q
            answers: [x]
            difficulty: 2.5
        """);
    assertError(errorsOf(f), x(), line(f, "difficulty:"), "from 1 to 5, not 2.5");
  }

  @Test
  void wordDifficultyIsReported() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: text
            prompt: Q
            answers: [x]
            difficulty: hard
        """);
    assertError(
        errorsOf(f),
        x(),
        line(f, "difficulty:"),
        "field 'difficulty' should be a number, not 'hard'");
  }

  @Test
  void difficultyIsRead() throws PackException {
    Exercise e =
        PackReader.read(
                Packs.withExercises(
                    dir, "exercises:\n" + Packs.VALID_EXERCISE + "    difficulty: 5\n"))
            .exercises()
            .get(0);
    assertEquals(5, e.difficulty());
  }

  @Test
  void exerciseThatIsNotAMappingIsReported() {
    String f = "exercises:\n  - just text\n" + Packs.VALID_EXERCISE;
    assertError(errorsOf(f), x(), 2, "each exercise should be a mapping");
  }

  @Test
  void exerciseFileWithoutTheExercisesKeyIsReported() {
    String f = "exercise:\n" + Packs.VALID_EXERCISE;
    assertError(errorsOf(f), x(), 1, "unknown field 'exercise' (did you mean 'exercises'?)");
  }

  @Test
  void hintsThatAreNotTextAreReportedOnTheEntry() {
    String f =
        file(
            """
          - id: e1
            skill: a
            type: text
            prompt: Q
            answers: [x]
            hints:
              - first
              - {nested: map}
        """);
    assertError(errorsOf(f), x(), line(f, "{nested"), "each entry of 'hints' should be text");
  }

  @Test
  void threeBrokenExercisesGiveThreeErrorsInOneRun() {
    String f =
        file(
            """
          - id: bad-type
            skill: a
            type: mcq
            prompt: Q
          - id: bad-skill
            skill: nope
            type: text
            prompt: Q
            answers: [x]
          - id: bad-regex
            skill: a
            type: text
            prompt: Q
            answers: [x]
            regex: "("
        """);
    List<PackError> errors = errorsOf(f);
    assertEquals(
        List.of(line(f, "type: mcq"), line(f, "skill: nope"), line(f, "regex:")),
        errors.stream().map(PackError::line).toList(),
        Packs.show(errors));
  }

  @Test
  void errorsInTheManifestAndInExerciseFilesAreReportedTogether() {
    String m = Packs.MANIFEST + "colour: blue\n";
    String f =
        file(
            """
          - id: e1
            skill: a
            type: mcq
        """);
    List<PackError> errors = Packs.errors(Packs.pack(dir, m, f));
    assertEquals(
        List.of(dir.resolve("pack.yaml"), x()),
        errors.stream().map(PackError::file).toList(),
        Packs.show(errors));
  }

  @Test
  void brokenExerciseDoesNotAlsoReportItsSkillAsHavingNoExercises() {
    // The skill has an exercise; it is broken, and that is already reported.
    String f =
        """
        exercises:
          - id: only
            skill: a
            type: mcq
            prompt: Q
        """;
    List<PackError> errors = errorsOf(f);
    assertEquals(List.of(x()), errors.stream().map(PackError::file).toList(), Packs.show(errors));
  }
}
