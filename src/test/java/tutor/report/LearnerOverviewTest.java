package tutor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tutor.goal.Goal;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.store.LoggedReview;

class LearnerOverviewTest {
  /**
   * Right answers to two exercises on two days: with P(known) at least 0.95, mastered
   * (docs/mastery.md).
   */
  private static final tutor.mastery.Evidence SHOWN =
      new tutor.mastery.Evidence(
          "e1", java.time.Instant.parse("2025-09-01T09:00:00Z"), true, true, false);

  private static final Instant EXPORTED = Instant.parse("2026-04-30T20:00:00Z");
  private static final List<StoredSkill> SKILLS =
      List.of(
          new StoredSkill("p", "a", "A", "", 0, List.of()),
          new StoredSkill("p", "b", "B", "", 1, List.of("a")),
          new StoredSkill("p", "c", "C", "", 2, List.of("b")));

  /**
   * Review answers on {@code days} days before the export, {@code recalled} of every 10 remembered.
   */
  private static List<LoggedReview> reviews(int fromDaysAgo, int toDaysAgo, int recalledOf10) {
    List<LoggedReview> out = new ArrayList<>();
    for (int d = fromDaysAgo; d >= toDaysAgo; d--) {
      for (int i = 0; i < 10; i++) {
        boolean ok = i < recalledOf10;
        out.add(
            new LoggedReview(
                new CardKey("p", "e" + i),
                EXPORTED.minus(Duration.ofDays(d)).minusSeconds(i),
                "study",
                ok ? 3 : 1,
                ok,
                null,
                0,
                "",
                CardPhase.REVIEW,
                null));
      }
    }
    return out;
  }

  private static LearnerData learner(List<LoggedReview> answers, List<Goal> goals) {
    return new LearnerData(
        "x.json",
        "sam",
        EXPORTED,
        Map.of("desired-retention", "0.9"),
        answers,
        Map.of(
            new SkillKey("p", "a"),
            new SkillMastery(0.99, 10, 9, SHOWN),
            new SkillKey("p", "b"),
            new SkillMastery(0.5, 5, 2)),
        goals,
        Map.of());
  }

  @Test
  void aRegularLearnerWithSteadyRetentionIsNotAtRisk() {
    LearnerOverview o = LearnerOverview.of(learner(reviews(59, 0, 9), List.of()), Map.of());
    assertEquals(List.of(), o.risks());
    assertEquals(28, o.studyDays28());
    assertEquals(0.9, o.retention30(), 1e-12);
    assertEquals(
        // Without the pack, mastered cannot be checked against guessing: known is what is said.
        List.of(
            new LearnerOverview.PackMastery("p", null, 1, 2, null, Map.of("a", 0.99, "b", 0.5))),
        o.packs());
  }

  @Test
  void fallingRetentionIsARiskWithBothFigures() {
    List<LoggedReview> log = new ArrayList<>(reviews(59, 30, 10));
    log.addAll(reviews(29, 0, 8));
    LearnerOverview o = LearnerOverview.of(learner(log, List.of()), Map.of());
    assertEquals(
        List.of(
            "retention falling: 80% of reviews remembered in the last 30 days, 100% in the 30 before",
            "retention below target: 80% remembered against 90% wanted"),
        o.risks());
  }

  @Test
  void noAnswerForAWeekMeansStudyStopped() {
    LearnerOverview o = LearnerOverview.of(learner(reviews(40, 9, 9), List.of()), Map.of());
    assertEquals(
        List.of("study stopped: last answer on 2026-04-21, 9 days before the export"), o.risks());
  }

