package tutor.mastery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SkillMasteryTest {
  private static final BktParameters P = BktParameters.DEFAULT; // prior .1, learn .1, guess .2, slip .1

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
  void fourRightAnswersInARowReachMasteryButThreeDoNot() {
    SkillMastery m = SkillMastery.fresh(P);
    for (int i = 0; i < 3; i++) m = m.after(true, P);
    assertFalse(m.mastered(), "three right answers: " + m.pKnown());
    m = m.after(true, P);
    assertTrue(m.mastered(), "four right answers: " + m.pKnown());
  }

  @Test
  void levelsFollowMasteryAndLocks() {
    assertEquals(Level.LOCKED, Level.of(null, false));
    assertEquals(Level.NEW, Level.of(null, true));
    assertEquals(Level.LEARNING, Level.of(new SkillMastery(0.5, 2, 1), true));
    assertEquals(Level.MASTERED, Level.of(new SkillMastery(0.97, 5, 5), true));
  }

  @Test
  void parametersOutsideTheOpenUnitIntervalAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new BktParameters(0, 0.1, 0.2, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new BktParameters(0.1, 0.1, 0.6, 0.5));
  }
}
