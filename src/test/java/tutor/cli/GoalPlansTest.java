package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.goal.Goal;
import tutor.goal.GoalPlan;
import tutor.goal.GoalPlanner;
import tutor.mastery.SkillMastery;
import tutor.pack.Pack;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardState;
import tutor.session.CandidatePickerTest;
import tutor.session.LearnerSettings;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.Stores;
import tutor.store.StudyData;

/**
 * Goal plans from the store's aggregates ({@link GoalCommand#plans}: skills, mastery, each pack's
 * review load summed in SQL, the median answer time by offset) equal the plans made from every card
 * and every timed answer read, on generated databases with goals on whole packs and on some skills,
 * deadlines past and future, daily budgets in minutes or exercises.
 */
class GoalPlansTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path dir;

  /**
   * F15 of a week's trial: a unit goal met on time ("Done: all 4 skills mastered") read "1 of 4
   * skills mastered; the deadline has passed" as its skills faded. The first plan that finds it
   * done records the day; later, faded and past its deadline, it is met, with its skills to review.
   */
  @Test
  void aGoalMetOnTimeStaysMetAfterItsSkillsFadeAndItsDeadlinePasses() throws Exception {
    Path db = dir.resolve("met.db");
    Random rnd = new Random(7);
    Learner learner;
    Pack pack = CandidatePickerTest.pack("p0", rnd);
    try (Store store = Stores.open(db)) {
      learner = store.currentLearner(START);
      store.installPack(pack, "test", "hash", START.minus(Duration.ofDays(60)));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Store store = Stores.open(db)) {
      // Every exercise reviewed yesterday, remembered for about 5 days.
      for (StoredExercise e : store.studyOutline(learner.id()).exercises())
        CandidatePickerTest.write(
            c,
            learner.id(),
            e.key(),
            new CardState(
                tutor.schedule.CardPhase.REVIEW,
                0,
                5,
                5,
                START.plus(Duration.ofDays(4)),
                START.minus(Duration.ofDays(1)),
                3,
                0));
    }
    try (Store store = Stores.open(db)) {
      Map<SkillKey, SkillMastery> mastery = new HashMap<>();
      for (StoredSkill s : store.skills())
        mastery.put(
            s.key(),
            new SkillMastery(
                0.995,
                5,
                4,
                new tutor.mastery.Evidence(
                    "e0", START.minus(Duration.ofDays(9)), true, true, false)));
      store.setMastery(learner.id(), mastery, START.minus(Duration.ofDays(1)));
      LocalDate deadline = LocalDate.of(2026, 3, 10);
      store
          .goals()
          .add(
              learner.id(),
              new Goal(
                  0, pack.id(), List.of(), deadline, 20, null, START.minus(Duration.ofDays(20))));
      GoalPlan done = GoalCommand.plans(store, learner, START).get(0);
      assertEquals(GoalPlan.Status.DONE, done.status(), done.summary());
      LocalDate today = done.goal().metOn();
      assertEquals(LocalDate.of(2026, 3, 1), today, "met today: " + done.summary());
      assertEquals(today, store.goals().list(learner.id()).get(0).metOn(), "the day is kept");

      // Two months on: every card is forgotten, the deadline long past.
      Instant later = START.plus(Duration.ofDays(60));
      GoalPlan faded = GoalCommand.plans(store, learner, later).get(0);
      assertEquals(GoalPlan.Status.MET, faded.status(), faded.summary());
      assertTrue(
          faded.summary().startsWith("Met on 2026-03-01, by the deadline 2026-03-10. "),
          faded.summary());
      assertTrue(faded.summary().contains("due for review"), faded.summary());
      assertTrue(!faded.summary().contains("passed"), faded.summary());
      assertEquals(faded.remaining(), faded.fading(), "studied once, so faded, not new");
      assertEquals("", faded.workLine(), "no pace for a goal met");
      assertEquals(today, store.goals().list(learner.id()).get(0).metOn(), "the day stays");
    }
  }

  @Test
  void plansFromAggregatesEqualPlansFromEveryCard() throws Exception {
    int compared = 0;
    int fadingLeft = 0;
    for (int seed = 0; seed < 40; seed++) {
      Random rnd = new Random(seed);
      Path db = dir.resolve("t" + seed + ".db");
      Learner learner;
      List<Pack> packs = new ArrayList<>();
      try (Store store = Stores.open(db)) {
        learner = store.currentLearner(START);
        for (int p = 0; p < 1 + rnd.nextInt(3); p++) {
          Pack pack = CandidatePickerTest.pack("p" + p, rnd);
          packs.add(pack);
          store.installPack(pack, "test", "hash" + p, START.minus(Duration.ofDays(60)));
        }
      }
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          Store store = Stores.open(db)) {
        for (StoredExercise e : store.studyOutline(learner.id()).exercises()) {
          CardState card = CandidatePickerTest.card(rnd);
          if (card != null) CandidatePickerTest.write(c, learner.id(), e.key(), card);
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO reviews(learner_id, pack_id, exercise_id, reviewed_at, kind, rating,"
                    + " correct, response_ms, hints_used, answer, phase_before, elapsed_days,"
                    + " scheduled_days, stability, difficulty, card_before, mastery_before)"
                    + " VALUES (?, ?, 'e0', ?, ?, 3, 1, ?, 0, 'x', 'review', 0, 0, 1, 5,"
                    + " NULL, '{}')")) {
          for (int i = 0; i < rnd.nextInt(60); i++) {
            ps.setLong(1, learner.id());
            ps.setString(2, packs.get(rnd.nextInt(packs.size())).id());
            ps.setLong(3, START.minus(Duration.ofHours(rnd.nextInt(24 * 40))).toEpochMilli());
            // placement answers count for neither pace nor time; answers over a minute count one
            ps.setString(4, rnd.nextInt(6) == 0 ? "placement" : "study");
            if (rnd.nextInt(5) == 0) ps.setNull(5, java.sql.Types.INTEGER);
            else ps.setLong(5, 1000 + rnd.nextInt(120_000));
            ps.executeUpdate();
          }
        }
      }
      try (Store store = Stores.open(db)) {
        Map<SkillKey, SkillMastery> mastery = new HashMap<>();
        for (StoredSkill s : store.skills()) {
          int r = rnd.nextInt(4);
          if (r > 0)
            mastery.put(
                s.key(),
                new SkillMastery(
                    r == 1 ? 0.4 : r == 2 ? 0.96 : 0.995,
                    5,
                    4,
                    // shown on two exercises on two days: mastered, unless its cards fade
                    r == 3
                        ? new tutor.mastery.Evidence(
                            "e0", START.minus(Duration.ofDays(9)), true, true, false)
                        : tutor.mastery.Evidence.NONE));
        }
        store.setMastery(learner.id(), mastery, START.minus(Duration.ofDays(1)));
        for (Pack pack : packs) {
          if (rnd.nextInt(3) == 0) continue;
          List<String> skills = rnd.nextBoolean() ? List.of() : List.of(pack.skills().get(0).id());
          store
              .goals()
              .add(
                  learner.id(),
                  new Goal(
                      0,
                      pack.id(),
                      skills,
                      rnd.nextBoolean()
                          ? null
                          : LocalDate.of(2026, 3, 1).plusDays(rnd.nextInt(60) - 10),
                      rnd.nextInt(3) == 0 ? 20 : null,
                      rnd.nextInt(3) == 0 ? 30 : null,
                      START.minus(Duration.ofDays(rnd.nextInt(20)))));
        }
        Instant now = START.plus(Duration.ofHours(rnd.nextInt(48)));
        List<GoalPlan> fromAggregates = GoalCommand.plans(store, learner, now);
        List<GoalPlan> fromEveryCard = everyCard(store, learner, now, db);
        assertEquals(fromEveryCard.size(), fromAggregates.size());
        for (int i = 0; i < fromEveryCard.size(); i++) {
          GoalPlan a = fromEveryCard.get(i);
          GoalPlan b = fromAggregates.get(i);
          String where = "seed " + seed + " goal " + i;
          // sums of 1/stability in another order differ in the last bits only
          assertEquals(a.reviewsPerDay(), b.reviewsPerDay(), 1e-9, where);
          assertEquals(a.newPerDay(), b.newPerDay(), 1e-9, where);
          assertEquals(a.neededPerDay(), b.neededPerDay(), 1e-9, where);
          assertEquals(
              a,
              new GoalPlan(
                  b.goal(),
                  b.path(),
                  b.remaining(),
                  b.unstudied(),
                  b.exercisesLeft(),
                  a.reviewsPerDay(),
                  a.newPerDay(),
                  a.neededPerDay(),
                  b.projectedFinish(),
                  b.status(),
                  b.daysAhead(),
                  b.assumed()),
              where);
          compared++;
          // Mastered by its answers, fading by its cards: stats shows it fading, and the goal
          // counts it as work left (it was counted as mastered).
          for (SkillKey k : b.path()) {
            SkillMastery m = store.mastery(learner.id()).get(k);
            if (m != null && m.mastered() && b.remaining().contains(k)) fadingLeft++;
          }
        }
      }
    }
    assertTrue(compared > 30, "plans compared: " + compared);
    assertTrue(fadingLeft > 5, "skills mastered but fading or capped, left to do: " + fadingLeft);
  }

  /**
   * The plans as they were made before: every card read, the latest timed answers (placement left
   * out) read in memory.
   */
  private static List<GoalPlan> everyCard(Store store, Learner learner, Instant now, Path db)
      throws Exception {
    StudyData data = store.studyOutline(learner.id());
    tutor.schedule.StudyDay day =
        LearnerSettings.from(store.settings(learner.id()), ZoneId.systemDefault()).day();
    LocalDate today = day.dateOf(now);
    List<Long> times = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT response_ms, kind FROM reviews WHERE learner_id = ?"
                    + " AND response_ms IS NOT NULL ORDER BY id DESC")) {
      ps.setLong(1, learner.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) if (!rs.getString(2).equals("placement")) times.add(rs.getLong(1));
      }
    }
    int n = Math.min(times.size(), tutor.goal.AnswerTimes.READ);
    long[] latest = new long[n];
    for (int i = 0; i < n; i++) latest[i] = times.get(i);
    tutor.goal.AnswerTimes answerTimes = tutor.goal.AnswerTimes.of(latest, n);
    // The levels tutor stats shows, from every card (the picker's own memory of them).
    tutor.schedule.FsrsScheduler scheduler = Learners.setup(store, learner).scheduler();
    Map<SkillKey, tutor.mastery.Level> levels =
        new tutor.session.Picker(scheduler, data.skills())
            .memory(
                tutor.session.Picker.Request.of(
                    data.exercises(), data.cards(), data.mastery(), now))
            .levels();
    List<GoalPlan> out = new ArrayList<>();
    for (Goal g : store.goals().list(learner.id())) {
      tutor.goal.RecentAnswers recent =
          store
              .goals()
              .recentAnswers(
                  learner.id(), g.packId(), now, GoalPlanner.PACE_DAYS, day.startOf(today));
      out.add(
          GoalPlanner.plan(
              g,
              data.skills(),
              data.mastery(),
              levels,
              GoalPlanner.reviewLoad(g.packId(), data.cards()),
              today,
              tutor.goal.Pace.of(recent, answerTimes),
              store.lessonsSeen(learner.id())));
    }
    return out;
  }
}
