package tutor.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.mastery.SkillMastery;
import tutor.pack.SkillKey;
import tutor.pack.StoredSkill;
import tutor.schedule.Scheduler;
import tutor.session.LearnerSettings;
import tutor.session.Picker;
import tutor.store.History;
import tutor.store.SkillTally;

/**
 * Everything {@code tutor stats} shows, computed once; the text and JSON views only lay it out.
 *
 * @param due reviews falling due on each of the next {@link #FORECAST_DAYS} days, today first
 *     (today includes what is overdue)
 * @param months retention per calendar month, oldest first
 * @param days time and answers of the last {@link #RECENT_DAYS} days, today last
 * @param weeks the same for the last {@link #RECENT_WEEKS} weeks (Monday to Sunday)
 */
public record StatsReport(
    String learner,
    Instant now,
    LocalDate today,
    double desiredRetention,
    List<PackRow> packs,
    List<DueDay> due,
    Activity activity,
    Streaks streaks,
    List<Period> months,
    List<Period> days,
    List<Period> weeks,
    List<GoalLine> goals) {

  public static final int FORECAST_DAYS = 30;
  public static final int RECENT_DAYS = 7;
  public static final int RECENT_WEEKS = 8;
  public static final int MONTHS = 6;

  /**
   * What the report is made of; levels come from the picker's own {@link Picker#memory}, from what
   * the store summed of each skill ({@code skillTallies}); {@code dueCounts} are the reviews due on
   * each of the {@link #FORECAST_DAYS} days (today with what is overdue).
   */
  public record Input(
      String learner,
      Instant now,
      LearnerSettings settings,
      List<StoredSkill> skills,
      Map<SkillKey, SkillMastery> mastery,
      Map<SkillKey, SkillTally> skillTallies,
      Scheduler scheduler,
      Map<String, String> packTitles,
      String packFilter,
      List<Integer> dueCounts,
      List<History.Tally> tallies,
      List<GoalLine> goals) {}

  /**
   * The instants that split the forecast into study days, for {@link tutor.store.Store#dueCounts}:
   * the start of each day after today, the last bound no later than the forecast's end.
   */
  public static List<Instant> forecastBounds(tutor.schedule.StudyDay day, Instant now) {
    LocalDate today = day.dateOf(now);
    Instant horizon = day.endOf(now).plus(java.time.Duration.ofDays(FORECAST_DAYS - 1L));
    List<Instant> out = new ArrayList<>();
    for (int i = 1; i <= FORECAST_DAYS; i++) {
      Instant start = day.startOf(today.plusDays(i));
      out.add(start.isBefore(horizon) ? start : horizon);
    }
    return out;
  }

  public static StatsReport of(Input in) {
    LocalDate today = in.settings().day().dateOf(in.now());
    // Answers after now exist only when --now goes back in time; they are left out everywhere.
    Activity activity =
        Activity.ofTallies(
            in.tallies().stream().filter(t -> !t.start().isAfter(in.now())).toList(),
            in.settings().day());
    return new StatsReport(
        in.learner(),
        in.now(),
        today,
        in.settings().desiredRetention(),
        packs(in),
        forecast(in, today),
        activity,
        activity.streaks(today),
        activity.months(today, MONTHS),
        activity.lastDays(today, RECENT_DAYS),
        activity.lastWeeks(today, RECENT_WEEKS),
        in.goals());
  }

  private static List<PackRow> packs(Input in) {
    Picker.Memory memory =
        new Picker(in.scheduler(), in.skills()).memory(in.skillTallies(), in.mastery());
    Map<String, List<SkillRow>> byPack = new LinkedHashMap<>();
    for (StoredSkill s : in.skills()) {
      if (in.packFilter() != null && !in.packFilter().equals(s.packId())) continue;
      SkillMastery m = in.mastery().get(s.key());
      SkillTally t = in.skillTallies().get(s.key());
      byPack
          .computeIfAbsent(s.packId(), k -> new ArrayList<>())
          .add(
              new SkillRow(
                  s.packId(),
                  s.id(),
                  s.title(),
                  memory.level(s.key()),
                  m == null ? 0 : m.pKnown(),
                  memory.recall(s.key()),
                  s.requires(),
                  t == null ? 0 : t.seen(),
                  t == null ? 0 : t.exercises()));
    }
    List<PackRow> out = new ArrayList<>();
    byPack.forEach(
        (id, skills) -> out.add(new PackRow(id, in.packTitles().getOrDefault(id, id), skills)));
    return out;
  }

  private static List<DueDay> forecast(Input in, LocalDate today) {
    List<DueDay> out = new ArrayList<>();
    for (int i = 0; i < FORECAST_DAYS; i++) {
      out.add(new DueDay(today.plusDays(i), i < in.dueCounts().size() ? in.dueCounts().get(i) : 0));
    }
    return out;
  }

  /** Total reviews due in the forecast. */
  public int dueTotal() {
    return due.stream().mapToInt(DueDay::due).sum();
  }
}
