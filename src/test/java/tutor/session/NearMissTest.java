package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.grade.EditDistance;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;

class NearMissTest {
  private static Exercise text(String... answers) {
    return new Exercise("t", List.of("s"), "?", 2, List.of(), "", List.of(),
        new Exercise.Text(List.of(answers), null, Normalization.DEFAULT));
  }

  @Test
  void oneLetterOffInAFiveLetterAnswerIsANearMiss() {
    NearMiss n = NearMiss.find(text("Paris"), List.of("Pari"), 0.2).orElseThrow();
    assertEquals("Pari", n.typed());
    assertEquals("Paris", n.expected());
    assertEquals("    ^", n.marks());
  }

  @Test
  void twoLettersOffInAFiveLetterAnswerIsSimplyWrong() {
    assertTrue(NearMiss.find(text("Paris"), List.of("Prs"), 0.2).isEmpty());
  }

  @Test
  void shortAnswersAreNeverNearMissesBecauseOneLetterChangesTheMeaning() {
    assertTrue(NearMiss.find(text("ls"), List.of("la"), 0.5).isEmpty());
    assertTrue(NearMiss.find(text("pwd"), List.of("pws"), 0.5).isEmpty());
  }

  @Test
  void numbersAndChoicesAreNeverNearMisses() {
    Exercise numeric = new Exercise("n", List.of("s"), "?", 2, List.of(), "", List.of(),
        new Exercise.Numeric(1000, 0, false, ""));
    assertTrue(NearMiss.find(numeric, List.of("1001"), 0.5).isEmpty());
  }

  @Test
  void aToleranceOfZeroTurnsItOff() {
    assertTrue(NearMiss.find(text("Paris"), List.of("Pari"), 0).isEmpty());
  }

  @Test
  void aClozeIsANearMissWhenEveryWrongGapIsNear() {
    String t = "Water boils at {{hundred}} degrees {{Celsius}}.";
    Exercise cloze = new Exercise("c", List.of("s"), "", 2, List.of(), "", List.of(),
        new Exercise.Cloze(t, Gap.parse(t), Normalization.DEFAULT));
    NearMiss n = NearMiss.find(cloze, List.of("hundred", "Celcius"), 0.2).orElseThrow();
    assertEquals("hundred | Celcius", n.typed());
    assertEquals("hundred | Celsius", n.expected());
    assertTrue(NearMiss.find(cloze, List.of("ten", "Celcius"), 0.2).isEmpty());
  }

  @Test
  void marksPointAtMissingExtraAndChangedLetters() {
    assertEquals("  ^", EditDistance.marks("cat", "cab"));
    assertEquals("   ^", EditDistance.marks("cat", "cats"));
    assertEquals("", EditDistance.marks("same", "same"));
  }
}
