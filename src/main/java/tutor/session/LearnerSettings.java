package tutor.session;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import tutor.grade.NearMiss;
import tutor.schedule.StudyDay;

/**
 * A learner's study settings, with their defaults. Stored as text key/value pairs; {@link #KEYS}
 * documents each one.
 */
public record LearnerSettings(
    double desiredRetention,
    int newPerDay,
    int reviewsPerDay,
    StudyDay day,
    double targetSuccess,
    double typoTolerance,
    java.util.Set<java.time.DayOfWeek> easyDays,
    int leechThreshold,
    tutor.store.Leech.Action leechAction) {
  /** Lapses after which an exercise is a leech, as in Anki. */
  public static final int DEFAULT_LEECH_THRESHOLD = 8;

  public static final Map<String, String> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("desired-retention", "share of reviews you want to recall, 0.70-0.99 (default 0.9)");
    KEYS.put("new-per-day", "new exercises introduced per day, 0-1000 (default 20)");
    KEYS.put("reviews-per-day", "reviews per day at most, 0-100000 (default 200)");
    KEYS.put("timezone", "your time zone, e.g. Europe/Paris (default: the system's)");
    KEYS.put("day-starts-at", "hour at which a new study day begins, 0-23 (default 4)");
    KEYS.put(
        "target-success", "share of right answers new material aims at, 0.60-0.95 (default 0.8)");
    KEYS.put(
        "easy-days",
        "weekdays to keep light, e.g. sat,sun; reviews move away from them within their fuzz (default none)");
    KEYS.put(
        "leech-threshold",
        "lapses (forgotten after being learned) that make an exercise a leech, 2-99 (default 8)");
    KEYS.put(
        "leech-action",
        "what is done with a leech unless you choose: suspend or reteach (default suspend)");
    KEYS.put(
        "typo-tolerance",
        "share of letters that may differ for \"almost\" (you decide), 0-0.5; 0 is off (default 0.2); a command is only offered for one misspelt word");
  }

  public static LearnerSettings from(Map<String, String> stored, ZoneId systemZone) {
    return new LearnerSettings(
        Double.parseDouble(stored.getOrDefault("desired-retention", "0.9")),
        Integer.parseInt(stored.getOrDefault("new-per-day", "20")),
        Integer.parseInt(stored.getOrDefault("reviews-per-day", "200")),
        new StudyDay(
            stored.containsKey("timezone") ? ZoneId.of(stored.get("timezone")) : systemZone,
            Integer.parseInt(
                stored.getOrDefault(
                    "day-starts-at", Integer.toString(StudyDay.DEFAULT_ROLLOVER_HOUR)))),
        Double.parseDouble(
            stored.getOrDefault("target-success", Double.toString(Picker.DEFAULT_TARGET_SUCCESS))),
        Double.parseDouble(
            stored.getOrDefault("typo-tolerance", Double.toString(NearMiss.DEFAULT_TOLERANCE))),
        parseDays(stored.getOrDefault("easy-days", "")),
        Integer.parseInt(
            stored.getOrDefault("leech-threshold", Integer.toString(DEFAULT_LEECH_THRESHOLD))),
        tutor.store.Leech.Action.parse(stored.getOrDefault("leech-action", "suspend")));
  }

  private static final java.util.List<String> DAY_NAMES =
      java.util.List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  /** "sat,sun" -> {SATURDAY, SUNDAY}; throws on an unknown name. */
  static java.util.Set<java.time.DayOfWeek> parseDays(String list) {
    java.util.Set<java.time.DayOfWeek> out = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
    for (String part : list.toLowerCase(java.util.Locale.ROOT).split("[,\\s]+")) {
      if (part.isBlank() || part.equals("none")) continue;
      String key = part.length() >= 3 ? part.substring(0, 3) : part;
      int i = DAY_NAMES.indexOf(key);
      if (i < 0)
        throw new IllegalArgumentException(
            "unknown weekday '" + part + "' (use mon, tue, wed, thu, fri, sat, sun)");
      out.add(java.time.DayOfWeek.of(i + 1));
    }
    return out;
  }

  public LearnerSettings withDesiredRetention(double retention) {
    return new LearnerSettings(
        retention,
        newPerDay,
        reviewsPerDay,
        day,
        targetSuccess,
        typoTolerance,
        easyDays,
        leechThreshold,
        leechAction);
  }

  /**
   * The scheduler settings of this learner: desired retention, days counted in the learner's own
   * day (time zone and rollover hour), and the given FSRS parameters (the defaults, or fitted).
   */
  public tutor.schedule.SchedulerConfig schedulerConfig(tutor.schedule.FsrsParameters parameters) {
    return tutor.schedule.SchedulerConfig.defaults()
        .withParameters(parameters)
        .withDesiredRetention(desiredRetention)
        .withDayCounter(day::elapsedDays);
  }

  /** Checks a value before it is stored; returns the normalised value or throws with the reason. */
  public static String validate(String key, String value) {
    if (!KEYS.containsKey(key)) {
      throw new IllegalArgumentException(
          "unknown setting '" + key + "'; settings are: " + String.join(", ", KEYS.keySet()));
    }
    String v = value.strip();
    try {
      switch (key) {
        case "desired-retention" -> {
          double d = Double.parseDouble(v);
          if (d < 0.7 || d > 0.99)
            throw new IllegalArgumentException("desired-retention must be from 0.70 to 0.99");
          return Double.toString(d);
        }
        case "easy-days" -> {
          java.util.Set<java.time.DayOfWeek> days = parseDays(v);
          if (days.size() == 7)
            throw new IllegalArgumentException("at least one day must not be an easy day");
          return days.isEmpty()
              ? "none"
              : String.join(",", days.stream().map(d -> DAY_NAMES.get(d.getValue() - 1)).toList());
        }
        case "typo-tolerance" -> {
          double d = Double.parseDouble(v);
          if (d < 0 || d > 0.5)
            throw new IllegalArgumentException("typo-tolerance must be from 0 to 0.5");
          return Double.toString(d);
        }
        case "target-success" -> {
          double d = Double.parseDouble(v);
          if (d < 0.6 || d > 0.95)
            throw new IllegalArgumentException("target-success must be from 0.60 to 0.95");
          return Double.toString(d);
        }
        case "leech-threshold" -> {
          return Integer.toString(range(key, Integer.parseInt(v), 2, 99));
        }
        case "leech-action" -> {
          return tutor.store.Leech.Action.parse(v).id();
        }
        case "new-per-day" -> {
          return Integer.toString(range(key, Integer.parseInt(v), 0, 1000));
        }
        case "reviews-per-day" -> {
          return Integer.toString(range(key, Integer.parseInt(v), 0, 100_000));
        }
        case "day-starts-at" -> {
          return Integer.toString(range(key, Integer.parseInt(v), 0, 23));
        }
        case "timezone" -> {
          return ZoneId.of(v).getId();
        }
        default -> throw new IllegalStateException(key);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, not '" + value + "'");
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "unknown time zone '" + value + "' (use a name like Europe/Paris)");
    }
  }

  private static int range(String key, int v, int lo, int hi) {
    if (v < lo || v > hi)
      throw new IllegalArgumentException(key + " must be from " + lo + " to " + hi);
    return v;
  }
}