  @Test
  void aGoalIsCheckedOnlyWhenItsPackIsGivenAndBehindIsARisk() {
    Goal goal =
        new Goal(
            1,
            "p",
            List.of(),
            LocalDate.parse("2026-05-03"),
            null,
            null,
            EXPORTED.minus(Duration.ofDays(30)));
    // No answer in the 14 days before the export: no pace, as tutor goal status would say.
    LearnerData d = learner(reviews(40, 15, 9), List.of(goal));
    LearnerOverview unchecked = LearnerOverview.of(d, Map.of());
    assertEquals("not checked", unchecked.goals().get(0).status());
    assertEquals(
        List.of("study stopped: last answer on 2026-04-15, 15 days before the export"),
        unchecked.risks(),
        "an unchecked goal is no risk");
    LearnerOverview checked = LearnerOverview.of(d, Map.of("p", SKILLS));
    assertEquals("not started", checked.goals().get(0).status(), "no answers lately: no pace");
    assertTrue(
        checked
            .risks()
            .get(0)
            .startsWith("behind on goal 1 (master p by 2026-05-03): 1 of 3 skills mastered"),
        checked.risks().toString());
    assertEquals(3, checked.packs().get(0).skills());
  }

  /**
   * The mentors' report had no card memory: a mastered skill whose exercises were being forgotten
   * still counted as mastered. With the pack's exercises, the exported cards' FSRS state is read: a
   * card of stability 2 days last reviewed 60 days before the export is mostly forgotten, and its
   * skill is fading there, as in tutor stats.
   */
  @Test
  void aMasteredSkillWhoseCardsAreForgottenIsFadingWhenThePackIsGiven() {
    tutor.schedule.CardState forgotten =
        new tutor.schedule.CardState(
            tutor.schedule.CardPhase.REVIEW,
            0,
            2.0,
            5.0,
            EXPORTED.minus(Duration.ofDays(58)),
            EXPORTED.minus(Duration.ofDays(60)),
            4,
            0);
    LearnerData base = learner(reviews(40, 1, 9), List.of());
    LearnerData d =
        new LearnerData(
            base.source(),
            base.learner(),
            base.exportedAt(),
            base.settings(),
            base.answers(),
            base.mastery(),
            base.goals(),
            Map.of(new tutor.pack.CardKey("p", "e1"), forgotten));
    Map<String, Map<String, List<String>>> exercises =
        Map.of("p", Map.of("e1", List.of("a"), "e2", List.of("b")));
    LearnerOverview.PackMastery withCards =
        LearnerOverview.of(d, Map.of("p", SKILLS), exercises, GUESSES).packs().get(0);
    assertEquals(List.of("a"), withCards.fading());
    assertEquals(0, withCards.mastered(), "fading is not mastered");
    // Without the pack's exercises the cards cannot be read, nor the answers weighed: known.
    LearnerOverview.PackMastery without = LearnerOverview.of(d, Map.of("p", SKILLS)).packs().get(0);
    assertEquals(List.of(), without.fading());
    assertEquals(null, without.mastered());
    assertEquals(1, without.known());
    // Remembered (reviewed a day before the export): mastered with the cards read too.
    tutor.schedule.CardState fresh =
        new tutor.schedule.CardState(
            tutor.schedule.CardPhase.REVIEW,
            0,
            30.0,
            5.0,
            EXPORTED.plus(Duration.ofDays(29)),
            EXPORTED.minus(Duration.ofDays(1)),
            4,
            0);
    LearnerData remembered =
        new LearnerData(
            d.source(),
            d.learner(),
            d.exportedAt(),
            d.settings(),
            d.answers(),
            d.mastery(),
            d.goals(),
            Map.of(new tutor.pack.CardKey("p", "e1"), fresh));
    LearnerOverview.PackMastery kept =
        LearnerOverview.of(remembered, Map.of("p", SKILLS), exercises, GUESSES).packs().get(0);
    assertEquals(List.of(), kept.fading());
    assertEquals(1, kept.mastered());
  }

  /** Skill a practised by exercise e1, b by e2, both three-option choices. */
  private static final Map<SkillKey, Map<String, Double>> GUESSES =
      Map.of(
          new SkillKey("p", "a"), Map.of("e1", 1 / 3.0),
          new SkillKey("p", "b"), Map.of("e2", 1 / 3.0));

