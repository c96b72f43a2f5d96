package tutor.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tutor.profile.Preferences;

/**
 * Every key {@code tutor profile set} accepts: the study settings, checked by {@link
 * LearnerSettings#validate} (the same check as {@code tutor settings}), and the {@link
 * Preferences}. One definition of each key; this class only puts them side by side.
 */
public final class ProfileKeys {
  private ProfileKeys() {}

  /** Key to description, settings first. */
  public static Map<String, String> all() {
    Map<String, String> all = new LinkedHashMap<>(LearnerSettings.KEYS);
    all.putAll(Preferences.KEYS);
    return all;
  }

  /** The default a key's description states ("... (default 0.9)" gives "0.9"), or "default". */
  public static String defaultValue(String key) {
    Matcher m = DEFAULT.matcher(all().getOrDefault(key, ""));
    return m.find() ? m.group(1).strip() : "default";
  }

  private static final Pattern DEFAULT = Pattern.compile("\\(default:? ([^)]*)\\)");

  /** The normalised value to store; throws IllegalArgumentException with the reason. */
  public static String validate(String key, String value) {
    if (LearnerSettings.KEYS.containsKey(key)) return LearnerSettings.validate(key, value);
    if (Preferences.KEYS.containsKey(key)) return Preferences.validate(key, value);
    throw new IllegalArgumentException(
        "unknown key '" + key + "'; keys are: " + String.join(", ", all().keySet()));
  }
}
