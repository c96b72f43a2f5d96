package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import tutor.kind.AnswerGrader;
import org.junit.jupiter.api.Test;
import tutor.pack.Exercise;

/** A count typed with the thing counted, when the exercise names no unit: "4 commits". */
class NumericCountTest {
  private final AnswerGrader grader = new AnswerGrader();

  private Outcome grade(Exercise e, String typed) {
    return grader.grade(e, tutor.kind.Kind.of(e).present(1L), List.of(typed));
  }

  private String verdict(Exercise e, String typed) {
    Outcome o = grade(e, typed);
    return o instanceof Outcome.Graded g ? (g.correct() ? "right" : "wrong") : "asked again";
  }

  @Test
  void aTrailingNounIsTheThingCounted() {
    Exercise four = Exercises.numeric(4, 0, false, "");
    assertEquals("right", verdict(four, "4 commits"));
    assertEquals("right", verdict(four, "4 lines"));
    assertEquals("right", verdict(four, " 4  files "));
    assertEquals("wrong", verdict(four, "5 commits"));
  }

  @Test
  void wordsThatScaleTheNumberAreNotIgnored() {
    Exercise four = Exercises.numeric(4, 0, false, "");
    for (String typed : List.of("4 thousand", "4 kb", "4 KB", "4 million", "4 kilobytes", "4 percent", "4 dozen", "4 k")) {
      assertEquals("asked again", verdict(four, typed), typed);
    }
  }

  @Test
  void onlyOneWordOfLettersAndOnlyWithoutAUnit() {
    Exercise four = Exercises.numeric(4, 0, false, "");
    assertEquals("asked again", verdict(four, "4 or 5 commits"));
    assertEquals("asked again", verdict(four, "4 commits."));
    assertEquals("asked again", verdict(four, "commits 4"));
    assertEquals("asked again", verdict(four, "4 x2"));
    Exercise chars = Exercises.numeric(40, 0, false, "characters");
    assertEquals("right", verdict(chars, "40 characters"));
    assertEquals("asked again", verdict(chars, "40 bits"));
  }

  @Test
  void theAnswerIsStillANumber() {
    assertInstanceOf(Outcome.Invalid.class, grade(Exercises.numeric(4, 0, false, ""), "commits"));
  }
}
