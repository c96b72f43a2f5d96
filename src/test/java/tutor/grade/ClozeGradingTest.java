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
import tutor.pack.Normalization;

class ClozeGradingTest {
  private final AnswerGrader grader = new AnswerGrader();
  private final Exercise boil = Exercises.cloze("Water boils at {{100}} degrees {{Celsius|C}}.");

  private Outcome grade(Exercise e, String... typed) {
    return grader.grade(e, Kind.of(e).present(1L), List.of(typed));
  }

  private Outcome.Graded graded(Exercise e, String... typed) {
    return assertInstanceOf(Outcome.Graded.class, grade(e, typed));
  }

  @Test
  void acceptsTheRightWordInASingleGap() {
    assertTrue(graded(Exercises.cloze("The capital of France is {{Paris}}."), "Paris").correct());
  }

  @Test
  void rejectsAWrongWordInASingleGap() {
    assertFalse(graded(Exercises.cloze("The capital of France is {{Paris}}."), "Lyon").correct());
  }

  @Test
  void acceptsEveryGapRight() {
    assertTrue(graded(boil, "100", "Celsius").correct());
  }

  @Test
  void acceptsTheSecondAlternativeOfAGap() {
    assertTrue(graded(boil, "100", "C").correct());
  }

  @Test
  void rejectsWhenOneOfSeveralGapsIsWrong() {
    assertFalse(graded(boil, "100", "Fahrenheit").correct());
  }

  @Test
  void detailNamesTheWrongGapAndItsExpectedAnswer() {
    assertEquals(
        "gap 2: 'Fahrenheit' should be 'Celsius'", graded(boil, "100", "Fahrenheit").detail());
  }

  @Test
  void detailDoesNotNameTheRightGaps() {
    assertFalse(graded(boil, "100", "Fahrenheit").detail().contains("gap 1"));
  }

  @Test
  void rightAnswerHasNoDetail() {
    assertEquals("", graded(boil, "100", "Celsius").detail());
  }

  @Test
  void expectedIsTheTextFilledWithFirstAlternatives() {
    assertEquals("Water boils at 100 degrees Celsius.", graded(boil, "1", "F").expected());
  }

  @Test
  void appliesTheDefaultNormalisationToEachGap() {
    assertTrue(graded(boil, " 100 ", "celsius.").correct());
  }

  @Test
  void caseSensitiveAppliesToGaps() {
    Exercise e = Exercises.cloze("{{grep}} -r", new Normalization(true, false, false, false));
    assertFalse(graded(e, "GREP").correct());
  }

  @Test
  void tooFewResponsesAreInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(boil, "100"));
  }

  @Test
  void tooManyResponsesAreInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(boil, "100", "C", "extra"));
  }

  @Test
  void invalidMessageSaysHowManyGapsThereAre() {
    Outcome.Invalid invalid = assertInstanceOf(Outcome.Invalid.class, grade(boil, "100"));
    assertTrue(invalid.message().contains("2"), invalid.message());
  }
}
