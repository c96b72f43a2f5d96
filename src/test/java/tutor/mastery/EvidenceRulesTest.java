package tutor.mastery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Normalization;
import tutor.schedule.DayCounter;

/**
 * What counts as evidence that a skill is mastered (docs/mastery.md, "Evidence before mastered").
 */
class EvidenceRulesTest {
  private static final Instant DAY1 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant DAY2 = DAY1.plus(Duration.ofDays(1));
  private static final DayCounter DAYS = DayCounter.UTC;

  private static Exercise typed(String id) {
    return new Exercise(
        id,
        List.of("s"),
        "?",
        2,
        List.of(),
        "",
        List.of(),
        new Exercise.Text(List.of("x"), null, Normalization.DEFAULT));
  }

  private static Exercise choice(String id, int options) {
    List<String> opts = new ArrayList<>();
    for (int i = 0; i < options; i++) opts.add("o" + i);
    return new Exercise(
        id,
        List.of("s"),
        "?",
        2,
        List.of(),
        "",
        List.of(),
        new Exercise.Choice(opts, List.of(0), true));
  }

  /**
   * Answers, each to (exercise, instant), right unless told; the previous answer to the same
   * exercise is tracked.
   */
  private static final class Learner {
    SkillMastery m = SkillMastery.fresh(BktParameters.DEFAULT);
    final List<Observation> log = new ArrayList<>();
    final java.util.Map<String, Instant> last = new java.util.HashMap<>();

    Learner answer(Exercise e, Instant at, boolean right) {
      Observation o = new Observation(e.id(), at, right, true, last.get(e.id()));
      last.put(e.id(), at);
      log.add(o);
      m = m.after(o, Kind.chance(null, e), DAYS);
      return this;
    }

    Learner right(Exercise e, Instant at) {
      return answer(e, at, true);
    }
  }

  @Test
  void threeQuickRightAnswersWithinAMinuteDoNotMakeASkillMastered() {
    Exercise a = typed("a");
    Learner same =
        new Learner().right(a, DAY1).right(a, DAY1.plusSeconds(20)).right(a, DAY1.plusSeconds(40));
    assertFalse(same.m.mastered(), "one exercise, one day");
    assertFalse(
        same.m.known(), "a repeat within seconds counts for a tenth: P(known) " + same.m.pKnown());
    assertEquals(Level.LEARNING, MasteryModel.level(same.m, true, 1.0, 4));
    // Three different exercises within a minute: known well enough to build on, not mastered.
    Learner three =
        new Learner()
            .right(typed("a"), DAY1)
            .right(typed("b"), DAY1.plusSeconds(20))
            .right(typed("c"), DAY1.plusSeconds(40));
    assertTrue(three.m.known());
    assertFalse(three.m.mastered());
    assertEquals(Level.LEARNED, MasteryModel.level(three.m, true, 1.0, 4));
  }

  @Test
  void twoExercisesOnTwoDaysDo() {
    Learner l = new Learner().right(typed("a"), DAY1).right(typed("b"), DAY1.plusSeconds(30));
    assertFalse(l.m.mastered());
    l.right(typed("a"), DAY2);
    assertTrue(l.m.mastered(), l.m.toString());
    assertEquals(Level.MASTERED, MasteryModel.level(l.m, true, 1.0, 4));
    assertEquals(
        new ObservedEvidence(3, 3, 2, 2, DAY1, DAY2, false, 1.0),
        ObservedEvidence.of(l.log, DAYS, false, 1.0));
  }

  @Test
  void oneExerciseOnTwoDaysIsNotTwoExercises() {
    Exercise a = typed("a");
    Learner l = new Learner().right(a, DAY1).right(a, DAY2).right(a, DAY2.plus(Duration.ofDays(3)));
    assertTrue(l.m.known());
    assertFalse(
        l.m.mastered(),
        "the skill has other exercises: one answer learnt by heart is not the skill");
    // A skill with a single exercise: the same exercise right on two study days is all there is to
    // show.
    assertTrue(l.m.mastered(1));
    assertFalse(
        new Learner().right(a, DAY1).right(a, DAY1.plus(Duration.ofHours(3))).m.mastered(1),
        "same day");
  }

