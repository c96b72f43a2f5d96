package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.kind.AnswerGrader;
import tutor.kind.Kind;
import tutor.pack.Exercise;

class ChoiceGradingTest {
  private static final List<String> OPTIONS = List.of("ls -a", "ls -l", "ls -h", "ls -t");
  private final AnswerGrader grader = new AnswerGrader();
  private final Exercise single = Exercises.choice(OPTIONS, List.of(0), true);
  private final Exercise multiple =
      Exercises.choice(List.of("2", "4", "7", "9"), List.of(0, 2), true);

  /** A presentation that really moves things: pack index i is shown at position 4 - i. */
  private final Presentation reversed = new Presentation(List.of(3, 2, 1, 0));

  private Outcome grade(Exercise e, Presentation p, String typed) {
    return grader.grade(e, p, List.of(typed));
  }

  private Outcome.Graded graded(Exercise e, Presentation p, String typed) {
    return assertInstanceOf(Outcome.Graded.class, grade(e, p, typed));
  }

  /** A shuffled presentation in which the first option is not shown first. */
  private Presentation shuffledMovingFirst(Exercise e) {
    for (long seed = 0; ; seed++) {
      Presentation p = Kind.of(e).present(seed);
      if (p.positionOf(0) != 1) return p;
    }
  }

  @Test
  void acceptsTheShownNumberOfTheCorrectOptionUnderAShuffle() {
    Presentation p = shuffledMovingFirst(single);
    assertTrue(graded(single, p, Integer.toString(p.positionOf(0))).correct());
  }

  @Test
  void rejectsThePackIndexNumberWhenTheShuffleMovedTheOption() {
    Presentation p = shuffledMovingFirst(single);
    assertFalse(graded(single, p, "1").correct());
  }

  @Test
  void acceptsTheShownNumberUnderAGivenPresentation() {
    assertTrue(graded(single, reversed, "4").correct());
  }

  @Test
  void acceptsSurroundingSpaces() {
    assertTrue(graded(single, reversed, " 4 ").correct());
  }

  @Test
  void multipleCorrectAcceptsExactlyTheCorrectSet() {
    assertTrue(graded(multiple, reversed, "4 2").correct());
  }

  @Test
  void multipleCorrectAcceptsCommaSeparatedNumbers() {
    assertTrue(graded(multiple, reversed, "2,4").correct());
  }

  @Test
  void multipleCorrectRejectsASubset() {
    assertFalse(graded(multiple, reversed, "4").correct());
  }

  @Test
  void multipleCorrectRejectsASuperset() {
    assertFalse(graded(multiple, reversed, "1 2 4").correct());
  }

  @Test
  void aPartlyRightMultiSelectSaysHowManyAndWhichWereMissed() {
    assertEquals("1 of 2 right; you missed 2) 7.", graded(multiple, reversed, "4").detail());
  }

  @Test
  void aMultiSelectWithAnExtraPickNamesIt() {
    assertEquals(
        "2 of 2 right; 1) 9 is not one of them.", graded(multiple, reversed, "1 2 4").detail());
    assertEquals(
        "1 of 2 right; you missed 4) 2; and 1) 9, 3) 4 are not among them.",
        graded(multiple, reversed, "1 2 3").detail());
  }

  @Test
  void aRightMultiSelectHasNoDetail() {
    assertEquals("", graded(multiple, reversed, "4 2").detail());
  }

  @Test
  void outOfRangeNumberIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(single, reversed, "5"));
  }

  @Test
  void zeroIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(single, reversed, "0"));
  }

  @Test
  void inputThatIsNeitherANumberNorTheStartOfAnOptionIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(single, reversed, "pwd"));
    assertInstanceOf(Outcome.Invalid.class, grade(single, reversed, "ls -z"));
  }

  @Test
  void blankInputIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(single, reversed, " "));
  }

  @Test
  void choosingTwoOnASingleAnswerQuestionIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(single, reversed, "1 4"));
  }

  @Test
  void invalidMessageGivesTheRangeOfNumbers() {
    Outcome.Invalid invalid = assertInstanceOf(Outcome.Invalid.class, grade(single, reversed, "9"));
    assertTrue(invalid.message().contains("1-4"), invalid.message());
  }

  @Test
  void expectedNamesTheShownNumberAndTheOption() {
    assertEquals("4) ls -a", graded(single, reversed, "1").expected());
  }

  @Test
  void expectedNamesEveryCorrectOptionByShownNumber() {
    assertEquals("2) 7, 4) 2", graded(multiple, reversed, "1").expected());
  }

  @Test
  void expectedListsShownNumbersInNumericOrder() {
    List<String> options = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
    Exercise e = Exercises.choice(options, List.of(1, 9), false);
    assertEquals("2) b, 10) j", graded(e, Kind.of(e).present(0), "1").expected());
  }

  @Test
  void shuffleFalseShowsOptionsInPackOrder() {
    Exercise e = Exercises.choice(OPTIONS, List.of(0), false);
    assertEquals(Presentation.identity(4), Kind.of(e).present(12345L));
  }

  @Test
  void shuffleFalseGradesByPackPosition() {
    Exercise e = Exercises.choice(OPTIONS, List.of(2), false);
    assertTrue(graded(e, Kind.of(e).present(99L), "3").correct());
  }

  @Test
  void sameSeedGivesTheSamePresentation() {
    assertEquals(Kind.of(single).present(42L), Kind.of(single).present(42L));
  }

  @Test
  void differentSeedsEventuallyGiveDifferentPresentations() {
    Presentation first = Kind.of(single).present(0L);
    boolean differs = false;
    for (long seed = 1; seed < 200 && !differs; seed++) {
      differs = !Kind.of(single).present(seed).equals(first);
    }
    assertTrue(differs);
  }

  @Test
  void shuffledPresentationIsAPermutationOfAllOptions() {
    Presentation p = Kind.of(single).present(7L);
    assertEquals(List.of(0, 1, 2, 3), p.order().stream().sorted().toList());
  }

  @Test
  void shownListsOptionsInPresentationOrder() {
    assertEquals(List.of("ls -t", "ls -h", "ls -l", "ls -a"), reversed.shown(OPTIONS));
  }

  @Test
  void presentationOfATextExerciseIsEmpty() {
    assertEquals(List.of(), Kind.of(Exercises.text("x")).present(3L).order());
  }
}
