package tutor.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.mastery.SkillMastery;
import tutor.schedule.Scheduler;
import tutor.session.LearnerSettings;
import tutor.session.Picker;
import tutor.store.DueItem;
import tutor.store.ReviewLog;
import tutor.store.SkillKey;
import tutor.store.StoredExercise;
import tutor.store.StoredSkill;
import tutor.store.StudyData;

/**
 * Everything {@code tutor stats} shows, computed once; the text and JSON views only lay it out.
 *
 * @param due reviews falling due on each of the next {@link #FORECAST_DAYS} days, today first
 *     (today includes what is overdue)
 * @param months retention per calendar month, oldest first
 * @param days time and answers of the last {@link #RECENT_DAYS} days, today last
 * @param weeks the same for the last {@link #RECENT_WEEKS} weeks (Monday to Sunday)
 */
public record StatsReport(String learner, Instant now, LocalDate today, double desiredRetention,
    List<PackRow> packs, List<DueDay> due, Activity activity, Streaks streaks, List<Period> months,
    List<Period> days, List<Period> weeks, List<GoalLine> goals) {

  public static final int FORECAST_DAYS = 30;
  public static final int RECENT_DAYS = 7;
  public static final int RECENT_WEEKS = 8;
  public static final int MONTHS = 6;

  /** What the report is made of; levels come from the picker's own {@link Picker#memory}. */
  public record Input(String learner, Instant now, LearnerSettings settings, StudyData data,
      Scheduler scheduler, Map<String, String> packTitles, String packFilter, List<DueItem> dueItems,
      List<ReviewLog.Tally> tallies, List<GoalLine> goals) {}

  public static StatsReport of(Input in) {
    LocalDate today = in.settings().day().dateOf(in.now());
    // Answers after now exist only when --now goes back in time; they are left out everywhere.
    Activity activity = Activity.ofTallies(in.tallies().stream().filter(t -> !t.start().isAfter(in.now())).toList(),
        in.settings().day());
    return new StatsReport(in.learner(), in.now(), today, in.settings().desiredRetention(), packs(in),
        forecast(in, today), activity, activity.streaks(today), activity.months(today, MONTHS),
        activity.lastDays(today, RECENT_DAYS), activity.lastWeeks(today, RECENT_WEEKS), in.goals());
  }

  private static List<PackRow> packs(Input in) {
    StudyData data = in.data();
    Picker.Memory memory = new Picker(in.scheduler(), data.skills())
        .memory(Picker.Request.of(data.exercises(), data.cards(), data.mastery(), in.now()));
    Map<SkillKey, int[]> seen = new HashMap<>();
    Set<Object> cards = new HashSet<>(data.cards().keySet());
    for (StoredExercise e : data.exercises()) {
      for (String s : e.exercise().skills()) {
        int[] c = seen.computeIfAbsent(new SkillKey(e.packId(), s), k -> new int[2]);
        c[1]++;
        if (cards.contains(e.key())) c[0]++;
      }
    }
    Map<String, List<SkillRow>> byPack = new LinkedHashMap<>();
    for (StoredSkill s : data.skills()) {
      if (in.packFilter() != null && !in.packFilter().equals(s.packId())) continue;
      SkillMastery m = data.mastery().get(s.key());
      int[] c = seen.getOrDefault(s.key(), new int[2]);
      byPack.computeIfAbsent(s.packId(), k -> new ArrayList<>()).add(new SkillRow(s.packId(), s.id(), s.title(),
          memory.level(s.key()), m == null ? 0 : m.pKnown(), memory.recall(s.key()), s.requires(), c[0], c[1]));
    }
    List<PackRow> out = new ArrayList<>();
    byPack.forEach((id, skills) -> out.add(new PackRow(id, in.packTitles().getOrDefault(id, id), skills)));
    return out;
  }

  private static List<DueDay> forecast(Input in, LocalDate today) {
    int[] counts = new int[FORECAST_DAYS];
    for (DueItem i : in.dueItems()) {
      if (in.packFilter() != null && !in.packFilter().equals(i.card().packId())) continue;
      LocalDate d = in.settings().day().dateOf(i.due());
      int at = d.isBefore(today) ? 0 : (int) java.time.temporal.ChronoUnit.DAYS.between(today, d);
      if (at < FORECAST_DAYS) counts[at]++;
    }
    List<DueDay> out = new ArrayList<>();
    for (int i = 0; i < FORECAST_DAYS; i++) out.add(new DueDay(today.plusDays(i), counts[i]));
    return out;
  }

  /** Total reviews due in the forecast. */
  public int dueTotal() {
    return due.stream().mapToInt(DueDay::due).sum();
  }
}
