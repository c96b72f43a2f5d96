package tutor.goal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.mastery.BktParameters;
import tutor.mastery.Evidence;
import tutor.mastery.Level;
import tutor.mastery.MasteryModel;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;

/**
 * Goal pacing arithmetic (docs/mastery.md). Pure: today, the pace and the state come in.
 *
 * <ul>
 *   <li>Exercises left: for each skill of the path not mastered, the right answers BKT needs to
 *       reach mastery from its P(known), divided by the 80 % success the picker aims at; plus the
 *       reading time of lessons not yet read, in exercises' worth of time.
 *   <li>Review load: each reviewed card of the pack comes back about once per stability (days), so
 *       the daily load is the sum of 1 / max(1, S).
 *   <li>Pace: with a daily budget, the exercises it buys (minutes × 60 / study seconds per
 *       exercise) minus the review load; without one, the learner's recent answers a day to the
 *       pack ({@link RecentAnswers#perDay}). Exercises left and pace count the same thing: answers.
 *   <li>Evidence: the learner's own time per exercise once {@link #MIN_TIMED_ANSWERS} answers are
 *       timed, their own pace once their answers span {@link #MIN_PACE_DAYS} days; until then a
 *       stated default ({@link #DEFAULT_SECONDS_PER_EXERCISE}, {@link #DEFAULT_DAILY_MINUTES}), and
 *       the plan says it is an estimate. A few quick answers on the first evening would otherwise
 *       promise the whole pack in days.
 *   <li>Status: finishing at that pace no later than the deadline is on track (ahead when two or
 *       more days early); later is behind by the difference; a deadline already past is missed. A
 *       goal met once ({@link Goal#metOn}) stays met: its skills fading later make it neither
 *       behind nor missed.
 * </ul>
 */
public final class GoalPlanner {
  /** Typical time per exercise when the learner's own is not known. */
  public static final double DEFAULT_SECONDS_PER_EXERCISE = 30;

  /**
   * The least study time an exercise is planned at, whatever the answers' times: the question read,
   * answered and its feedback read (Anki's reviews take about 8-10 s each).
   */
  public static final double MIN_SECONDS_PER_EXERCISE = 10;

  /** Timed answers it takes before the learner's own time per exercise is used. */
  public static final int MIN_TIMED_ANSWERS = 30;

  /** Days since the learner began a pack before their answers a day are taken as their pace. */
  public static final int MIN_PACE_DAYS = 3;

  /** The daily study a goal without a budget is estimated at until the learner's pace is known. */
  public static final int DEFAULT_DAILY_MINUTES = 15;

  /**
   * The minutes a day the learner means to give {@code goal}'s pack when the goal sets no budget of
   * its own: the largest another of their goals on that pack sets ("20 minutes a day" for the pack,
   * "master its first unit by March" without one). Studying the pack is the same study for both
   * goals: planned at two paces, the unit finished after the whole pack. Null when the goal has a
   * budget or no goal on the pack sets minutes.
   */
  public static Integer packMinutes(Goal goal, List<Goal> goals) {
    if (goal.dailyMinutes() != null || goal.dailyExercises() != null) return null;
    Integer most = null;
    for (Goal g : goals) {
      if (g.packId().equals(goal.packId())
          && g.dailyMinutes() != null
          && (most == null || g.dailyMinutes() > most)) most = g.dailyMinutes();
    }
    return most;
  }

  /** The goal's own minutes a day, else its pack's ({@link #packMinutes}); null if neither. */
  static Integer budgetMinutes(Goal goal, Pace assumed) {
    if (goal.dailyExercises() != null) return null;
    return goal.dailyMinutes() != null ? goal.dailyMinutes() : assumed.packMinutes();
  }

  /** The recent pace is measured over this many days (or since the learner began, if later). */
  public static final int PACE_DAYS = 14;

  /**
   * Answers of these kinds do not count towards a goal's pace: cramming leaves the schedule alone
   * and placement is a test, not study. (The SQLite adapter's GoalStore.sql leaves out the same.)
   */
  public static final java.util.Set<String> NOT_PACE = java.util.Set.of("cram", "placement");

  private GoalPlanner() {}

