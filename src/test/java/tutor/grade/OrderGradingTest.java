package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.kind.AnswerGrader;
import tutor.kind.Kind;
import tutor.pack.Exercise;

class OrderGradingTest {
  private final AnswerGrader grader = new AnswerGrader();
  private final Exercise planets = Exercises.order("Mercury", "Venus", "Earth");

  /** Shows Earth, Mercury, Venus. */
  private final Presentation shown = new Presentation(List.of(2, 0, 1));

  private Outcome grade(Exercise e, Presentation p, String typed) {
    return grader.grade(e, p, List.of(typed));
  }

  private Outcome.Graded graded(Exercise e, Presentation p, String typed) {
    return assertInstanceOf(Outcome.Graded.class, grade(e, p, typed));
  }

  /** The answer that puts the items back in order under {@code p}. */
  private static String rightAnswer(Presentation p, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(Integer.toString(p.positionOf(i)));
    return String.join(" ", out);
  }

  @Test
  void acceptsTheCorrectPermutationOfShownNumbers() {
    assertTrue(graded(planets, shown, "2 3 1").correct());
  }

  @Test
  void acceptsTheCorrectPermutationUnderASeededShuffle() {
    Exercise five = Exercises.order("a", "b", "c", "d", "e");
    Presentation p = Kind.of(five).present(2024L);
    assertTrue(graded(five, p, rightAnswer(p, 5)).correct());
  }

  @Test
  void rejectsTheWrongOrder() {
    assertFalse(graded(planets, shown, "1 2 3").correct());
  }

  @Test
  void missingNumberIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(planets, shown, "2 3"));
  }

  @Test
  void duplicateNumberIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(planets, shown, "2 2 1"));
  }

  @Test
  void outOfRangeNumberIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(planets, shown, "2 3 4"));
  }

  @Test
  void nonNumericInputIsInvalid() {
    assertInstanceOf(Outcome.Invalid.class, grade(planets, shown, "Mercury Venus Earth"));
  }

  @Test
  void expectedGivesTheShownNumbersAndTheItemsInOrder() {
    assertEquals("2 3 1: Mercury → Venus → Earth", graded(planets, shown, "1 2 3").expected());
  }

  @Test
  void presentationNeverShowsTwoItemsAlreadyInOrder() {
    Exercise two = Exercises.order("first", "second");
    for (long seed = 0; seed < 500; seed++) {
      assertNotEquals(Presentation.identity(2), Kind.of(two).present(seed), "seed " + seed);
    }
  }

  @Test
  void presentationNeverShowsThreeItemsAlreadyInOrder() {
    for (long seed = 0; seed < 500; seed++) {
      assertNotEquals(Presentation.identity(3), Kind.of(planets).present(seed), "seed " + seed);
    }
  }

  @Test
  void presentationIsAPermutationOfAllItems() {
    assertEquals(List.of(0, 1, 2), Kind.of(planets).present(5L).order().stream().sorted().toList());
  }
}
