package tutor.profile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.schedule.StudyDay;

/**
 * When and how long a learner studies, from the times of their answers. A session is a run of
 * answers with no pause longer than {@link #SESSION_GAP}; its length runs from the first answer to
 * the last (plus the last answer's own time when known).
 *
 * @param sessions sessions in the whole log
 * @param medianSessionMinutes NaN without sessions
 * @param medianAnswersPerSession 0 without sessions
 * @param usualPartOfDay when most sessions start, null without sessions
 * @param sessionsInUsualPart how many sessions start then
 * @param studyDaysLast28 study days among the last 28 (today included)
 * @param answersPerDayLast14 mean answers a day over the last 14 days
 */
public record StudyHabits(
    int sessions,
    double medianSessionMinutes,
    int medianAnswersPerSession,
    PartOfDay usualPartOfDay,
    int sessionsInUsualPart,
    int studyDaysLast28,
    double answersPerDayLast14) {

  /** A pause longer than this ends a session. */
  public static final Duration SESSION_GAP = Duration.ofMinutes(30);

  /** Parts of the day by the hour a session starts, in the learner's time zone. */
  public enum PartOfDay {
    NIGHT("at night (22-5 h)"),
    MORNING("in the morning (5-12 h)"),
    AFTERNOON("in the afternoon (12-17 h)"),
    EVENING("in the evening (17-22 h)");

    private final String words;

    PartOfDay(String words) {
      this.words = words;
    }

    /** "in the morning (5-12 h)". */
    public String words() {
      return words;
    }

    public static PartOfDay ofHour(int hour) {
      if (hour >= 5 && hour < 12) return MORNING;
      if (hour >= 12 && hour < 17) return AFTERNOON;
      if (hour >= 17 && hour < 22) return EVENING;
      return NIGHT;
    }
  }

  /** An answer's time, and how long it took (null when unknown). */
  public record Timed(Instant at, Long responseMillis) {}

  /**
   * @param answers oldest first
   * @param day the learner's study day (time zone and the hour days start)
   */
  public static StudyHabits of(List<Timed> answers, StudyDay day, Instant now) {
    List<List<Timed>> sessions = new ArrayList<>();
    List<Timed> current = null;
    Instant last = null;
    for (Timed a : answers) {
      if (last == null || Duration.between(last, a.at()).compareTo(SESSION_GAP) > 0) {
        current = new ArrayList<>();
        sessions.add(current);
      }
      current.add(a);
      last = a.at();
    }
    List<Double> minutes = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    Map<PartOfDay, Integer> parts = new EnumMap<>(PartOfDay.class);
    ZoneId zone = day.zone();
    for (List<Timed> s : sessions) {
      Timed first = s.get(0);
      Timed end = s.get(s.size() - 1);
      long ms =
          Duration.between(first.at(), end.at()).toMillis()
              + (end.responseMillis() == null ? 0 : end.responseMillis());
      minutes.add(ms / 60_000.0);
      counts.add(s.size());
      parts.merge(PartOfDay.ofHour(first.at().atZone(zone).getHour()), 1, Integer::sum);
    }
    PartOfDay usual = null;
    for (PartOfDay p : PartOfDay.values()) {
      if (parts.containsKey(p) && (usual == null || parts.get(p) > parts.get(usual))) usual = p;
    }
    LocalDate today = day.dateOf(now);
    Set<LocalDate> days = new HashSet<>();
    int last14 = 0;
    for (Timed a : answers) {
      LocalDate d = day.dateOf(a.at());
      if (d.isAfter(today)) continue;
      if (d.isAfter(today.minusDays(28))) days.add(d);
      if (d.isAfter(today.minusDays(14))) last14++;
    }
    return new StudyHabits(
        sessions.size(),
        median(minutes),
        (int)
            Math.round(median(new ArrayList<>(counts.stream().map(Integer::doubleValue).toList()))),
        usual,
        usual == null ? 0 : parts.get(usual),
        days.size(),
        last14 / 14.0);
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) return Double.NaN;
    List<Double> v = new ArrayList<>(values);
    v.sort(null);
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }
}