  /**
   * The daily review load of a pack in steady state: each seen card comes back about once per
   * stability (in days).
   */
  public static double reviewLoad(String packId, Map<CardKey, CardState> cards) {
    double reviews = 0;
    for (Map.Entry<CardKey, CardState> e : cards.entrySet()) {
      if (!e.getKey().packId().equals(packId) || e.getValue().phase() == CardPhase.NEW) continue;
      reviews += 1 / Math.max(1, e.getValue().stability());
    }
    return reviews;
  }

  /**
   * Each skill's level from its mastery alone, where its exercises' recall is not known (an
   * export's report, tests): as {@link MasteryModel#level} and {@link MasteryModel#capped} have it
   * with every exercise remembered, so nothing is fading.
   */
  public static Map<SkillKey, Level> levels(
      List<StoredSkill> skills, Map<SkillKey, SkillMastery> mastery) {
    Map<SkillKey, List<SkillKey>> requires = new HashMap<>();
    for (StoredSkill s : skills) {
      requires.put(s.key(), s.requires().stream().map(r -> new SkillKey(s.packId(), r)).toList());
    }
    Map<SkillKey, Level> own = new HashMap<>();
    for (StoredSkill s : skills) {
      boolean known = true;
      for (SkillKey r : requires.get(s.key())) {
        SkillMastery m = mastery.get(r);
        known &= m != null && m.known();
      }
      own.put(s.key(), MasteryModel.level(mastery.get(s.key()), known, 1.0));
    }
    return MasteryModel.capped(own, k -> requires.getOrDefault(k, List.of()));
  }

