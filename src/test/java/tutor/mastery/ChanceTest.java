package tutor.mastery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.schedule.DayCounter;

/**
 * The check against guessing (Chance): the chance that guessing alone gives at least as many right
 * answers, exact for answers of mixed kinds; and "mastered" (SkillMastery, what every display, goal
 * and credential uses) holds it: a lucky guesser with P(known) above 0.95 and right answers to two
 * exercises on two days is not mastered; a learner who types right answers is.
 */
class ChanceTest {
  private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
  private static final BktParameters CHOICE = new BktParameters(0.1, 0.2, 0.25, 0.1);
  private static final BktParameters TYPED = new BktParameters(0.1, 0.2, 0.03, 0.1);

  @Test
  void theTailIsExact() {
    // four four-option choices all right by chance: (1/4)^4
    assertEquals(Math.pow(0.25, 4), Chance.atLeastByChance(Collections.nCopies(4, 0.25), 4), 1e-15);
    assertTrue(Chance.atLeastByChance(Collections.nCopies(4, 0.25), 4) < Chance.LUCK);
    assertTrue(Chance.atLeastByChance(Collections.nCopies(5, 0.25), 4) > Chance.LUCK);
    // a random picker's 27 of 100 four-option answers: about as likely as not
    assertTrue(Chance.atLeastByChance(Collections.nCopies(100, 0.25), 27) > 0.3);
    // at least 4 of 5: 5 (1/4)^4 (3/4) + (1/4)^5
    assertEquals(
        5 * Math.pow(0.25, 4) * 0.75 + Math.pow(0.25, 5),
        Chance.atLeastByChance(Collections.nCopies(5, 0.25), 4),
        1e-15);
    assertEquals(1.0, Chance.atLeastByChance(List.of(0.5, 0.03), 0), 1e-15);
    // mixed kinds: a typed answer right (0.03) and a two-option choice right (0.5)
    assertEquals(0.015, Chance.atLeastByChance(List.of(0.5, 0.03), 2), 1e-15);
  }

  @Test
  void onlyTheLatestHundredAnswersAreWeighed() {
    List<Chance.Answer> answers = new ArrayList<>();
    for (int i = 0; i < 150; i++) answers.add(new Chance.Answer(0.25, false));
    for (int i = 0; i < 20; i++) answers = Chance.plus(answers, new Chance.Answer(0.03, true));
    assertEquals(Chance.RECENT, Chance.latest(answers).size());
    // 20 right of the last 100, where guessing gets 80 x 1/4 + 20 x 0.03 = 20.6
    assertFalse(Chance.beyondGuessing(answers), "the wrong guesses before weigh too");
    for (int i = 0; i < 80; i++) answers = Chance.plus(answers, new Chance.Answer(0.03, true));
    assertTrue(Chance.beyondGuessing(answers), "the guesses now out of the last 100 do not");
    assertFalse(Chance.beyondGuessing(List.of()), "no answer is not beyond guessing");
  }

  /** Answers {@code rights} to two exercises over two days, as knowledge tracing takes them. */
  private static SkillMastery answered(SkillMastery m, BktParameters p, boolean... rights) {
    for (int i = 0; i < rights.length; i++) {
      Instant at = T.plus(Duration.ofDays(i / 2)).plusSeconds(60L * i);
      m = m.after(new Observation("e" + (i % 2), at, rights[i], true, null), p, DayCounter.UTC);
    }
    return m;
  }

  @Test
  void aLuckyGuesserIsKnownButNotMastered() {
    // a run of wrong guesses, then four lucky right ones over two days on two exercises
    SkillMastery m =
        answered(
            SkillMastery.fresh(CHOICE),
            CHOICE,
            false,
            false,
            false,
            false,
            false,
            false,
            false,
            false,
            false,
            false,
            false,
            false,
            true,
            true,
            true,
            true);
    assertTrue(m.known(), "BKT's learning step: P(known) " + m.pKnown());
    assertTrue(m.evidence().met(2), "two exercises on two days");
    assertFalse(m.mastered(2), "4 right of 16 four-option answers is what guessing gives");
    assertEquals(Level.LEARNED, MasteryModel.level(m, true, 1.0, 2));
  }

  @Test
  void typedRightAnswersOnTwoDaysAreMastered() {
    SkillMastery m = answered(SkillMastery.fresh(TYPED), TYPED, true, true, true, true);
    assertTrue(m.mastered(2));
    assertEquals(Level.MASTERED, MasteryModel.level(m, true, 1.0, 2));
  }

  @Test
  void evidenceWhoseAnswersWereNotReadIsNotWeighed() {
    // mastery read from an export, or a skill the store did not read the answers of
    Evidence e = new Evidence("e0", T, true, true, false);
    assertTrue(new SkillMastery(0.97, 4, 4, e).mastered(2));
    assertFalse(
        new SkillMastery(0.97, 4, 4, e.withRecent(List.of(new Chance.Answer(0.5, true))))
            .mastered(2));
  }
}
