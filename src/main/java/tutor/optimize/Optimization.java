package tutor.optimize;

import java.util.ArrayList;
import java.util.List;
import tutor.schedule.FsrsParameters;

/**
 * Decides whether a learner gets personal parameters. The items are split by time: the fit sees the
 * oldest 80%, and both the current and the fitted parameters then predict the newest 20%, which
 * neither has seen. Only if the fitted ones have the lower log loss there (the quantity the fit
 * minimises, a proper scoring rule) are they adopted, refitted on all items by the same procedure
 * so that the newest reviews count too.
 */
public final class Optimization {
  /**
   * Fewer items than this and tutor keeps the current parameters. Anki's optimiser asks for 400
   * items as well (rslib compute_params); it also leaves 80 held-out predictions, few enough
   * already for a noisy comparison.
   */
  public static final int MINIMUM_ITEMS = 400;

  /** Share of the items, newest first, held out to compare current and fitted parameters. */
  public static final double HELD_OUT = 0.2;

  public enum Verdict {
    /** Below {@link #MINIMUM_ITEMS}: nothing was fitted. */
    NOT_ENOUGH_DATA,
    /** The fitted parameters predicted the held-out reviews better and replace the current ones. */
    ADOPTED,
    /** The fitted parameters did not predict the held-out reviews better. */
    KEPT
  }

  /**
   * @param heldOutFit the fit on the oldest items that was compared; null when nothing was fitted
   * @param adopted the parameters to use from now on (the current ones unless ADOPTED)
   * @param before the current parameters on the held-out items; null when nothing was fitted
   * @param after the fitted parameters on the held-out items; null when nothing was fitted
   */
  public record Result(
      Verdict verdict,
      int items,
      int heldOutItems,
      ParameterFit.Fit heldOutFit,
      FsrsParameters adopted,
      Metrics before,
      Metrics after) {}

  private Optimization() {}

  public static Result run(List<Item> items, FsrsParameters current, TrainingConfig config) {
    if (items.size() < MINIMUM_ITEMS) {
      return new Result(Verdict.NOT_ENOUGH_DATA, items.size(), 0, null, current, null, null);
    }
    int cut = items.size() - (int) Math.round(items.size() * HELD_OUT);
    List<Item> older = items.subList(0, cut);
    List<Item> newer = items.subList(cut, items.size());
    ParameterFit.Fit fit = ParameterFit.fit(older, config);
    double[] equal = Evaluation.equalWeights(newer.size());
    Metrics before = Evaluation.evaluate(current, newer, equal);
    Metrics after = Evaluation.evaluate(fit.parameters(), newer, equal);
    if (after.logLoss() < before.logLoss()) {
      FsrsParameters all = ParameterFit.fit(items, config).parameters();
      return new Result(Verdict.ADOPTED, items.size(), newer.size(), fit, all, before, after);
    }
    return new Result(Verdict.KEPT, items.size(), newer.size(), fit, current, before, after);
  }

  /**
   * fsrs-rs {@code evaluate_with_time_series_splits}: the items cut into {@code folds + 1} equal
   * segments by time; for each later segment, fit on everything before it and predict it. The
   * predictions of all folds are scored together with equal weights.
   */
  public static Metrics timeSeriesSplits(List<Item> items, int folds, TrainingConfig config) {
    int segment = items.size() / (folds + 1);
    if (segment == 0) throw new IllegalArgumentException("too few items for " + folds + " folds");
    List<Item> tested = new ArrayList<>();
    double[] predicted = new double[items.size() - segment];
    for (int i = 0; i < folds; i++) {
      int start = (i + 1) * segment;
      int end = i == folds - 1 ? items.size() : (i + 2) * segment;
      double[] w = ParameterFit.fit(items.subList(0, start), config).parameters().toArray();
      List<Item> fold = items.subList(start, end);
      System.arraycopy(Evaluation.predictions(w, fold), 0, predicted, tested.size(), fold.size());
      tested.addAll(fold);
    }
    return Evaluation.score(tested, predicted, Evaluation.equalWeights(tested.size()));
  }
}