  /**
   * The plan that every screen shows (goal status, the goal line of study and stats, the mentors'
   * report), so that they agree; the one way a plan is made.
   *
   * @param levels each skill's level, a skill counting as mastered when its level is: the levels
   *     {@code tutor stats} shows, fading and the prerequisite cap included (where its exercises'
   *     recall is not known, {@link #levels})
   * @param reviews the daily review load of the goal's pack ({@link #reviewLoad})
   * @param assumed the pace and time per exercise ({@link Pace#of}: the learner's answers to the
   *     goal's pack over {@link #PACE_DAYS} and their mean study time, each with the default until
   *     there is enough evidence)
   * @param lessonsSeen skills whose lesson the learner has read; the reading time of the others on
   *     the path counts as exercises' worth of time. Null: reading is not counted.
   */
  public static GoalPlan plan(
      Goal goal,
      List<StoredSkill> skills,
      Map<SkillKey, SkillMastery> mastery,
      Map<SkillKey, Level> levels,
      double reviews,
      LocalDate today,
      Pace assumed,
      java.util.Set<SkillKey> lessonsSeen) {
    double secondsPerExercise = assumed.secondsPerExercise();
    List<SkillKey> path = path(goal, skills);
    // by key, not searched for each skill of the path: 500 skills took 30 ms at each start
    Map<SkillKey, StoredSkill> byKey = new HashMap<>();
    for (StoredSkill s : skills) byKey.putIfAbsent(s.key(), s);
    List<SkillKey> remaining = new ArrayList<>();
    int exercisesLeft = 0;
    for (SkillKey k : path) {
      SkillMastery m = mastery.get(k);
      if (levels.get(k) == Level.MASTERED) continue;
      remaining.add(k);
      StoredSkill skill = byKey.get(k);
      BktParameters p = skill == null ? null : skill.skill().bkt();
      BktParameters params = p == null ? BktParameters.DEFAULT : p;
      double pKnown = m == null ? params.prior() : m.pKnown();
      int answers = MasteryModel.rightAnswersToMaster(pKnown, params);
      if (m != null) {
        // Known is not mastered: the evidence still missing (another exercise, another day) takes
        // answers too.
        int evidence =
            Math.max(
                Evidence.EXERCISES_NEEDED - m.evidence().exercises(),
                Evidence.DAYS_NEEDED - m.evidence().days());
        answers = Math.max(answers, evidence);
      }
      // Not mastered with nothing left to show (fading: its exercises are being forgotten; or
      // held back by a prerequisite): a review at least, so that the plan is done only when every
      // skill of it is mastered.
      answers = Math.max(answers, 1);
      exercisesLeft += (int) Math.ceil(answers / 0.8);
      if (lessonsSeen != null && !lessonsSeen.contains(k)) {
        // Reading the lesson takes time out of the same daily budget.
        long reading = skill == null ? 0 : skill.skill().readingSeconds();
        // Counted in exercises of the default time at least: reading takes as long whoever reads,
        // and at a quick answerer's 3 s a lesson was a hundred exercises (the estimate grew day by
        // day in a simulated week).
        exercisesLeft +=
            (int) Math.ceil(reading / Math.max(secondsPerExercise, DEFAULT_SECONDS_PER_EXERCISE));
      }
    }
    double pace;
    if (goal.dailyExercises() != null) {
      pace = Math.max(0, goal.dailyExercises() - reviews);
    } else if (budgetMinutes(goal, assumed) != null) {
      pace = Math.max(0, budgetMinutes(goal, assumed) * 60 / secondsPerExercise - reviews);
    } else if (assumed.recentKnown()) {
      pace = assumed.recentPerDay();
    } else {
      // Too early to call the learner's answers a day a pace: the default day's study, stated.
      pace = Math.max(0, DEFAULT_DAILY_MINUTES * 60 / secondsPerExercise - reviews);
    }
    LocalDate finish =
        exercisesLeft == 0
            ? today
            : pace > 0 ? today.plusDays((long) Math.ceil(exercisesLeft / pace)) : null;
    double needed = Double.NaN;
    GoalPlan.Status status;
    long daysAhead = 0;
    if (exercisesLeft == 0) {
      status = GoalPlan.Status.DONE;
    } else if (goal.metOn() != null) {
      // Met once: it stays met while its skills fade (GoalPlan.summary says which need review).
      status = GoalPlan.Status.MET;
    } else if (goal.deadline() == null) {
      status = GoalPlan.Status.NO_DEADLINE;
    } else if (goal.deadline().isBefore(today)) {
      // Past the deadline with work left: no pace can meet it any more; say so, with the finish.
      status = GoalPlan.Status.MISSED;
      daysAhead =
          finish == null
              ? ChronoUnit.DAYS.between(today, goal.deadline())
              : ChronoUnit.DAYS.between(finish, goal.deadline());
    } else {
      long daysLeft = Math.max(1, ChronoUnit.DAYS.between(today, goal.deadline()));
      needed = exercisesLeft / (double) daysLeft;
      if (finish == null) {
        status = GoalPlan.Status.NOT_STARTED;
      } else {
        daysAhead = ChronoUnit.DAYS.between(finish, goal.deadline());
        status =
            daysAhead >= 2
                ? GoalPlan.Status.AHEAD
                : daysAhead >= 0 ? GoalPlan.Status.ON_TRACK : GoalPlan.Status.BEHIND;
      }
    }
    // Of a met goal, the skills never studied: its pack gained them after the goal was met.
    List<SkillKey> unstudied = remaining.stream().filter(k -> mastery.get(k) == null).toList();
    return new GoalPlan(
        goal,
        path,
        remaining,
        unstudied,
        exercisesLeft,
        reviews,
        pace,
        needed,
        finish,
        status,
        daysAhead,
        assumed);
  }

  /** The goal's skills and, transitively, everything they require, in teaching order. */
  public static List<SkillKey> path(Goal goal, List<StoredSkill> skills) {
    List<StoredSkill> pack =
        skills.stream()
            .filter(s -> s.packId().equals(goal.packId()))
            .sorted(Comparator.comparingInt(StoredSkill::position))
            .toList();
    if (goal.skills().isEmpty()) return pack.stream().map(StoredSkill::key).toList();
    Map<String, StoredSkill> byId = new HashMap<>();
    for (StoredSkill s : pack) byId.putIfAbsent(s.id(), s);
    Set<String> wanted = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(goal.skills());
    while (!todo.isEmpty()) {
      String id = todo.remove(todo.size() - 1);
      if (!wanted.add(id)) continue;
      StoredSkill s = byId.get(id);
      if (s != null) todo.addAll(s.requires());
    }
    return pack.stream().filter(s -> wanted.contains(s.id())).map(StoredSkill::key).toList();
  }
}
