package tutor.optimize;

import java.util.List;

/**
 * What the fit minimises: the weighted binary cross-entropy of predicted retrievability against
 * recalled (rating above 1) or forgotten, summed over items as fsrs-rs sums it per batch.
 * Probabilities are kept within [1e-7, 1 - 1e-7] so that a confident miss costs a finite amount;
 * outside that range the gradient is 0, as in fsrs-rs.
 */
final class Objective {
  static final double MIN_PROBABILITY = 1e-7;

  private Objective() {}

  /**
   * The loss of the columns' items under weights {@code w}; adds dLoss/dw to {@code gradient} if
   * not null.
   */
  static double loss(double[] w, List<CardColumn> columns, double[] gradient) {
    TrainingModel model = new TrainingModel(w);
    boolean grad = gradient != null;
    Memory m = new Memory(grad);
    double[] dR = grad ? new double[TrainingModel.WEIGHTS] : null;
    double total = 0;
    for (CardColumn c : columns) {
      List<DayReview> reviews = c.card().reviews();
      model.start(m, reviews.get(0).rating());
      for (int k = 1; k < c.end(); k++) {
        DayReview review = reviews.get(k);
        if (c.items()[k] >= 0) {
          double r = model.retrievability(m, review.deltaDays(), dR);
          double weight = c.weights()[k];
          boolean recalled = review.rating() > 1;
          double p = clampProbability(r);
          total -= weight * (recalled ? Math.log(p) : Math.log(1 - p));
          if (grad && r > MIN_PROBABILITY && r < 1 - MIN_PROBABILITY) {
            double byR = -weight * (recalled ? 1 / p : -1 / (1 - p));
            for (int i = 0; i < TrainingModel.WEIGHTS; i++) gradient[i] += byR * dR[i];
          }
        }
        model.review(m, review.deltaDays(), review.rating());
      }
    }
    return total;
  }

  /** The retrievability predicted for each item, into {@code out} at the item's index. */
  static void predict(double[] w, List<CardColumn> columns, double[] out) {
    TrainingModel model = new TrainingModel(w);
    Memory m = new Memory(false);
    for (CardColumn c : columns) {
      List<DayReview> reviews = c.card().reviews();
      model.start(m, reviews.get(0).rating());
      for (int k = 1; k < c.end(); k++) {
        DayReview review = reviews.get(k);
        if (c.items()[k] >= 0)
          out[c.items()[k]] = model.retrievability(m, review.deltaDays(), null);
        model.review(m, review.deltaDays(), review.rating());
      }
    }
  }

  static double clampProbability(double r) {
    return Math.min(Math.max(r, MIN_PROBABILITY), 1 - MIN_PROBABILITY);
  }
}
