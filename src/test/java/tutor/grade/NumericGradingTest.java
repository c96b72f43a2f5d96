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

class NumericGradingTest {
  private final AnswerGrader grader = new AnswerGrader();

  private Outcome grade(Exercise e, String typed) {
    return grader.grade(e, Kind.of(e).present(1L), List.of(typed));
  }

  private boolean correct(Exercise e, String typed) {
    return assertInstanceOf(Outcome.Graded.class, grade(e, typed)).correct();
  }

  private static Exercise exact(double answer) {
    return Exercises.numeric(answer, 0, false, "");
  }

  @Test
  void acceptsTheExactNumber() {
    assertTrue(correct(exact(7), "7"));
  }

  @Test
  void acceptsTheSameNumberWrittenWithDecimals() {
    assertTrue(correct(exact(7), "7.00"));
  }

  @Test
  void rejectsANearbyNumberWhenExact() {
    assertFalse(correct(exact(7), "7.01"));
  }

  @Test
  void exactAnswerSurvivesFloatingPointRounding() {
    assertTrue(correct(exact(0.3), "0.30000000000000004"));
  }

  @Test
  void acceptsANumberWithinAnAbsoluteTolerance() {
    assertTrue(correct(Exercises.numeric(10, 0.5, false, ""), "10.5"));
  }

  @Test
  void rejectsANumberOutsideAnAbsoluteTolerance() {
    assertFalse(correct(Exercises.numeric(10, 0.5, false, ""), "10.6"));
  }

  @Test
  void acceptsANumberWithinARelativeTolerance() {
    assertTrue(correct(Exercises.numeric(200, 0.05, true, ""), "209"));
  }

  @Test
  void rejectsANumberOutsideARelativeTolerance() {
    assertFalse(correct(Exercises.numeric(200, 0.05, true, ""), "211"));
  }

  @Test
  void relativeToleranceScalesWithTheAnswer() {
    assertFalse(correct(Exercises.numeric(2, 0.05, true, ""), "2.5"));
  }

  @Test
  void acceptsADecimalComma() {
    assertTrue(correct(exact(1.5), "1,5"));
  }

  @Test
  void acceptsATrailingUnit() {
    assertTrue(correct(Exercises.numeric(5, 0, false, "cm"), "5 cm"));
  }

  @Test
  void acceptsATrailingUnitWithoutASpace() {
    assertTrue(correct(Exercises.numeric(5, 0, false, "cm"), "5cm"));
  }

  @Test
  void aDifferentUnitIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(Exercises.numeric(5, 0, false, "cm"), "5 kg"));
  }

  @Test
  void acceptsScientificNotation() {
    assertTrue(correct(exact(1000), "1e3"));
  }

  @Test
  void acceptsNegativeNumbers() {
    assertTrue(correct(exact(-2.5), "-2.5"));
  }

  @Test
  void acceptsTheUnicodeMinusSign() {
    assertTrue(correct(exact(-2), "\u22122"));
  }

  @Test
  void aNegativeNumberDoesNotMatchItsPositive() {
    assertFalse(correct(exact(-3), "3"));
  }

  @Test
  void garbageIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(exact(7), "lots"));
    assertInstanceOf(Outcome.Invalid.class, grade(exact(7), "seventh"));
  }

  @Test
  void blankIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(exact(7), " "));
  }

  @Test
  void aNumberFollowedByGarbageIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(exact(7), "7 apples, 8 pears"));
    assertInstanceOf(Outcome.Invalid.class, grade(exact(7), "7 #"));
  }

  @Test
  void nanIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(exact(7), "NaN"));
  }

  @Test
  void expectedShowsAWholeNumberWithoutDecimals() {
    assertEquals("7", assertInstanceOf(Outcome.Graded.class, grade(exact(7), "8")).expected());
  }

  @Test
  void expectedShowsTheUnit() {
    Outcome o = grade(Exercises.numeric(5, 0, false, "cm"), "4");
    assertEquals("5 cm", assertInstanceOf(Outcome.Graded.class, o).expected());
  }

  @Test
  void expectedShowsARelativeToleranceAsAPercentage() {
    Outcome o = grade(Exercises.numeric(200, 0.05, true, ""), "1");
    assertEquals("200 (within 5%)", assertInstanceOf(Outcome.Graded.class, o).expected());
  }

  @Test
  void expectedShowsAnAbsoluteTolerance() {
    Outcome o = grade(Exercises.numeric(2.5, 0.1, false, ""), "1");
    assertEquals("2.5 (within 0.1)", assertInstanceOf(Outcome.Graded.class, o).expected());
  }

  /**
   * An integer as a program prints it ({@code integer: true}, SQLite's {@code 7 / 2}): {@code 3.0}
   * has the value but is a real number, the misconception the exercise is about. Wrong, and the
   * feedback says the value was right.
   */
  @Test
  void anIntegerAnswerRefusesADecimalFormWithAReason() {
    Exercise e = Exercises.of(new Exercise.Numeric(3, 0, false, "", true));
    assertTrue(correct(e, "3"));
    assertTrue(correct(e, " 3 "));
    assertTrue(correct(e, "three"));
    for (String decimal : List.of("3.0", "3.00", "3,0", "3.", "3e0")) {
      Outcome.Graded g = assertInstanceOf(Outcome.Graded.class, grade(e, decimal));
      assertFalse(g.correct(), decimal);
      assertTrue(g.detail().startsWith("Almost: " + decimal + " has the right value"), g.detail());
      assertTrue(g.detail().contains("the integer 3."), g.detail());
    }
    Outcome.Graded other = assertInstanceOf(Outcome.Graded.class, grade(e, "3.5"));
    assertFalse(other.correct());
    assertEquals("", other.detail(), "another value is simply wrong");
  }

  @Test
  void withoutTheIntegerFlagADecimalFormOfTheValueStaysRight() {
    assertTrue(correct(exact(3), "3.0"));
  }

  /** "40 hex characters": a word before the unit qualifies it; a scale word still does not. */
  @Test
  void aWordBeforeTheUnitIsReadAsPartOfIt() {
    Exercise e = Exercises.numeric(40, 0, false, "characters");
    assertTrue(correct(e, "40 hex characters"));
    assertTrue(correct(e, "40 hexadecimal characters"));
    assertFalse(correct(e, "4 hex characters"));
    assertInstanceOf(Outcome.Invalid.class, grade(e, "40 thousand characters"));
    assertInstanceOf(Outcome.Invalid.class, grade(e, "40 k characters"));
  }
}
