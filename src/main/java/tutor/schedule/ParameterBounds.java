package tutor.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * The optimiser's bounds for the 21 FSRS-6 weights (fsrs-rs / ts-fsrs / py-fsrs share the table).
 */
final class ParameterBounds {
  private static final double[] LOWER = {
    0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1,
    0, 0, 0.01, 0.1
  };
  private static final double[] UPPER = {
    100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8
  };

  private ParameterBounds() {}

  static double lower(int i, boolean enableShortTerm) {
    // Long-term mode never uses w19, so it may be 0 there.
    return i == 19 && !enableShortTerm ? 0 : LOWER[i];
  }

  static double upper(int i, double shortTermCeiling) {
    return i == 17 || i == 18 ? shortTermCeiling : UPPER[i];
  }

  /**
   * Ceiling c of w17 and w18. With several relearning steps, same-day reviews compound, so ts-fsrs
   * derives c from the (clipped) forget weights so that they cannot outgrow a lapse.
   */
  static double shortTermCeiling(double[] w, int relearningSteps, boolean enableShortTerm) {
    if (relearningSteps <= 1) {
      return UPPER[17];
    }
    double w11 = FsrsModel.clamp(w[11], lower(11, enableShortTerm), UPPER[11]);
    double w13 = FsrsModel.clamp(w[13], lower(13, enableShortTerm), UPPER[13]);
    double w14 = FsrsModel.clamp(w[14], lower(14, enableShortTerm), UPPER[14]);
    double v = -(Math.log(w11) + Math.log(Math.pow(2, w13) - 1) + w14 * 0.3) / relearningSteps;
    return FsrsModel.clamp(FsrsModel.r8(Math.sqrt(Math.max(v, 0))), 0.01, UPPER[17]);
  }

  /** One message per weight outside its bounds (NaN included), in index order. */
  static List<String> violations(double[] w, int relearningSteps, boolean enableShortTerm) {
    double c = shortTermCeiling(w, relearningSteps, enableShortTerm);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      double lo = lower(i, enableShortTerm);
      double hi = upper(i, c);
      if (!(w[i] >= lo && w[i] <= hi)) {
        problems.add("w[" + i + "]=" + w[i] + " not in [" + lo + ", " + hi + "]");
      }
    }
    return problems;
  }
}
