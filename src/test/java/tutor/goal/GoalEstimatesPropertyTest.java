package tutor.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tutor.mastery.Evidence;
import tutor.mastery.SkillMastery;
import tutor.pack.SkillKey;
import tutor.pack.StoredSkill;

/**
 * Goal estimates that cannot contradict each other, over many generated learners (issue 20: a goal
 * on 10 of a pack's 13 skills was to finish after a goal on all 13; an estimate went from ahead to
 * behind from one day to the next with little change).
 */
class GoalEstimatesPropertyTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  /** A pack of 3 to 15 skills, each requiring some of the ones before it. */
  private static List<StoredSkill> pack(Random rnd) {
    List<StoredSkill> skills = new ArrayList<>();
    int n = 3 + rnd.nextInt(13);
    for (int i = 0; i < n; i++) {
      List<String> requires = new ArrayList<>();
      if (i > 0 && rnd.nextInt(3) > 0) requires.add("s" + rnd.nextInt(i));
      if (i > 1 && rnd.nextInt(4) == 0) requires.add("s" + rnd.nextInt(i));
      skills.add(
          new StoredSkill("p", "s" + i, "S" + i, "", i, requires.stream().distinct().toList()));
    }
    return skills;
  }

  private static Map<SkillKey, SkillMastery> mastery(Random rnd, List<StoredSkill> skills) {
    Map<SkillKey, SkillMastery> out = new HashMap<>();
    for (StoredSkill s : skills) {
      switch (rnd.nextInt(5)) {
        case 0 -> {}
        case 1 -> out.put(s.key(), new SkillMastery(0.3, 2, 1, Evidence.NONE));
        case 2 ->
            out.put(
                s.key(),
                new SkillMastery(
                    0.97, 4, 3, new Evidence("e", Instant.EPOCH, false, false, false)));
        default ->
            out.put(
                s.key(),
                new SkillMastery(0.99, 6, 6, new Evidence("e", Instant.EPOCH, true, true, false)));
      }
    }
    return out;
  }

  private static Pace pace(Random rnd) {
    return new Pace(
        rnd.nextInt(40) * 0.7, rnd.nextBoolean(), 10 + rnd.nextInt(50), rnd.nextBoolean());
  }

  @Test
  void aGoalOnSomeOfAPacksSkillsNeverFinishesAfterTheWholePack() {
    int compared = 0;
    for (int seed = 0; seed < 2000; seed++) {
      Random rnd = new Random(seed);
      List<StoredSkill> skills = pack(rnd);
      Map<SkillKey, SkillMastery> mastery = mastery(rnd, skills);
      Set<SkillKey> seen = new HashSet<>();
      for (StoredSkill s : skills) if (rnd.nextBoolean()) seen.add(s.key());
      List<String> some = new ArrayList<>();
      for (StoredSkill s : skills) if (rnd.nextInt(3) > 0) some.add(s.id());
      if (some.isEmpty()) some.add(skills.get(0).id());
      LocalDate by = rnd.nextBoolean() ? null : TODAY.plusDays(rnd.nextInt(60) - 5);
      Integer minutes = rnd.nextInt(3) == 0 ? 5 + rnd.nextInt(30) : null;
      Integer exercises = minutes == null && rnd.nextInt(3) == 0 ? 5 + rnd.nextInt(30) : null;
      double reviews = rnd.nextInt(4) == 0 ? rnd.nextDouble() * 20 : 0;
      Pace pace = pace(rnd);
      Goal whole = new Goal(1, "p", List.of(), by, minutes, exercises, Instant.EPOCH);
      Goal part = new Goal(2, "p", some, by, minutes, exercises, Instant.EPOCH);
      GoalPlan w = Plans.plan(whole, skills, mastery, reviews, TODAY, pace, seen);
      GoalPlan s = Plans.plan(part, skills, mastery, reviews, TODAY, pace, seen);
      String where = "seed " + seed + ": " + s.summary() + " / whole: " + w.summary();
      assertTrue(s.exercisesLeft() <= w.exercisesLeft(), where);
      if (w.projectedFinish() != null) {
        assertTrue(s.projectedFinish() != null, where);
        assertTrue(!s.projectedFinish().isAfter(w.projectedFinish()), where);
        compared++;
      }
      // days ahead (or behind) of the deadline, where both have work left
      if (s.exercisesLeft() > 0 && w.projectedFinish() != null && by != null)
        assertTrue(s.daysAhead() >= w.daysAhead(), where);
    }
    assertTrue(compared > 1000, "finishes compared: " + compared);
  }

  /**
   * A goal on part of a pack with no budget of its own, beside a goal on the whole pack with
   * minutes a day: both plan the same study of the pack (a new learner's week: "20 minutes a day"
   * for unix-shell finished on the 19th, a unit of it without minutes, planned at the default 15,
   * on the 24th).
   */
  @Test
  void aGoalWithoutABudgetPlansAtItsPacksAndNeverFinishesAfterThePack() {
    int compared = 0;
    for (int seed = 0; seed < 2000; seed++) {
      Random rnd = new Random(seed);
      List<StoredSkill> skills = pack(rnd);
      Map<SkillKey, SkillMastery> mastery = mastery(rnd, skills);
      List<String> some = new ArrayList<>();
      for (StoredSkill s : skills) if (rnd.nextInt(3) > 0) some.add(s.id());
      if (some.isEmpty()) some.add(skills.get(0).id());
      int minutes = 5 + rnd.nextInt(30);
      LocalDate by = TODAY.plusDays(rnd.nextInt(60));
      Goal whole = new Goal(1, "p", List.of(), null, minutes, null, Instant.EPOCH);
      Goal part = new Goal(2, "p", some, by, null, null, Instant.EPOCH);
      Goal elsewhere = new Goal(3, "q", List.of(), null, minutes + 30, null, Instant.EPOCH);
      List<Goal> goals = List.of(whole, part, elsewhere);
      assertEquals(null, GoalPlanner.packMinutes(whole, goals), "a goal's own budget comes first");
      assertEquals(minutes, GoalPlanner.packMinutes(part, goals), "seed " + seed);
      Pace pace = pace(rnd);
      GoalPlan w =
          Plans.plan(
              whole,
              skills,
              mastery,
              0,
              TODAY,
              pace.withPackMinutes(GoalPlanner.packMinutes(whole, goals)),
              Set.of());
      GoalPlan s =
          Plans.plan(
              part,
              skills,
              mastery,
              0,
              TODAY,
              pace.withPackMinutes(GoalPlanner.packMinutes(part, goals)),
              Set.of());
      String where = "seed " + seed + ": " + s.workLine() + " / whole: " + w.workLine();
      if (s.exercisesLeft() > 0)
        assertTrue(
            s.workLine().contains("your " + minutes + " minutes a day for this pack"), where);
      assertEquals(w.newPerDay(), s.newPerDay(), 1e-9, where);
      if (w.projectedFinish() != null) {
        assertTrue(!s.projectedFinish().isAfter(w.projectedFinish()), where);
        compared++;
      }
    }
    assertTrue(compared > 1000, "finishes compared: " + compared);
  }

  /**
   * What the store counts for a learner who answered {@code perDay} exercises in a session at the
   * same time every day, the first {@code days} days ago: the answers of the window before {@code
   * now}, and of them those since {@code todayStart}.
   */
  private static RecentAnswers recent(
      List<Instant> sessions, int perDay, Instant now, Instant todayStart) {
    int window = GoalPlanner.PACE_DAYS;
    int answers = 0;
    int today = 0;
    for (Instant at : sessions) {
      if (at.isBefore(now.minus(Duration.ofDays(window))) || !at.isBefore(now)) continue;
      answers += perDay;
      if (!at.isBefore(todayStart)) today += perDay;
    }
    return new RecentAnswers(answers, sessions.get(0), now, window, today, todayStart);
  }

  /**
   * A learner who answers {@code perDay} exercises of the pack every day, at a time of day of their
   * own, checks the goal at any time of today, before and after today's session: the pace is the
   * same all day, and from one day to the next the goal moves by a day at most (a day of study on
   * pace never turns "ahead" into "behind"). Before, in the evening before the day's session, three
   * days' answers were counted over four days.
   */
  @Test
  void aDayOfStudyOnPaceDoesNotTurnAheadIntoBehind() {
    int checks = 0;
    for (int seed = 0; seed < 500; seed++) {
      Random rnd = new Random(seed);
      int perDay = 5 + rnd.nextInt(40);
      int days = 3 + rnd.nextInt(20); // days studied before today
      Instant todayStart = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant todays = todayStart.plus(Duration.ofMinutes(rnd.nextInt(24 * 60)));
      List<Instant> sessions = new ArrayList<>();
      for (int d = days; d >= 0; d--) sessions.add(todays.minus(Duration.ofDays(d)));
      List<StoredSkill> skills = pack(rnd);
      Map<SkillKey, SkillMastery> mastery = mastery(rnd, skills);
      Goal goal =
          new Goal(
              1, "p", List.of(), TODAY.plusDays(5 + rnd.nextInt(40)), null, null, Instant.EPOCH);
      GoalPlan previous = null;
      for (int minute = 0; minute < 24 * 60; minute += 17 + rnd.nextInt(60)) {
        Instant now = todayStart.plus(Duration.ofMinutes(minute));
        RecentAnswers recent = recent(sessions, perDay, now, todayStart);
        String where = "seed " + seed + " at minute " + minute + ": " + recent;
        assertEquals(perDay, recent.perDay(), 1e-9, where);
        assertTrue(recent.enough(), where);
        GoalPlan plan =
            Plans.plan(
                goal, skills, mastery, 0, TODAY, Pace.of(recent, AnswerTimes.NONE), Set.of());
        if (previous != null) {
          // the same day, the same skills: the same estimate, the session done or not
          assertEquals(previous.daysAhead(), plan.daysAhead(), where);
          assertEquals(previous.status(), plan.status(), where);
        }
        previous = plan;
        checks++;
      }
      // The same learner late yesterday: a day later the goal moved by a day at most, so never
      // from ahead (two days or more early) to behind.
      RecentAnswers then =
          recent(
              sessions,
              perDay,
              todayStart.minus(Duration.ofMinutes(1)),
              todayStart.minus(Duration.ofDays(1)));
      GoalPlan yesterday =
          Plans.plan(
              goal,
              skills,
              mastery,
              0,
              TODAY.minusDays(1),
              Pace.of(then, AnswerTimes.NONE),
              Set.of());
      assertTrue(yesterday.daysAhead() - previous.daysAhead() <= 1, "seed " + seed);
      if (yesterday.status() == GoalPlan.Status.AHEAD)
        assertTrue(previous.status() != GoalPlan.Status.BEHIND, "seed " + seed);
    }
    assertTrue(checks > 5000, "checks: " + checks);
  }
}
