package tutor.session;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A learner's study settings, with their defaults. Stored as text key/value pairs; {@link #KEYS}
 * documents each one.
 */
public record LearnerSettings(double desiredRetention, int newPerDay, int reviewsPerDay, StudyDay day) {
  public static final Map<String, String> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("desired-retention", "share of reviews you want to recall, 0.70-0.99 (default 0.9)");
    KEYS.put("new-per-day", "new exercises introduced per day, 0-1000 (default 20)");
    KEYS.put("reviews-per-day", "reviews per day at most, 0-100000 (default 200)");
    KEYS.put("timezone", "your time zone, e.g. Europe/Paris (default: the system's)");
    KEYS.put("day-starts-at", "hour at which a new study day begins, 0-23 (default 4)");
  }

  public static LearnerSettings from(Map<String, String> stored, ZoneId systemZone) {
    return new LearnerSettings(
        Double.parseDouble(stored.getOrDefault("desired-retention", "0.9")),
        Integer.parseInt(stored.getOrDefault("new-per-day", "20")),
        Integer.parseInt(stored.getOrDefault("reviews-per-day", "200")),
        new StudyDay(stored.containsKey("timezone") ? ZoneId.of(stored.get("timezone")) : systemZone,
            Integer.parseInt(stored.getOrDefault("day-starts-at",
                Integer.toString(StudyDay.DEFAULT_ROLLOVER_HOUR)))));
  }

  /** Checks a value before it is stored; returns the normalised value or throws with the reason. */
  public static String validate(String key, String value) {
    if (!KEYS.containsKey(key)) {
      throw new IllegalArgumentException("unknown setting '" + key + "'; settings are: "
          + String.join(", ", KEYS.keySet()));
    }
    String v = value.strip();
    try {
      switch (key) {
        case "desired-retention" -> {
          double d = Double.parseDouble(v);
          if (d < 0.7 || d > 0.99) throw new IllegalArgumentException("desired-retention must be from 0.70 to 0.99");
          return Double.toString(d);
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
      throw new IllegalArgumentException("unknown time zone '" + value + "' (use a name like Europe/Paris)");
    }
  }

  private static int range(String key, int v, int lo, int hi) {
    if (v < lo || v > hi) throw new IllegalArgumentException(key + " must be from " + lo + " to " + hi);
    return v;
  }
}
