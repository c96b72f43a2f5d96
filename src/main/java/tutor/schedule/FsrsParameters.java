package tutor.schedule;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The 21 FSRS-6 weights w0..w20. Always within the optimiser bounds: an out-of-range vector is
 * rejected with every bad index listed (never silently clipped; use {@link #clipped} to clip).
 */
public record FsrsParameters(double[] w) {
  public static final int COUNT = 21;

  /** FSRS-6 defaults (identical in ts-fsrs, py-fsrs and fsrs-rs). */
  public static final FsrsParameters DEFAULT =
      new FsrsParameters(
          new double[] {
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
          });

  /**
   * Checks against the loosest context (one relearning step, short-term off: w19 may be 0, w17/w18
   * up to 2), because a parameter vector does not know the scheduler it will be used with.
   */
  public FsrsParameters {
    w = checkLength(w).clone();
    List<String> problems = ParameterBounds.violations(w, 1, false);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "FSRS parameters out of bounds: " + String.join("; ", problems));
    }
  }

  /**
   * Clips each weight into its bounds for the given scheduler context, as the optimiser does
   * (w17/w18 ceiling depends on the number of relearning steps, w19 >= 0.01 with short-term on).
   */
  public static FsrsParameters clipped(
      double[] w, int relearningStepCount, boolean enableShortTerm) {
    double[] out = checkLength(w).clone();
    for (int i = 0; i < COUNT; i++) {
      if (Double.isNaN(out[i])) {
        throw new IllegalArgumentException("w[" + i + "] is NaN and cannot be clipped");
      }
    }
    double c = ParameterBounds.shortTermCeiling(out, relearningStepCount, enableShortTerm);
    for (int i = 0; i < COUNT; i++) {
      out[i] =
          FsrsModel.clamp(
              out[i], ParameterBounds.lower(i, enableShortTerm), ParameterBounds.upper(i, c));
    }
    return new FsrsParameters(out);
  }

  private static double[] checkLength(double[] w) {
    Objects.requireNonNull(w, "w");
    if (w.length != COUNT) {
      throw new IllegalArgumentException(
          "FSRS-6 needs exactly " + COUNT + " parameters, got " + w.length);
    }
    return w;
  }

  /** Weight w_i. */
  public double w(int i) {
    return w[i];
  }

  /** A copy, so the record stays immutable. */
  @Override
  public double[] w() {
    return w.clone();
  }

  public double[] toArray() {
    return w.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FsrsParameters other && Arrays.equals(w, other.w);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(w);
  }

  @Override
  public String toString() {
    return "FsrsParameters" + Arrays.toString(w);
  }
}
