package tutor.optimize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tutor.schedule.FsrsParameters;

/**
 * Scores parameters on items: log loss and RMSE(bins), as fsrs-rs {@code evaluate} does (except
 * that log loss keeps predictions within [1e-7, 1 - 1e-7], where fsrs-rs would give up on a
 * prediction of exactly 0 or 1).
 */
public final class Evaluation {

  private Evaluation() {}

  /**
   * fsrs-rs recency weights for items in time order: 0.25 + 0.75 (i / (n - 1))^3, so the newest
   * item counts four times as much as the oldest.
   */
  public static double[] recencyWeights(int n) {
    double span = Math.max(n - 1, 1);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) out[i] = 0.25 + 0.75 * Math.pow(i / span, 3);
    return out;
  }

  public static double[] equalWeights(int n) {
    double[] out = new double[n];
    Arrays.fill(out, 1);
    return out;
  }

  /** Exactly fsrs-rs {@code FSRS::evaluate}: every item, recency-weighted. */
  public static Metrics evaluate(FsrsParameters parameters, List<Item> items) {
    return evaluate(parameters, items, recencyWeights(items.size()));
  }

  public static Metrics evaluate(FsrsParameters parameters, List<Item> items, double[] weights) {
    return score(items, predictions(parameters.toArray(), items), weights);
  }

  /** The retrievability that weights {@code w} predict for each item. */
  static double[] predictions(double[] w, List<Item> items) {
    if (items.isEmpty()) throw new IllegalArgumentException("nothing to evaluate");
    double[] predicted = new double[items.size()];
    Objective.predict(w, CardColumn.of(items, Evaluation.equalWeights(items.size())), predicted);
    return predicted;
  }

  /** Log loss and RMSE(bins) of predictions against what happened. */
  static Metrics score(List<Item> items, double[] predicted, double[] weights) {
    double loss = 0;
    double weightSum = 0;
    Map<Bin, double[]> bins = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      double p = Objective.clampProbability(predicted[i]);
      double y = item.recalled() ? 1 : 0;
      loss -= weights[i] * (y * Math.log(p) + (1 - y) * Math.log(1 - p));
      weightSum += weights[i];
      // predicted sum, recalled count, item count, weight sum
      double[] b = bins.computeIfAbsent(Bin.of(item), k -> new double[4]);
      b[0] += predicted[i];
      b[1] += y;
      b[2] += 1;
      b[3] += weights[i];
    }
    double squares = 0;
    double binWeights = 0;
    for (double[] b : bins.values()) {
      double gap = b[0] / b[2] - b[1] / b[2];
      squares += gap * gap * b[3];
      binWeights += b[3];
    }
    return new Metrics(loss / weightSum, Math.sqrt(squares / binWeights), items.size());
  }

  /**
   * The FSRS benchmark's bin of an item (fsrs-rs {@code r_matrix_index}): days before the predicted
   * review, number of long-term reviews, and lapses in the history, each on a log scale.
   */
  record Bin(long days, long length, long lapses) {
    static Bin of(Item item) {
      double days = item.target().deltaDays();
      long dayBin = Math.round(2.48 * Math.pow(3.62, Math.floor(log(days, 3.62))) * 100);
      double length = item.longTermReviewCount() + 1;
      long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(log(length, 1.89))));
      int lapses = 0;
      List<DayReview> reviews = item.reviews();
      for (int k = 0; k < reviews.size() - 1; k++) {
        if (reviews.get(k).rating() == 1 && reviews.get(k).longTerm()) lapses++;
      }
      long lapseBin =
          lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(log(lapses, 1.73))));
      return new Bin(dayBin, lengthBin, lapseBin);
    }

    private static double log(double x, double base) {
      return Math.log(x) / Math.log(base);
    }
  }
}
