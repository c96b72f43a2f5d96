package tutor.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tutor.mastery.Evidence;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;

class GoalPlannerTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  // a -> b -> c, and d on its own
  private final List<StoredSkill> skills =
      List.of(
          new StoredSkill("p", "a", "A", "", 0, List.of()),
              new StoredSkill("p", "b", "B", "", 1, List.of("a")),
          new StoredSkill("p", "c", "C", "", 2, List.of("b")),
              new StoredSkill("p", "d", "D", "", 3, List.of()));
  private final Map<SkillKey, SkillMastery> mastery = new HashMap<>();
  private final Map<CardKey, CardState> cards = new HashMap<>();

  private static Goal goal(List<String> skills, LocalDate by, Integer minutes, Integer exercises) {
    return new Goal(1, "p", skills, by, minutes, exercises, Instant.EPOCH);
  }

  @Test
  void thePathIsTheTargetsAndEverythingTheyRequireInTeachingOrder() {
    assertEquals(
        List.of(new SkillKey("p", "a"), new SkillKey("p", "b"), new SkillKey("p", "c")),
        GoalPlanner.path(goal(List.of("c"), null, 10, null), skills));
    assertEquals(4, GoalPlanner.path(goal(List.of(), null, 10, null), skills).size());
  }

  @Test
  void exercisesLeftFollowTheBktArithmetic() {
    // From the prior 0.1, BKT needs 4 right answers; at 80 % success that is 5 exercises a skill.
    GoalPlan plan =
        Plans.plan(goal(List.of("c"), null, null, 10), skills, mastery, cards, TODAY, 0, 30);
    assertEquals(15, plan.exercisesLeft());
    mastery.put(new SkillKey("p", "a"), new SkillMastery(0.99, 5, 5, SHOWN));
    assertEquals(
        10,
        Plans.plan(goal(List.of("c"), null, null, 10), skills, mastery, cards, TODAY, 0, 30)
            .exercisesLeft());
  }

  @Test
  void aSkillKnownOnOneDayStillNeedsItsEvidence() {
    // Known (P(known) 0.99) from answers to one exercise on one day: a right answer to another
    // exercise on another day is still to come, 2 exercises at 80 %.
    mastery.put(
        new SkillKey("p", "a"),
        new SkillMastery(0.99, 5, 5, new Evidence("e1", Instant.EPOCH, false, false, false)));
    assertEquals(
        12,
        Plans.plan(goal(List.of("c"), null, null, 10), skills, mastery, cards, TODAY, 0, 30)
            .exercisesLeft());
  }

  /** Right answers to two exercises on two days: with P(known) 0.99, mastered. */
  private static final Evidence SHOWN = new Evidence("e1", Instant.EPOCH, true, true, false);

  @Test
  void aBudgetThatFinishesTwoOrMoreDaysEarlyIsAhead() {
    // 15 exercises at 5 a day: 3 days, done 2026-03-04; deadline 2026-03-10 -> ahead by 6.
    GoalPlan plan =
        Plans.plan(
            goal(List.of("c"), LocalDate.of(2026, 3, 10), null, 5),
            skills,
            mastery,
            cards,
            TODAY,
            0,
            30);
    assertEquals(LocalDate.of(2026, 3, 4), plan.projectedFinish());
    assertEquals(GoalPlan.Status.AHEAD, plan.status());
    assertEquals(6, plan.daysAhead());
    assertEquals(15 / 9.0, plan.neededPerDay(), 1e-12);
  }

  @Test
  void aPaceTooSlowForTheDeadlineIsBehindByTheDifference() {
    // 15 exercises at the recent pace of 1 a day: done 2026-03-16, deadline 2026-03-10 -> 6 days
    // behind.
    GoalPlan plan =
        Plans.plan(
            goal(List.of("c"), LocalDate.of(2026, 3, 10), null, null),
            skills,
            mastery,
            cards,
            TODAY,
            1,
            30);
    assertEquals(GoalPlan.Status.BEHIND, plan.status());
    assertEquals(-6, plan.daysAhead());
  }

  @Test
  void finishingOnTheDeadlineOrADayBeforeIsOnTrack() {
    GoalPlan plan =
        Plans.plan(
            goal(List.of("c"), LocalDate.of(2026, 3, 4), null, 5),
            skills,
            mastery,
            cards,
            TODAY,
            0,
            30);
    assertEquals(GoalPlan.Status.ON_TRACK, plan.status());
  }

  @Test
  void reviewsEatIntoTheDailyBudget() {
    // Two reviewed cards with stability 1 day: 2 reviews a day leave 3 of a 5-exercise budget.
    for (String id : List.of("x", "y")) {
      cards.put(
          new CardKey("p", id),
          new CardState(CardPhase.REVIEW, 0, 1, 5, Instant.EPOCH, Instant.EPOCH, 1, 0));
    }
    GoalPlan plan =
        Plans.plan(goal(List.of("c"), null, null, 5), skills, mastery, cards, TODAY, 0, 30);
    assertEquals(2, plan.reviewsPerDay(), 1e-12);
    assertEquals(3, plan.newPerDay(), 1e-12);
    assertEquals(LocalDate.of(2026, 3, 6), plan.projectedFinish());
  }

  @Test
  void minutesAreTurnedIntoExercisesAtTheLearnersSpeed() {
    GoalPlan plan =
        Plans.plan(goal(List.of("c"), null, 10, null), skills, mastery, cards, TODAY, 0, 60);
    assertEquals(10, plan.newPerDay(), 1e-12);
  }

  @Test
  void aDeadlineAlreadyPastIsMissedWithTheFinishAtThePace() {
    GoalPlan plan =
        Plans.plan(
            goal(List.of("c"), LocalDate.of(2026, 2, 20), null, null),
            skills,
            mastery,
            cards,
            TODAY,
            5,
            30);
    assertEquals(GoalPlan.Status.MISSED, plan.status());
    assertEquals(LocalDate.of(2026, 3, 4), plan.projectedFinish());
    assertTrue(plan.summary().contains("the deadline 2026-02-20 has passed"), plan.summary());
  }

  @Test
  void whatTheSummarySaysAgreesWithItself() {
    // Behind: the needed pace is above the pace, the finish is after the deadline by the days said.
    GoalPlan plan =
        Plans.plan(
            goal(List.of("c"), LocalDate.of(2026, 3, 10), null, null),
            skills,
            mastery,
            cards,
            TODAY,
            1,
            30);
    assertEquals(GoalPlan.Status.BEHIND, plan.status());
    assertTrue(plan.neededPerDay() > plan.newPerDay());
    assertEquals(
        plan.daysAhead(),
        -java.time.temporal.ChronoUnit.DAYS.between(
            plan.goal().deadline(), plan.projectedFinish()));
    assertEquals(
        "0 of 3 skills mastered; behind by 6 days: about 1.7 exercises a day are needed, your pace is 1"
            + " (finish about 2026-03-16).",
        plan.summary());
    assertTrue(
        plan.workLine().startsWith("about 15 answers left; your pace 1 a day"), plan.workLine());
    // The summary says the pace needed; goal status shows both lines, so the work line does not.
    assertFalse(plan.workLine().contains("needed"), plan.workLine());
  }

  @Test
  void aRecentPaceCountsTheDaysSinceTheLearnerBeganNotAFixedFortnight() {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    assertEquals(
        20,
        new RecentAnswers(20, now.minusSeconds(3600), now, 14).perDay(),
        1e-12,
        "a first session");
    assertEquals(
        10,
        new RecentAnswers(20, now.minusSeconds(86_400 + 3600), now, 14).perDay(),
        1e-12,
        "two days");
    assertEquals(
        2,
        new RecentAnswers(28, now.minusSeconds(86_400L * 100), now, 14).perDay(),
        1e-12,
        "long ago: 14 days");
    assertEquals(0, new RecentAnswers(0, null, now, 14).perDay(), 1e-12);
  }

  @Test
  void withoutAnyPaceAGoalWithADeadlineIsNotStarted() {
    GoalPlan plan =
        Plans.plan(
            goal(List.of("c"), LocalDate.of(2026, 3, 10), null, null),
            skills,
            mastery,
            cards,
            TODAY,
            0,
            30);
    assertEquals(GoalPlan.Status.NOT_STARTED, plan.status());
    assertNull(plan.projectedFinish());
  }

  @Test
  void aMasteredPathIsDone() {
    for (String s : List.of("a", "b", "c"))
      mastery.put(new SkillKey("p", s), new SkillMastery(0.99, 5, 5, SHOWN));
    assertEquals(
        GoalPlan.Status.DONE,
        Plans.plan(
                goal(List.of("c"), LocalDate.of(2026, 3, 10), null, 5),
                skills,
                mastery,
                cards,
                TODAY,
                0,
                30)
            .status());
  }

  @Test
  void aDoneGoalShowsNoPaceNorDailyNeed() {
    for (String s : List.of("a", "b", "c"))
      mastery.put(new SkillKey("p", s), new SkillMastery(0.99, 5, 5, SHOWN));
    GoalPlan plan =
        Plans.plan(
            goal(List.of("c"), LocalDate.of(2026, 3, 10), null, 5),
            skills,
            mastery,
            cards,
            TODAY,
            0,
            30);
    assertEquals(0, plan.exercisesLeft());
    assertEquals(GoalPlan.Status.DONE, plan.status());
    // "done; estimated pace 30 a day" under "Done: all 3 skills mastered" read as work still owed
    // (a week's trial, F10): a finished goal has no work line, and its summary names no pace.
    assertTrue(plan.finished());
    assertEquals("", plan.workLine());
    assertEquals("Done: all 3 skills mastered.", plan.summary());
    assertFalse(plan.active(), "it sets no daily budget");
  }

  @Test
  void aGoalMetOnTimeStaysMetWhenItsSkillsFade() {
    // Met on 2026-03-05, before its deadline of 2026-03-10; on the 20th "b" and "c" have faded.
    mastery.put(new SkillKey("p", "a"), new SkillMastery(0.99, 5, 5, SHOWN));
    mastery.put(new SkillKey("p", "b"), new SkillMastery(0.4, 5, 5, SHOWN));
    mastery.put(new SkillKey("p", "c"), new SkillMastery(0.3, 5, 5, SHOWN));
    Goal met =
        goal(List.of("c"), LocalDate.of(2026, 3, 10), null, 5).withMetOn(LocalDate.of(2026, 3, 5));
    GoalPlan plan = Plans.plan(met, skills, mastery, cards, LocalDate.of(2026, 3, 20), 0, 30);
    assertEquals(GoalPlan.Status.MET, plan.status());
    assertEquals(
        "Met on 2026-03-05, by the deadline 2026-03-10. 2 skills have faded since and are due for"
            + " review: tutor study brings them back.",
        plan.summary());
    assertFalse(plan.summary().contains("passed"), plan.summary());
    assertEquals("", plan.workLine(), "no pace nor daily need");
    assertTrue(Double.isNaN(plan.neededPerDay()));
    assertEquals(List.of(new SkillKey("p", "b"), new SkillKey("p", "c")), plan.fading());
    assertFalse(plan.active(), "a met goal asks for no daily budget: reviews come due anyway");
    // The same skills, the goal never met: the deadline has passed, as before.
    GoalPlan missed =
        Plans.plan(
            goal(List.of("c"), LocalDate.of(2026, 3, 10), null, 5),
            skills,
            mastery,
            cards,
            LocalDate.of(2026, 3, 20),
            0,
            30);
    assertEquals(GoalPlan.Status.MISSED, missed.status());
  }

  @Test
  void aMetGoalsPackGainingASkillStaysMetAndSaysTheSkillIsNew() {
    // "d" was added to the pack by an update after the goal (the whole pack) was met.
    for (String s : List.of("a", "b", "c"))
      mastery.put(new SkillKey("p", s), new SkillMastery(0.99, 5, 5, SHOWN));
    Goal met = goal(List.of(), null, null, 5).withMetOn(LocalDate.of(2026, 3, 5));
    GoalPlan plan = Plans.plan(met, skills, mastery, cards, TODAY, 0, 30);
    assertEquals(GoalPlan.Status.MET, plan.status());
    assertEquals(List.of(new SkillKey("p", "d")), plan.unstudied());
    assertEquals(List.of(), plan.fading());
    assertEquals(
        "Met on 2026-03-05. Its pack has 1 new skill since, not studied yet.", plan.summary());
  }

  @Test
  void aGoalMetAfterItsDeadlineSaysSo() {
    for (String s : List.of("a", "b", "c"))
      mastery.put(new SkillKey("p", s), new SkillMastery(0.99, 5, 5, SHOWN));
    Goal late =
        goal(List.of("c"), LocalDate.of(2026, 3, 10), null, 5).withMetOn(LocalDate.of(2026, 3, 12));
    GoalPlan plan = Plans.plan(late, skills, mastery, cards, LocalDate.of(2026, 3, 12), 0, 30);
    assertFalse(late.metInTime());
    assertEquals(
        "Done: all 3 skills mastered (met on 2026-03-12, after the deadline 2026-03-10).",
        plan.summary());
  }

  @Test
  void pacingAcrossAMonthBoundaryCountsCalendarDays() {
    LocalDate today = LocalDate.of(2026, 2, 27);
    GoalPlan plan =
        Plans.plan(
            goal(List.of("c"), LocalDate.of(2026, 3, 3), null, 5),
            skills,
            mastery,
            cards,
            today,
            0,
            30);
    assertEquals(LocalDate.of(2026, 3, 2), plan.projectedFinish());
    assertEquals(1, plan.daysAhead());
    assertEquals(GoalPlan.Status.ON_TRACK, plan.status());
  }

  @Test
  void unreadLessonsOnThePathCountAsTimeToSpend() {
    // A 400-word lesson (2 minutes) with one worked example (1 minute) = 180 s = 6 exercises of 30
    // s.
    String lesson = "word ".repeat(400);
    List<StoredSkill> withLesson =
        List.of(
            new StoredSkill(
                "p",
                new tutor.pack.Skill(
                    "a",
                    "A",
                    "",
                    List.of(),
                    lesson,
                    List.of(new tutor.pack.Skill.WorkedExample("p", List.of("s"), "x")),
                    List.of(),
                    null),
                0));
    Goal g = goal(List.of("a"), null, null, 10);
    int without = Plans.plan(g, withLesson, mastery, cards, TODAY, 0, 30).exercisesLeft();
    int unread =
        Plans.plan(g, withLesson, mastery, cards, TODAY, 0, 30, java.util.Set.of()).exercisesLeft();
    int read =
        Plans.plan(
                g,
                withLesson,
                mastery,
                cards,
                TODAY,
                0,
                30,
                java.util.Set.of(new SkillKey("p", "a")))
            .exercisesLeft();
    assertEquals(without + 6, unread);
    assertEquals(without, read);
  }

  @Test
  void aWeekOfQuickAnswersLeavesTheEstimateWhereItWas() {
    // A simulated week of answers typed in 3 s: the exercises left grew from 118 to 269 and "31 a
    // day needed", as unread lessons were counted in 3-s exercises. The path's state is the same
    // every day here, so the estimate must be too; the budget buys no more than 10 s exercises.
    String lesson = "word ".repeat(1000);
    List<StoredSkill> withLessons = new java.util.ArrayList<>();
    for (String id : List.of("a", "b", "c"))
      withLessons.add(
          new StoredSkill(
              "p",
              new tutor.pack.Skill(id, id, "", List.of(), lesson, List.of(), List.of(), null),
              withLessons.size()));
    Goal g = goal(List.of(), TODAY.plusDays(60), 15, null);
    java.util.Set<Integer> left = new java.util.TreeSet<>();
    java.util.Set<Long> needed = new java.util.TreeSet<>();
    for (int day = 1; day <= 7; day++) {
      Instant now = NOW.plus(java.time.Duration.ofDays(day));
      int answered = 25 * day;
      int timed = Math.min(AnswerTimes.READ, answered);
      GoalPlan plan =
          Plans.plan(
              g,
              withLessons,
              mastery,
              cards,
              TODAY.plusDays(day),
              new RecentAnswers(answered, NOW, now, GoalPlanner.PACE_DAYS),
              AnswerTimes.of(times(timed, 3_000), timed),
              java.util.Set.of());
      left.add(plan.exercisesLeft());
      assertTrue(
          plan.newPerDay() <= 15 * 60 / GoalPlanner.MIN_SECONDS_PER_EXERCISE, plan.workLine());
      if (day > 1) needed.add(Math.round(plan.neededPerDay()));
    }
    assertEquals(1, left.size(), "exercises left, day by day: " + left);
    assertTrue(needed.size() <= 2, "needed a day, day by day: " + needed);
  }

  // Evidence before a pace (issue 20: after seven quick placement answers a goal said "your pace
  // 385 a day", done in days).

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static long[] times(int n, long millis) {
    long[] t = new long[n];
    java.util.Arrays.fill(t, millis);
    return t;
  }

  private GoalPlan withBudget(int minutes, RecentAnswers recent, AnswerTimes times) {
    return Plans.plan(
        goal(List.of(), null, minutes, null), skills, mastery, cards, TODAY, recent, times, null);
  }

  @Test
  void aFewQuickAnswersAreNotTheLearnersTimeUntilThereAreEnough() {
    RecentAnswers firstHour = new RecentAnswers(7, NOW.minusSeconds(3600), NOW, 14);
    // seven answers of 2 s: 15 minutes would buy 450 exercises a day
    GoalPlan early = withBudget(15, firstHour, AnswerTimes.of(times(7, 2_000), 7));
    assertTrue(early.estimate());
    assertEquals(15 * 60 / GoalPlanner.DEFAULT_SECONDS_PER_EXERCISE, early.newPerDay(), 1e-12);
    assertEquals(
        "about 20 answers left; estimated pace 30 a day (your budget at 30 s an exercise, until"
            + " 30 of your answers are timed)",
        early.workLine());
    assertEquals(
        "0 of 4 skills mastered; estimate: done about 2026-03-02.", early.summary(), "said so");
    // Enough answers: the learner's own mean time, 20 s -> 45 a day.
    GoalPlan known =
        withBudget(
            15,
            firstHour,
            AnswerTimes.of(
                times(GoalPlanner.MIN_TIMED_ANSWERS, 20_000), GoalPlanner.MIN_TIMED_ANSWERS));
    assertFalse(known.estimate());
    assertEquals(45, known.newPerDay(), 1e-12);
    assertTrue(known.workLine().contains("; your pace 45 a day (your budget)"), known.workLine());
    assertTrue(known.summary().contains("; at your pace, done about"), known.summary());
  }

  @Test
  void anAnswerCountsAMinuteAtMostAndTheMeanIsWhatABudgetBuys() {
    // 29 answers of 10 s and one of an hour (the learner walked away): 30 s on average would say
    // 30 a day, (29 * 10 + 3600) / 30 = 130 s would say 7; capped at a minute: (290 + 60) / 30.
    long[] t = times(30, 10_000);
    t[0] = 3_600_000;
    AnswerTimes a = AnswerTimes.of(t, 30);
    assertEquals(350 / 30.0, a.meanSeconds(), 1e-12);
    assertTrue(a.enough());
    assertEquals(Double.NaN, AnswerTimes.of(t, 0).meanSeconds());
    assertFalse(AnswerTimes.NONE.enough());
  }

  @Test
  void answersOfAFirstEveningAreNotADailyPaceUntilTheySpanDays() {
    // 60 answers in the first hour: not "60 a day"; the default 15 minutes at 30 s, said to be an
    // estimate.
    RecentAnswers evening = new RecentAnswers(60, NOW.minusSeconds(3600), NOW, 14);
    assertFalse(evening.enough());
    GoalPlan early =
        Plans.plan(
            goal(List.of(), null, null, null),
            skills,
            mastery,
            cards,
            TODAY,
            evening,
            AnswerTimes.NONE,
            null);
    assertTrue(early.estimate());
    assertEquals(30, early.newPerDay(), 1e-12);
    assertEquals(
        "about 20 answers left; estimated pace 30 a day (15 minutes a day at 30 s an exercise,"
            + " until 3 days of your answers show your pace)",
        early.workLine());
    // Three days on, the same answers are a pace: 60 over 3 days.
    RecentAnswers later =
        new RecentAnswers(60, NOW.minusSeconds(3600), NOW.plusSeconds(2 * 86_400), 14);
    assertTrue(later.enough());
    GoalPlan known =
        Plans.plan(
            goal(List.of(), null, null, null),
            skills,
            mastery,
            cards,
            TODAY,
            later,
            AnswerTimes.NONE,
            null);
    assertFalse(known.estimate());
    assertEquals(20, known.newPerDay(), 1e-12);
    assertTrue(known.workLine().endsWith("(recent answers to this pack)"), known.workLine());
  }

  @Test
  void aBudgetInExercisesIsTheLearnersWordNoEstimate() {
    GoalPlan plan =
        Plans.plan(
            goal(List.of(), null, null, 10),
            skills,
            mastery,
            cards,
            TODAY,
            new RecentAnswers(0, null, NOW, 14),
            AnswerTimes.NONE,
            null);
    assertFalse(plan.estimate());
    assertEquals(10, plan.newPerDay(), 1e-12);
  }

  @Test
  void anEstimateBehindTheDeadlineSaysItIsAnEstimate() {
    GoalPlan plan =
        Plans.plan(
            goal(List.of(), LocalDate.of(2026, 3, 2), 5, null),
            skills,
            mastery,
            cards,
            TODAY,
            new RecentAnswers(0, null, NOW, 14),
            AnswerTimes.NONE,
            null);
    assertEquals(GoalPlan.Status.BEHIND, plan.status());
    assertEquals(
        "0 of 4 skills mastered; behind by 1 day: about 20 exercises a day are needed, the"
            + " estimated pace is 10 (estimate: finish about 2026-03-03).",
        plan.summary());
  }

  @Test
  void onlyAGoalNotDoneAndNotPastItsDateIsActive() {
    assertTrue(withBudget(15, new RecentAnswers(0, null, NOW, 14), AnswerTimes.NONE).active());
    GoalPlan missed =
        Plans.plan(
            goal(List.of(), LocalDate.of(2026, 2, 1), 15, null),
            skills,
            mastery,
            cards,
            TODAY,
            0,
            30);
    assertEquals(GoalPlan.Status.MISSED, missed.status());
    assertFalse(missed.active());
    for (String s : List.of("a", "b", "c", "d"))
      mastery.put(new SkillKey("p", s), new SkillMastery(0.99, 5, 5, SHOWN));
    GoalPlan done =
        Plans.plan(goal(List.of(), null, 15, null), skills, mastery, cards, TODAY, 0, 30);
    assertEquals(GoalPlan.Status.DONE, done.status());
    assertFalse(done.active());
  }

  @Test
  void aBudgetTheReviewsTakeWholeSaysSoNotNoPace() {
    for (String id : List.of("x", "y")) {
      cards.put(
          new CardKey("p", id),
          new CardState(CardPhase.REVIEW, 0, 1, 5, Instant.EPOCH, Instant.EPOCH, 1, 0));
    }
    GoalPlan plan =
        Plans.plan(goal(List.of("c"), null, null, 2), skills, mastery, cards, TODAY, 0, 30);
    assertEquals(0, plan.newPerDay(), 1e-12);
    assertEquals(
        "0 of 3 skills mastered; the daily budget goes to reviews (about 2 a day).",
        plan.summary());
  }
}
