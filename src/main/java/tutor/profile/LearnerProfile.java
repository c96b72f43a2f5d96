package tutor.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tutor.goal.GoalPlan;
import tutor.mastery.Level;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.ExerciseType;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.StudyDay;
import tutor.store.LoggedReview;

/**
 * Who a learner is as a learner, computed from their own data (docs/profile.md): strengths and weak
 * spots, the exercise types they do best and worst, calibration, study habits, goals and stated
 * preferences. Pure: everything comes in through {@link Input}.
 */
public record LearnerProfile(
    String learner,
    Instant now,
    List<SkillStanding> strengths,
    List<SkillStanding> weakSpots,
    List<TypeStanding> types,
    TypeStanding bestType,
    TypeStanding worstType,
    Calibration calibration,
    List<ConfidentErrors.Flag> confidentErrors,
    StudyHabits habits,
    List<GoalPlan> goals,
    Map<String, String> preferences) {

  /** "Recent" error rates look this far back. */
  public static final Duration RECENT = Duration.ofDays(30);

  /** Strengths and weak spots shown at most. */
  public static final int SHOWN = 3;

  /**
   * A recent error rate at or above this, over at least {@link #MIN_RECENT} answers, is a weak
   * spot.
   */
  public static final double WEAK_ERROR_RATE = 0.3;

  public static final int MIN_RECENT = 3;

  /** A type needs this many answers to be called best or worst. */
  public static final int MIN_TYPE_ANSWERS = 5;

  /**
   * @param levels each skill's level now (the picker's, memory included)
   * @param preferences every profile key with its value (defaults included)
   */
  public record Input(
      String learner,
      Instant now,
      StudyDay day,
      List<LoggedReview> answers,
      List<StoredExercise> exercises,
      List<StoredSkill> skills,
      Map<SkillKey, SkillMastery> mastery,
      Map<SkillKey, Level> levels,
      List<GoalPlan> goals,
      Map<String, String> preferences) {}

  /** A practised skill and how it stands. */
  public record SkillStanding(
      SkillKey skill,
      String title,
      Level level,
      double pKnown,
      int recentAnswers,
      int recentWrong,
      String reason) {
    /** NaN without recent answers. */
    public double recentErrorRate() {
      return recentAnswers == 0 ? Double.NaN : recentWrong / (double) recentAnswers;
    }
  }

  /** Answers of one exercise type. */
  public record TypeStanding(ExerciseType type, int answers, int right) {
    public double shareRight() {
      return answers == 0 ? Double.NaN : right / (double) answers;
    }
  }

  public static LearnerProfile of(Input in) {
    Map<CardKey, StoredExercise> exercises = new HashMap<>();
    for (StoredExercise e : in.exercises()) exercises.put(e.key(), e);
    Instant recentSince = in.now().minus(RECENT);
    Map<SkillKey, int[]> recent = new HashMap<>();
    Map<ExerciseType, int[]> byType = new EnumMap<>(ExerciseType.class);
    List<Calibration.Judged> judged = new ArrayList<>();
    List<StudyHabits.Timed> times = new ArrayList<>();
    for (LoggedReview a : in.answers()) {
      times.add(new StudyHabits.Timed(a.at(), a.responseMillis()));
      Confidence.of(a.confidence())
          .ifPresent(c -> judged.add(new Calibration.Judged(c, a.correct())));
      StoredExercise e = exercises.get(a.card());
      if (e == null) continue; // retired since: neither its type nor its skills are known now
      int[] t = byType.computeIfAbsent(e.exercise().type(), k -> new int[2]);
      t[0]++;
      if (a.correct()) t[1]++;
      if (a.at().isBefore(recentSince)) continue;
      for (String s : e.exercise().skills()) {
        int[] r = recent.computeIfAbsent(new SkillKey(e.packId(), s), k -> new int[2]);
        r[0]++;
        if (!a.correct()) r[1]++;
      }
    }
    List<SkillStanding> practised = new ArrayList<>();
    for (StoredSkill s : in.skills()) {
      SkillMastery m = in.mastery().get(s.key());
      if (m == null || m.attempts() == 0) continue;
      int[] r = recent.getOrDefault(s.key(), new int[2]);
      Level level = in.levels().getOrDefault(s.key(), Level.LEARNING);
      practised.add(
          new SkillStanding(
              s.key(), s.title(), level, m.pKnown(), r[0], r[1], reason(level, m, r)));
    }
    List<SkillStanding> strengths =
        practised.stream()
            .filter(s -> s.level() == Level.MASTERED)
            .sorted(
                Comparator.comparingDouble((SkillStanding s) -> zeroIfNaN(s.recentErrorRate()))
                    .thenComparing(Comparator.comparingDouble(SkillStanding::pKnown).reversed()))
            .limit(SHOWN)
            .toList();
    List<SkillStanding> weak =
        practised.stream()
            .filter(LearnerProfile::weak)
            .sorted(
                Comparator.comparingDouble((SkillStanding s) -> -zeroIfNaN(s.recentErrorRate()))
                    .thenComparingDouble(SkillStanding::pKnown))
            .limit(SHOWN)
            .toList();
    List<TypeStanding> types = new ArrayList<>();
    byType.forEach((t, c) -> types.add(new TypeStanding(t, c[0], c[1])));
    types.sort(Comparator.comparingDouble(TypeStanding::shareRight).reversed()); // best first
    List<TypeStanding> ranked =
        types.stream()
            .filter(t -> t.answers() >= MIN_TYPE_ANSWERS)
            .sorted(Comparator.comparingDouble(TypeStanding::shareRight).reversed())
            .toList();
    TypeStanding best = ranked.isEmpty() ? null : ranked.get(0);
    TypeStanding worst = ranked.size() < 2 ? null : ranked.get(ranked.size() - 1);
    return new LearnerProfile(
        in.learner(),
        in.now(),
        strengths,
        weak,
        types,
        best,
        worst,
        Calibration.of(judged),
        ConfidentErrors.open(in.answers()),
        StudyHabits.of(times, in.day(), in.now()),
        List.copyOf(in.goals()),
        new LinkedHashMap<>(in.preferences()));
  }

  private static boolean weak(SkillStanding s) {
    boolean errors = s.recentAnswers() >= MIN_RECENT && s.recentErrorRate() >= WEAK_ERROR_RATE;
    return errors || s.level() == Level.FADING || s.level() == Level.LEARNING;
  }

  private static String reason(Level level, SkillMastery m, int[] recent) {
    String known = String.format(Locale.ROOT, "P(known) %.2f", m.pKnown());
    String errors =
        recent[0] == 0
            ? "no answers in the last 30 days"
            : recent[1] + " wrong of " + recent[0] + " in the last 30 days";
    return switch (level) {
      case FADING -> "fading: known, but being forgotten; " + errors;
      case MASTERED -> "mastered, " + known + "; " + errors;
      default -> level.label() + ", " + known + "; " + errors;
    };
  }

  private static double zeroIfNaN(double d) {
    return Double.isNaN(d) ? 0 : d;
  }
}
