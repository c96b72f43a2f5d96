package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.mastery.Evidence;
import tutor.mastery.Level;
import tutor.mastery.ObservedEvidence;
import tutor.mastery.SkillMastery;

/** What credential issue says a skill lacks (docs/credentials.md). */
class CredentialEvidenceTest {
  private static final Instant DAY1 = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void theRefusalNamesExercisesDaysAndRecall() {
    SkillMastery known = new SkillMastery(0.99, 3, 3, new Evidence("a", DAY1, false, false, false));
    ObservedEvidence oneDay = new ObservedEvidence(3, 3, 1, 1, DAY1, DAY1, false, 0.71);
    assertEquals(
        List.of("1 of 2 exercises, 1 of 2 days", "recall 0.71 < 0.90"),
        UnitMastery.missing(Level.LEARNED, known, oneDay, 5, 0.9));
  }

  @Test
  void placementAloneEarnsNoCredential() {
    SkillMastery placed = new SkillMastery(0.96, 0, 0, Evidence.NONE.placed(true));
    ObservedEvidence none = new ObservedEvidence(0, 0, 0, 0, null, null, true, 1.0);
    assertEquals(
        List.of("placed by the placement test, never answered", "0 of 2 exercises, 0 of 2 days"),
        UnitMastery.missing(Level.PLACED, placed, none, 5, 0.9));
  }

  @Test
  void twoExercisesOnTwoDaysRememberedLackNothing() {
    SkillMastery shown = new SkillMastery(0.99, 4, 4, new Evidence("a", DAY1, true, true, false));
    ObservedEvidence spaced =
        new ObservedEvidence(4, 4, 2, 2, DAY1, DAY1.plusSeconds(86_400), false, 0.97);
    assertEquals(List.of(), UnitMastery.missing(Level.MASTERED, shown, spaced, 5, 0.9));
    // A skill with one exercise: that exercise on two days is all there is to show.
    ObservedEvidence single =
        new ObservedEvidence(2, 2, 1, 2, DAY1, DAY1.plusSeconds(86_400), false, 0.97);
    assertEquals(List.of(), UnitMastery.missing(Level.MASTERED, shown, single, 1, 0.9));
    // Held back by a prerequisite that has fallen back: said so.
    assertEquals(
        List.of("a skill it requires has fallen back; review that first"),
        UnitMastery.missing(Level.LEARNED, shown, spaced, 5, 0.9));
  }

  @Test
  void aSkillNotKnownSaysItsPKnown() {
    SkillMastery learning = new SkillMastery(0.6, 3, 2, new Evidence("a", DAY1, true, true, false));
    ObservedEvidence spaced =
        new ObservedEvidence(3, 2, 2, 2, DAY1, DAY1.plusSeconds(86_400), false, 0.95);
    assertEquals(
        List.of("P(known) 0.60 < 0.95"),
        UnitMastery.missing(Level.LEARNING, learning, spaced, 5, 0.9));
  }
}
