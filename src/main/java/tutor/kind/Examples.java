package tutor.kind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tutor.grade.EditDistance;
import tutor.grade.TextMatch;
import tutor.pack.Normalization;

/**
 * Checks that several kinds share: examples that name options or items, keys that differ only by
 * case.
 */
final class Examples {
  private Examples() {}

  /**
   * One problem per text that is not one of {@code allowed}: examples name options and items by
   * their text.
   */
  static List<String> known(List<String> texts, List<String> allowed, String field) {
    List<String> out = new ArrayList<>();
    for (String t : texts) {
      if (!allowed.contains(t))
        out.add("'" + t + "' is not one of the " + field + didYouMean(t, allowed));
    }
    return out;
  }

  /** " (did you mean 'x'?)" when one of {@code candidates} is a few letters from {@code word}. */
  static String didYouMean(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = EditDistance.between(word, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best != null && bestDistance <= Math.max(2, word.length() / 3)
        ? " (did you mean '" + best + "'?)"
        : "";
  }

  /** A warning listing the keys of {@code field} that differ only by case, if any do. */
  static Optional<Kind.Lint> caseOnly(
      String what, String field, List<String> keys, Normalization n) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        String a = keys.get(i);
        String b = keys.get(j);
        if (!a.equals(b)
            && a.equalsIgnoreCase(b)
            && (n.caseSensitive() || TextMatch.matches(a, b, n))) {
          pairs.add("'" + a + "'/'" + b + "'");
        }
      }
    }
    if (pairs.isEmpty()) return Optional.empty();
    String list =
        String.join(", ", pairs.subList(0, Math.min(3, pairs.size())))
            + (pairs.size() > 3 ? ", ..." : "");
    return Optional.of(
        new Kind.Lint(
            "case-only",
            n.caseSensitive()
                ? what
                    + ": "
                    + field
                    + " differ only by case ("
                    + list
                    + "); fine if each spelling is meant,"
                    + " otherwise set case_sensitive: false on the exercise"
                : what
                    + ": "
                    + field
                    + " are the same once case is ignored, as this exercise grades ("
                    + list
                    + "); keep one of each"));
  }
}
