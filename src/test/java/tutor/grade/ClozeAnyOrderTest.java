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
import tutor.pack.Gap;
import tutor.pack.Normalization;

/** any_order: the gaps' answers may come in any order, each filling a different gap. */
class ClozeAnyOrderTest {
  private static final String TEXT =
      "The streams are {{stdin|standard input}}, {{stdout}} and {{stderr}}.";
  private final AnswerGrader grader = new AnswerGrader();
  private final Exercise free =
      Exercises.of(new Exercise.Cloze(TEXT, Gap.parse(TEXT), Normalization.DEFAULT, true));
  private final Exercise fixed = Exercises.cloze(TEXT);

  private Outcome.Graded graded(Exercise e, String... typed) {
    return assertInstanceOf(
        Outcome.Graded.class, grader.grade(e, Kind.of(e).present(1L), List.of(typed)));
  }

  @Test
  void anyOrderAcceptsEveryPermutation() {
    assertTrue(graded(free, "stdin", "stdout", "stderr").correct());
    assertTrue(graded(free, "stderr", "stdin", "stdout").correct());
    assertTrue(graded(free, "stdout", "standard input", "stderr").correct());
  }

  @Test
  void withoutItTheOrderCounts() {
    assertTrue(graded(fixed, "stdin", "stdout", "stderr").correct());
    assertFalse(graded(fixed, "stderr", "stdin", "stdout").correct());
  }

  @Test
  void oneAnswerCannotFillTwoGaps() {
    Outcome.Graded g = graded(free, "stdout", "stdout", "stderr");
    assertFalse(g.correct());
    assertEquals("'stdout' fills no gap; missing: 'stdin'", g.detail());
  }

  @Test
  void anAnswerThatFitsSeveralGapsIsPlacedWhereItLeavesRoomForTheOthers() {
    String t = "{{a|b}} then {{a}}";
    Exercise e = Exercises.of(new Exercise.Cloze(t, Gap.parse(t), Normalization.DEFAULT, true));
    // "a" first would take gap 1 and leave "b" nowhere, unless it moves to gap 2.
    assertTrue(graded(e, "a", "b").correct());
    assertFalse(graded(e, "b", "b").correct());
  }
}