  /**
   * The same known and shown skill, its exercise (a three-option choice) right one time in three
   * lately, as a guesser gets it: what the learner's own stats call learned, not mastered, and so
   * does the mentor's report (it read P(known) and the evidence alone, and said mastered).
   */
  @Test
  void aLuckyGuessersSkillIsNotMasteredInTheReport() {
    List<LoggedReview> log = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      boolean right = i % 3 == 0;
      log.add(
          new LoggedReview(
              new CardKey("p", "e1"),
              EXPORTED.minus(Duration.ofDays(30 - i)),
              "study",
              right ? 3 : 1,
              right,
              null,
              0,
              "",
              CardPhase.REVIEW,
              null));
    }
    Map<String, Map<String, List<String>>> exercises =
        Map.of("p", Map.of("e1", List.of("a"), "e2", List.of("b")));
    LearnerOverview.PackMastery guessed =
        LearnerOverview.of(learner(log, List.of()), Map.of("p", SKILLS), exercises, GUESSES)
            .packs()
            .get(0);
    assertEquals(0, guessed.mastered(), "right a third of the time at a third's chance");
    assertEquals(1, guessed.known());
    List<LoggedReview> rightEveryTime = new ArrayList<>();
    for (LoggedReview a : log) rightEveryTime.add(right(a));
    LearnerOverview.PackMastery shown =
        LearnerOverview.of(
                learner(rightEveryTime, List.of()), Map.of("p", SKILLS), exercises, GUESSES)
            .packs()
            .get(0);
    assertEquals(1, shown.mastered(), "the same answers all right are beyond guessing");
  }

  /**
   * An export its learner edited: the mastery row says shown on two exercises on two days, the
   * answers show one exercise right on one day (all right: beyond guessing). Stats on the learner's
   * own database would have the row from the answers; the report counts the evidence from the
   * exported answers too, as a credential does, and does not call it mastered.
   */
  @Test
  void aMasteryRowClaimingMoreThanTheExportedAnswersShowIsNotMastered() {
    List<LoggedReview> oneDay = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      oneDay.add(
          new LoggedReview(
              new CardKey("p", "e1"),
              EXPORTED.minus(Duration.ofDays(1)).plusSeconds(60L * i),
              "study",
              3,
              true,
              null,
              0,
              "",
              CardPhase.REVIEW,
              null));
    }
    Map<String, Map<String, List<String>>> exercises =
        Map.of("p", Map.of("e1", List.of("a"), "e3", List.of("a"), "e2", List.of("b")));
    Map<SkillKey, Map<String, Double>> guesses =
        Map.of(
            new SkillKey("p", "a"), Map.of("e1", 0.03, "e3", 0.03),
            new SkillKey("p", "b"), Map.of("e2", 0.03));
    LearnerOverview.PackMastery p =
        LearnerOverview.of(learner(oneDay, List.of()), Map.of("p", SKILLS), exercises, guesses)
            .packs()
            .get(0);
    assertEquals(0, p.mastered(), "one exercise, one day in the answers");
    assertEquals(1, p.known());
    List<LoggedReview> twoDays = new ArrayList<>(oneDay);
    twoDays.add(
        new LoggedReview(
            new CardKey("p", "e3"),
            EXPORTED.minusSeconds(60),
            "study",
            3,
            true,
            null,
            0,
            "",
            CardPhase.REVIEW,
            null));
    twoDays.sort(java.util.Comparator.comparing(LoggedReview::at));
    assertEquals(
        1,
        LearnerOverview.of(learner(twoDays, List.of()), Map.of("p", SKILLS), exercises, guesses)
            .packs()
            .get(0)
            .mastered(),
        "shown on two exercises on two days: mastered");
  }

  private static LoggedReview right(LoggedReview a) {
    return new LoggedReview(
        a.card(), a.at(), a.kind(), 3, true, null, 0, "", a.phaseBefore(), null);
  }

  @Test
  void aLearnerWhoNeverStudiedIsAtRisk() {
    assertEquals(
        List.of("never studied"),
        LearnerOverview.of(learner(List.of(), List.of()), Map.of()).risks());
  }
}