  @Test
  void aRepeatCountsForLessTheSoonerItComes() {
    assertEquals(1, MasteryModel.weight(null, DAY1), 1e-12);
    assertEquals(MasteryModel.MIN_WEIGHT, MasteryModel.weight(DAY1, DAY1.plusSeconds(30)), 1e-12);
    double tenMinutes = MasteryModel.weight(DAY1, DAY1.plus(Duration.ofMinutes(10)));
    double hour = MasteryModel.weight(DAY1, DAY1.plus(Duration.ofHours(1)));
    assertTrue(
        MasteryModel.MIN_WEIGHT < tenMinutes && tenMinutes < hour && hour < 1,
        tenMinutes + " " + hour);
    assertEquals(1, MasteryModel.weight(DAY1, DAY2), 1e-12);
    // Weight 1 is the plain BKT update.
    SkillMastery m = SkillMastery.fresh(BktParameters.DEFAULT);
    Observation first = new Observation("a", DAY1, true, true, null);
    assertEquals(
        m.after(true, BktParameters.DEFAULT).pKnown(),
        m.after(first, BktParameters.DEFAULT, DAYS).pKnown(),
        1e-12);
  }

  @Test
  void aRightAnswerAfterAHintIsNoEvidence() {
    Evidence e = Evidence.NONE.after(new Observation("a", DAY1, true, false, null), DAYS);
    assertFalse(e.observed());
    assertFalse(
        Evidence.NONE.after(new Observation("a", DAY1, false, true, null), DAYS).observed());
  }

  @Test
  void guessAndSlipFollowTheKindOfExercise() {
    assertEquals(0.25, Kind.chance(null, choice("c", 4)).guess(), 1e-12);
    assertEquals(0.03, Kind.chance(null, typed("t")).guess(), 1e-12);
    Exercise order =
        new Exercise(
            "o",
            List.of("s"),
            "?",
            2,
            List.of(),
            "",
            List.of(),
            new Exercise.Order(List.of("1", "2", "3", "4", "5")));
    assertEquals(0.03, Kind.chance(null, order).guess(), 1e-12);
    // So a right typed answer says more than a right choice among four.
    SkillMastery fresh = SkillMastery.fresh(BktParameters.DEFAULT);
    assertTrue(
        fresh.after(true, Kind.chance(null, typed("t"))).pKnown()
            > fresh.after(true, Kind.chance(null, choice("c", 4))).pKnown());
  }

  @Test
  void placementAloneIsPlacedNotMastered() {
    SkillMastery placed = new SkillMastery(0.96, 0, 0, Evidence.NONE.placed(true));
    assertTrue(placed.known(), "it unlocks what builds on it");
    assertFalse(placed.mastered(1));
    assertEquals(Level.PLACED, MasteryModel.level(placed, true, 1.0, 4));
    ObservedEvidence none = ObservedEvidence.of(List.of(), DAYS, true, 1.0);
    assertTrue(none.placedOnly());
    assertFalse(none.spaced(1));
    // Answered right once: no longer only placed, learned.
    SkillMastery answered =
        placed.after(
            new Observation("a", DAY1, true, true, null), Kind.chance(null, typed("a")), DAYS);
    assertEquals(Level.LEARNED, MasteryModel.level(answered, true, 1.0, 4));
  }

  @Test
  void theKeptEvidenceAndTheLogAgree() {
    Learner l =
        new Learner()
            .right(typed("a"), DAY1)
            .answer(typed("b"), DAY1.plusSeconds(60), false)
            .right(typed("a"), DAY2);
    ObservedEvidence o = ObservedEvidence.of(l.log, DAYS, false, 0.9);
    assertEquals(Math.min(2, o.exercises()), l.m.evidence().exercises());
    assertEquals(Math.min(2, o.days()), l.m.evidence().days());
    assertEquals(o.spaced(4), l.m.evidence().met(4));
    assertEquals(2, o.rightAnswers());
    assertEquals(3, o.answers());
  }
}
