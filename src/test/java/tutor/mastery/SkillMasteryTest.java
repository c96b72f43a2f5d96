package tutor.mastery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SkillMasteryTest {
  private static final BktParameters P =
      BktParameters.DEFAULT; // prior .1, learn .1, guess .2, slip .1

  @Test
  void rightAnswerUpdatesAsComputedByHand() {
    // posterior = .1*.9 / (.1*.9 + .9*.2) = 1/3; then + (2/3)*.1 = .4
    SkillMastery m = SkillMastery.fresh(P).after(true, P);
    assertEquals(0.4, m.pKnown(), 1e-12);
    assertEquals(1, m.attempts());
    assertEquals(1, m.correct());
  }

  @Test
  void wrongAnswerUpdatesAsComputedByHand() {
    // from .4: posterior = .4*.1 / (.4*.1 + .6*.8) = .04/.52; then + (1 - that)*.1
    SkillMastery m = new SkillMastery(0.4, 1, 1).after(false, P);
    double posterior = 0.04 / 0.52;
    assertEquals(posterior + (1 - posterior) * 0.1, m.pKnown(), 1e-12);
    assertEquals(2, m.attempts());
    assertEquals(1, m.correct());
  }

  @Test
  void fourRightAnswersInARowMakeASkillKnownButThreeDoNot() {
    SkillMastery m = SkillMastery.fresh(P);
    for (int i = 0; i < 3; i++) m = m.after(true, P);
    assertFalse(m.known(), "three right answers: " + m.pKnown());
    m = m.after(true, P);
    assertTrue(m.known(), "four right answers: " + m.pKnown());
    // Known is the level that unlocks; mastered also needs the evidence (two exercises, two days).
    assertFalse(m.mastered(), "no evidence of which exercises and days");
  }

  @Test
  void levelsFollowMasteryAndLocks() {
    assertEquals(Level.LOCKED, Level.of(null, false));
    assertEquals(Level.NEW, Level.of(null, true));
    assertEquals(Level.LEARNING, Level.of(new SkillMastery(0.5, 2, 1), true));
    assertEquals(Level.LEARNED, Level.of(new SkillMastery(0.97, 5, 5), true));
    assertEquals(
        Level.MASTERED,
        Level.of(
            new SkillMastery(
                0.97, 5, 5, new Evidence("e1", java.time.Instant.EPOCH, true, true, false)),
            true));
    assertEquals(
        Level.PLACED, Level.of(new SkillMastery(0.96, 0, 0, Evidence.NONE.placed(true)), true));
  }

  @Test
  void parametersOutsideTheOpenUnitIntervalAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new BktParameters(0, 0.1, 0.2, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new BktParameters(0.1, 0.1, 0.6, 0.5));
  }
}
