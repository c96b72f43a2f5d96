package tutor.profile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a learner states about how they like to study, beyond the scheduling settings of {@link
 * tutor.session.LearnerSettings}. Stored as text beside those settings; {@link #KEYS} documents
 * each one, {@link #validate} is the one check of a value.
 *
 * @param sessionMinutes how long a session lasts when {@code tutor study} is given no --minutes;
 *     null for no limit
 * @param dailyMinutes minutes a day the learner means to study; null for no budget
 * @param plain words only: no colour, symbols or animation
 * @param colour colour in the terminal (when not plain)
 * @param confidence ask how sure the learner is before revealing an auto-graded verdict
 */
public record Preferences(
    Integer sessionMinutes,
    Integer dailyMinutes,
    PreferredTypes preferredTypes,
    boolean plain,
    boolean colour,
    boolean confidence) {

  public static final Map<String, String> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put(
        "session-minutes",
        "minutes a study session lasts when you give no --minutes, 1-240, or none (default none)");
    KEYS.put("daily-minutes", "minutes a day you mean to study, 1-1440, or none (default none)");
    KEYS.put(
        "preferred-types",
        "exercise types you like best, e.g. text,cloze, or none (default none);"
            + " favoured among equally useful new exercises, never before a due review");
    KEYS.put("plain", "on: words only, no colour, symbols or animation (default off)");
    KEYS.put("colour", "off: no colour in the terminal (default on)");
    KEYS.put(
        "confidence", "on: say how sure you are (1-3) before an answer is checked (default off)");
  }

  public static final Preferences DEFAULTS =
      new Preferences(null, null, PreferredTypes.NONE, false, true, false);

  /** The preferences in {@code stored} (the learner's settings), defaults for the rest. */
  public static Preferences from(Map<String, String> stored) {
    return new Preferences(
        minutes(stored.get("session-minutes")),
        minutes(stored.get("daily-minutes")),
        stored.containsKey("preferred-types")
            ? PreferredTypes.parse(stored.get("preferred-types"))
            : PreferredTypes.NONE,
        "on".equals(stored.get("plain")),
        !"off".equals(stored.get("colour")),
        "on".equals(stored.get("confidence")));
  }

  private static Integer minutes(String stored) {
    return stored == null || stored.equals("none") ? null : Integer.valueOf(stored);
  }

  /** Checks a value before it is stored; returns the normalised value or throws with the reason. */
  public static String validate(String key, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "session-minutes" -> minutes(key, v, 240);
      case "daily-minutes" -> minutes(key, v, 1440);
      case "preferred-types" -> PreferredTypes.parse(v).format();
      case "plain", "colour", "confidence" -> onOff(key, v, value);
      default -> throw new IllegalArgumentException("unknown preference '" + key + "'");
    };
  }

  private static String minutes(String key, String v, int max) {
    if (v.equals("none")) return v;
    try {
      int n = Integer.parseInt(v);
      if (n < 1 || n > max)
        throw new IllegalArgumentException(key + " must be from 1 to " + max + ", or none");
      return Integer.toString(n);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          key + " must be a number of minutes or none, not '" + v + "'");
    }
  }

  private static String onOff(String key, String v, String raw) {
    if (v.equals("on") || v.equals("off")) return v;
    throw new IllegalArgumentException(key + " must be on or off, not '" + raw.strip() + "'");
  }

  /** Each key with its value as stored and shown. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("session-minutes", sessionMinutes == null ? "none" : sessionMinutes.toString());
    m.put("daily-minutes", dailyMinutes == null ? "none" : dailyMinutes.toString());
    m.put("preferred-types", preferredTypes.format());
    m.put("plain", plain ? "on" : "off");
    m.put("colour", colour ? "on" : "off");
    m.put("confidence", confidence ? "on" : "off");
    return m;
  }
}
