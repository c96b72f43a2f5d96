package tutor.kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.pack.Normalization;

/** What kinds share when they read and write their fields in a pack file. */
public final class KindYaml {
  /** The grading flags an exercise may set (over the pack's {@code grading:}). */
  public static final List<String> GRADING_FIELDS =
      List.of(
          "case_sensitive", "accent_sensitive", "punctuation_sensitive", "whitespace_sensitive");

  private KindYaml() {}

  /** The grading keys of {@code n} that differ from {@code base}. */
  public static Map<String, Object> grading(Normalization n, Normalization base) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (n.caseSensitive() != base.caseSensitive()) m.put("case_sensitive", n.caseSensitive());
    if (n.accentSensitive() != base.accentSensitive())
      m.put("accent_sensitive", n.accentSensitive());
    if (n.punctuationSensitive() != base.punctuationSensitive())
      m.put("punctuation_sensitive", n.punctuationSensitive());
    if (n.whitespaceSensitive() != base.whitespaceSensitive())
      m.put("whitespace_sensitive", n.whitespaceSensitive());
    return m;
  }

  /** A whole number without ".0". */
  public static Object number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
  }

  public static void putIf(Map<String, Object> m, String key, String value) {
    if (value != null && !value.isBlank()) m.put(key, value);
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
