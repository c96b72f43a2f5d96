package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tutor.grade.Exercises.accentSensitive;
import static tutor.grade.Exercises.caseSensitive;
import static tutor.grade.Exercises.punctuationSensitive;
import static tutor.grade.Exercises.whitespaceSensitive;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.kind.AnswerGrader;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Normalization;

class TextGradingTest {
  private final AnswerGrader grader = new AnswerGrader();

  private Outcome grade(Exercise e, String typed) {
    return grader.grade(e, Kind.of(e).present(1L), List.of(typed));
  }

  private boolean correct(Exercise e, String typed) {
    Outcome o = grade(e, typed);
    return assertInstanceOf(Outcome.Graded.class, o, () -> "expected a verdict for '" + typed + "'")
        .correct();
  }

  @Test
  void acceptsTheExactAnswer() {
    assertTrue(correct(Exercises.text("Paris"), "Paris"));
  }

  @Test
  void rejectsADifferentAnswer() {
    assertFalse(correct(Exercises.text("Paris"), "London"));
  }

  @Test
  void acceptsAnyOfSeveralAnswers() {
    assertTrue(correct(Exercises.text("colour", "color"), "color"));
  }

  @Test
  void expectedAnswerIsTheFirstAnswer() {
    Outcome o = grade(Exercises.text("colour", "color"), "grey");
    assertEquals("colour", ((Outcome.Graded) o).expected());
  }

  @Test
  void acceptsAnswerDifferingOnlyInCaseByDefault() {
    assertTrue(correct(Exercises.text("Paris"), "pARIS"));
  }

  @Test
  void caseSensitiveMakesCaseCount() {
    assertFalse(correct(Exercises.text(caseSensitive(), "Paris"), "paris"));
  }

  @Test
  void caseSensitiveStillAcceptsTheExactAnswer() {
    assertTrue(correct(Exercises.text(caseSensitive(), "Paris"), "Paris"));
  }

  @Test
  void acceptsAnswerWithoutAccentsByDefault() {
    assertTrue(correct(Exercises.text("café"), "cafe"));
  }

  @Test
  void acceptsAccentsTheKeyLacksByDefault() {
    assertTrue(correct(Exercises.text("naive"), "naïve"));
  }

  @Test
  void accentSensitiveMakesAccentsCount() {
    assertFalse(correct(Exercises.text(accentSensitive(), "café"), "cafe"));
  }

  @Test
  void decomposedInputEqualsComposedKeyByDefault() {
    assertTrue(correct(Exercises.text("café"), "cafe\u0301"));
  }

  @Test
  void decomposedInputEqualsComposedKeyEvenWhenAccentSensitive() {
    assertTrue(correct(Exercises.text(accentSensitive(), "café"), "cafe\u0301"));
  }

  @Test
  void composedInputEqualsDecomposedKeyWhenAccentSensitive() {
    assertTrue(correct(Exercises.text(accentSensitive(), "cafe\u0301"), "café"));
  }

  @Test
  void ignoresLeadingAndTrailingWhitespaceByDefault() {
    assertTrue(correct(Exercises.text("New York"), "  New York \t"));
  }

  @Test
  void ignoresExtraInternalSpacesByDefault() {
    assertTrue(correct(Exercises.text("New York"), "New    York"));
  }

  @Test
  void doesNotIgnoreAMissingSpaceByDefault() {
    assertFalse(correct(Exercises.text("New York"), "NewYork"));
  }

  @Test
  void whitespaceSensitiveMakesInternalSpacesCount() {
    assertFalse(correct(Exercises.text(whitespaceSensitive(), "New York"), "New  York"));
  }

  @Test
  void whitespaceSensitiveMakesLeadingSpaceCount() {
    // docs/pack-format.md: whitespace_sensitive means "spaces count exactly".
    assertFalse(correct(Exercises.text(whitespaceSensitive(), "New York"), " New York"));
  }

  @Test
  void ignoresSurroundingPunctuationByDefault() {
    assertTrue(correct(Exercises.text("Paris"), "\"Paris.\""));
  }

  @Test
  void keepsInternalPunctuationByDefault() {
    assertFalse(correct(Exercises.text("git add"), "git-add"));
  }

  @Test
  void punctuationSensitiveMakesSurroundingPunctuationCount() {
    assertFalse(correct(Exercises.text(punctuationSensitive(), "cd .."), "cd"));
  }

  @Test
  void punctuationSensitiveAcceptsTheAnswerWithItsPunctuation() {
    assertTrue(correct(Exercises.text(punctuationSensitive(), "cd .."), "cd .."));
  }

  @Test
  void punctuationOnlyAnswerIsAcceptedWhenPunctuationSensitive() {
    assertTrue(correct(Exercises.text(punctuationSensitive(), ".."), ".."));
  }

  @Test
  void punctuationOnlyAnswerRejectsOtherPunctuationWhenPunctuationSensitive() {
    assertFalse(correct(Exercises.text(punctuationSensitive(), ".."), "."));
  }

  @Test
  void punctuationOnlyAnswerIsKeptRatherThanStrippedToNothingByDefault() {
    assertFalse(correct(Exercises.text(".."), "~"));
  }

  @Test
  void punctuationOnlyAnswerIsAcceptedByDefault() {
    assertTrue(correct(Exercises.text(".."), " .. "));
  }

  @Test
  void blankInputIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(Exercises.text("Paris"), "   "));
  }

  @Test
  void emptyInputIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(Exercises.text("Paris"), ""));
  }

  @Test
  void noResponseAtAllIsInvalid() {
    Exercise e = Exercises.text("Paris");
    assertInstanceOf(Outcome.Invalid.class, grader.grade(e, Kind.of(e).present(1L), List.of()));
  }

  @Test
  void regexAcceptsAWholeAnswerMatch() {
    assertTrue(correct(Exercises.textWithRegex("pwd( -[LP])?", "pwd"), "pwd -P"));
  }

  @Test
  void regexDoesNotAcceptAMatchInsideALongerAnswer() {
    assertFalse(correct(Exercises.textWithRegex("pwd( -[LP])?", "pwd"), "pwd -P extra"));
  }

  @Test
  void regexDoesNotAcceptAMatchAtTheEndOfALongerAnswer() {
    assertFalse(correct(Exercises.textWithRegex("pwd", "print working directory"), "xpwd"));
  }

  @Test
  void regexIsAppliedAfterWhitespaceNormalisation() {
    assertTrue(correct(Exercises.textWithRegex("pwd( -[LP])?", "pwd"), "  pwd   -L "));
  }

  @Test
  void regexFollowsCaseSensitivity() {
    Exercise e =
        Exercises.of(
            new Exercise.Text(
                List.of("pwd"), "pwd( -[LP])?", new Normalization(true, false, false, false)));
    assertFalse(correct(e, "PWD -L"));
  }

  @Test
  void answersAreStillAcceptedWhenARegexIsGiven() {
    assertTrue(correct(Exercises.textWithRegex("[0-9]+", "none"), "None"));
  }

  @Test
  void wrongAnswerHasNoDetail() {
    Outcome o = grade(Exercises.text("Paris"), "Lyon");
    assertEquals("", ((Outcome.Graded) o).detail());
  }

  @Test
  void normalizeLowercasesStripsAccentsAndCollapsesSpaces() {
    assertEquals("creme brulee", TextMatch.normalize("  Crème   BRÛLÉE! ", Normalization.DEFAULT));
  }
}
