package tutor.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tutor.schedule.FsrsParameters;

/**
 * Estimates w0..w3, the stability after a first rating of Again..Easy, before gradient descent
 * starts (fsrs-rs {@code parameter_initialization}). For each first rating, the recall rate after
 * each gap is fitted with the forgetting curve by a ternary search (with a small pull towards the
 * default), then the four values are made to increase with the rating and missing ratings are
 * filled in from the others.
 *
 * @param stabilities w0..w3
 * @param countsByRating initialization items per first rating; only ratings with data appear
 */
record InitialStability(double[] stabilities, Map<Integer, Integer> countsByRating) {
  static final double MAX = 100;
  private static final double MIN = TrainingModel.S_MIN;
  // How stabilities of neighbouring ratings relate, in log space (fsrs-rs smooth_and_fill):
  // ln S2 = A ln S1 + (1 - A) ln S3, and ln S3 = (1 - B) ln S2 + B ln S4.
  private static final double A = 0.41;
  private static final double B = 0.54;

  private record Gap(double days, double recall, double count) {}

  /** Empty when no item has data for any first rating. */
  static Optional<InitialStability> estimate(List<Item> initialization, double averageRecall) {
    Map<Integer, Map<Integer, int[]>> byRating = new TreeMap<>();
    for (Item item : initialization) {
      int[] tally =
          byRating
              .computeIfAbsent(item.reviews().get(0).rating(), k -> new TreeMap<>())
              .computeIfAbsent(item.firstLongTermReview().deltaDays(), k -> new int[2]);
      tally[0] += item.recalled() ? 1 : 0;
      tally[1]++;
    }
    if (byRating.isEmpty()) return Optional.empty();
    Map<Integer, Double> found = new TreeMap<>();
    Map<Integer, Integer> counts = new TreeMap<>();
    byRating.forEach(
        (rating, gaps) -> {
          List<Gap> data = new ArrayList<>();
          int count = 0;
          for (Map.Entry<Integer, int[]> g : gaps.entrySet()) {
            double n = g.getValue()[1];
            // Laplace smoothing towards the learner's average recall: one pseudo-review per gap.
            double recall = (g.getValue()[0] + averageRecall) / (n + 1);
            data.add(new Gap(g.getKey(), recall, n));
            count += g.getValue()[1];
          }
          found.put(rating, search(data, FsrsParameters.DEFAULT.w(rating - 1)));
          counts.put(rating, count);
        });
    return Optional.of(new InitialStability(smoothAndFill(found, counts), counts));
  }

  /** The S0 that best fits the gaps' recall rates, by ternary search on [0.001, 100]. */
  private static double search(List<Gap> data, double defaultS0) {
    double low = MIN;
    double high = MAX;
    double best = defaultS0;
    for (int i = 0; i < 1000 && high - low > Math.ulp(1.0); i++) {
      double m1 = low + (high - low) / 3;
      double m2 = high - (high - low) / 3;
      if (loss(data, m1, defaultS0) < loss(data, m2, defaultS0)) high = m2;
      else low = m1;
      best = (low + high) / 2;
    }
    return best;
  }

  private static double loss(List<Gap> data, double s0, double defaultS0) {
    double decay = -FsrsParameters.DEFAULT.w(20);
    double factor = Math.pow(0.9, 1 / decay) - 1;
    double total = 0;
    for (Gap g : data) {
      double r = Math.pow(1 + factor * g.days() / s0, decay);
      total -= (g.recall() * Math.log(r) + (1 - g.recall()) * Math.log(1 - r)) * g.count();
    }
    return total + Math.abs(s0 - defaultS0) / 16;
  }

  /**
   * w0..w3 from the stabilities found for some ratings: out-of-order pairs are levelled to the
   * value of the better-supported rating, missing ratings are derived from the relations above, and
   * every value is kept within [0.001, 100].
   *
   * @throws IllegalArgumentException if no rating has a value
   */
  static double[] smoothAndFill(Map<Integer, Double> byRating, Map<Integer, Integer> counts) {
    Map<Integer, Double> s = new TreeMap<>();
    byRating.forEach(
        (rating, value) -> {
          if (counts.containsKey(rating)) s.put(rating, value);
        });
    if (s.isEmpty()) throw new IllegalArgumentException("no initial stability to start from");
    int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
    for (int[] p : pairs) {
      Double small = s.get(p[0]);
      Double big = s.get(p[1]);
      if (small != null && big != null && small > big) {
        if (counts.get(p[0]) > counts.get(p[1])) s.put(p[1], small);
        else s.put(p[0], big);
      }
    }
    double[] out = fill(s);
    for (int i = 0; i < 4; i++) out[i] = Math.min(Math.max(out[i], MIN), MAX);
    return out;
  }

  private static double[] fill(Map<Integer, Double> s) {
    double[] out = new double[4];
    if (s.size() == 1) {
      // One rating known: scale all four defaults alike.
      Map.Entry<Integer, Double> only = s.entrySet().iterator().next();
      double scale = only.getValue() / FsrsParameters.DEFAULT.w(only.getKey() - 1);
      for (int i = 0; i < 4; i++) out[i] = FsrsParameters.DEFAULT.w(i) * scale;
      return out;
    }
    double[] x = new double[4];
    boolean[] known = new boolean[4];
    s.forEach(
        (rating, value) -> {
          x[rating - 1] = Math.log(value);
          known[rating - 1] = true;
        });
    // The two relations as rows of a linear system in ln S1..ln S4 (each row sums to 0).
    double[][] rows = {{A, -1, 1 - A, 0}, {0, 1 - B, -1, B}};
    List<Integer> unknown = new ArrayList<>();
    for (int i = 0; i < 4; i++) if (!known[i]) unknown.add(i);
    if (unknown.size() == 1) {
      // Three known: the relation used is the one fsrs-rs uses for that rating.
      int u = unknown.get(0);
      double[] row = rows[u <= 1 ? 0 : 1];
      x[u] = -rest(row, x, u, -1) / row[u];
    } else if (unknown.size() == 2) {
      int u = unknown.get(0);
      int v = unknown.get(1);
      double a = rows[0][u];
      double b = rows[0][v];
      double c = rows[1][u];
      double d = rows[1][v];
      double e = -rest(rows[0], x, u, v);
      double f = -rest(rows[1], x, u, v);
      double det = a * d - b * c;
      x[u] = (e * d - b * f) / det;
      x[v] = (a * f - e * c) / det;
    }
    for (int i = 0; i < 4; i++) out[i] = known[i] ? s.get(i + 1) : Math.exp(x[i]);
    return out;
  }

  /** The row's terms in the known columns: all but {@code u} and {@code v} (-1 for none). */
  private static double rest(double[] row, double[] x, int u, int v) {
    double sum = 0;
    for (int i = 0; i < 4; i++) if (i != u && i != v) sum += row[i] * x[i];
    return sum;
  }
}
