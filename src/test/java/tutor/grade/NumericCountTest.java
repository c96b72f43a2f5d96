package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.kind.AnswerGrader;
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
    for (String typed :
        List.of(
            "4 thousand",
            "4 kb",
            "4 KB",
            "4 million",
            "4 kilobytes",
            "4 percent",
            "4 dozen",
            "4 k")) {
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

  @Test
  void aCountSpeltInWords() {
    assertEquals("right", verdict(Exercises.numeric(2, 0, false, ""), "two"));
    assertEquals("right", verdict(Exercises.numeric(2, 0, false, ""), "Two parents"));
    assertEquals("right", verdict(Exercises.numeric(0, 0, false, ""), "none"));
    assertEquals("right", verdict(Exercises.numeric(0, 0, false, ""), "zero"));
    assertEquals(
        "right", verdict(Exercises.numeric(40, 0, false, "characters"), "forty characters"));
    assertEquals("right", verdict(Exercises.numeric(21, 0, false, ""), "twenty-one"));
    assertEquals("right", verdict(Exercises.numeric(21, 0, false, ""), "twenty one"));
    assertEquals("wrong", verdict(Exercises.numeric(20, 0, false, ""), "twenty one"));
    assertEquals("wrong", verdict(Exercises.numeric(3, 0, false, ""), "two"));
    assertEquals("asked again", verdict(Exercises.numeric(2, 0, false, ""), "two thousand"));
    assertEquals("asked again", verdict(Exercises.numeric(2, 0, false, ""), "twenty twenty"));
    assertEquals("asked again", verdict(Exercises.numeric(2, 0, false, ""), "one two"));
  }

  @Test
  void aUnitShortenedToItsStart() {
    Exercise chars = Exercises.numeric(40, 0, false, "characters");
    assertEquals("right", verdict(chars, "40 chars"));
    assertEquals("right", verdict(chars, "40 char"));
    assertEquals("right", verdict(chars, "40 charact."));
    assertEquals("asked again", verdict(chars, "40 ch"));
    assertEquals("asked again", verdict(chars, "40 bytes"));
    assertEquals("wrong", verdict(chars, "41 chars"));
  }
}
