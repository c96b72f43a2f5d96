package tutor.session;

import java.util.List;
import java.util.Optional;
import tutor.grade.EditDistance;
import tutor.grade.TextMatch;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;

/**
 * A wrong typed answer that is one slip away from an accepted one: few letters differ relative to
 * the answer's length. Never for numbers, choices or orders, and never for answers shorter than
 * four letters, where one letter changes the meaning. Pure.
 *
 * @param typed what the learner typed, @param expected the accepted answer it is closest to,
 * @param marks '^' under the letters of {@code expected} that differ
 */
public record NearMiss(String typed, String expected, String marks) {
  /** Up to one letter in five may differ. */
  public static final double DEFAULT_TOLERANCE = 0.2;
  static final int MIN_LENGTH = 4;

  public static Optional<NearMiss> find(Exercise ex, List<String> responses, double tolerance) {
    if (tolerance <= 0) return Optional.empty();
    if (ex.body() instanceof Exercise.Text t) {
      return closest(responses.get(0), t.answers(), t.normalization(), tolerance);
    }
    if (ex.body() instanceof Exercise.Cloze c && responses.size() == c.gaps().size()) {
      // A near miss only when every wrong gap is near; shown for the whole answer.
      StringBuilder typed = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      boolean anyNear = false;
      for (int i = 0; i < c.gaps().size(); i++) {
        Gap g = c.gaps().get(i);
        String r = responses.get(i);
        boolean right = g.alternatives().stream().anyMatch(a -> TextMatch.matches(r, a, c.normalization()));
        String exp = g.expected();
        if (!right) {
          Optional<NearMiss> n = closest(r, g.alternatives(), c.normalization(), tolerance);
          if (n.isEmpty()) return Optional.empty();
          anyNear = true;
          exp = n.get().expected();
        }
        if (i > 0) {
          typed.append(" | ");
          expected.append(" | ");
        }
        typed.append(r.strip());
        expected.append(exp);
      }
      return anyNear ? Optional.of(new NearMiss(typed.toString(), expected.toString(),
          EditDistance.marks(typed.toString(), expected.toString()))) : Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<NearMiss> closest(String typed, List<String> answers, Normalization n, double tolerance) {
    String t = TextMatch.normalize(typed, n);
    NearMiss best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String a : answers) {
      String k = TextMatch.normalize(a, n);
      if (k.codePointCount(0, k.length()) < MIN_LENGTH) continue;
      int d = EditDistance.between(t, k);
      int allowed = (int) Math.floor(k.codePointCount(0, k.length()) * tolerance);
      if (d > 0 && d <= allowed && d < bestDistance) {
        bestDistance = d;
        best = new NearMiss(typed.strip(), a, EditDistance.marks(typed.strip(), a));
      }
    }
    return Optional.ofNullable(best);
  }
}
