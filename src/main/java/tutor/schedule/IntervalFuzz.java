package tutor.schedule;

import java.util.SplittableRandom;

/**
 * Spreads day intervals a little so cards learned together do not stay due together. Uses the
 * py-fsrs / ts-fsrs fuzz ranges; the randomness is one fraction derived from the caller's seed, so
 * the same seed always gives the same interval, and all grades of one review share it.
 */
final class IntervalFuzz {
  /** Widening of the range per day of interval, by interval band: {start, end, factor}. */
  private static final double[][] BANDS = {
    {2.5, 7, 0.15}, {7, 20, 0.1}, {20, Double.POSITIVE_INFINITY, 0.05}
  };

  /** Inclusive range of days a fuzzed interval may take. */
  record Range(long min, long max) {}

  static final IntervalFuzz OFF = new IntervalFuzz(false, 0, 0, Integer.MAX_VALUE);

  private final boolean enabled;
  private final double fraction;
  private final long elapsedDays;
  private final int maximumInterval;

  private IntervalFuzz(boolean enabled, double fraction, long elapsedDays, int maximumInterval) {
    this.enabled = enabled;
    this.fraction = fraction;
    this.elapsedDays = elapsedDays;
    this.maximumInterval = maximumInterval;
  }

  static IntervalFuzz seeded(long seed, long elapsedDays, int maximumInterval) {
    return new IntervalFuzz(
        true, new SplittableRandom(seed).nextDouble(), elapsedDays, maximumInterval);
  }

  /**
   * The fuzz range of {@code interval}: +-delta around it, at least 2 days, at most the maximum.
   * Like ts-fsrs it also stays above the days already elapsed, so a late review is not undone.
   */
  static Range range(int interval, long elapsedDays, int maximumInterval) {
    double delta = 1;
    for (double[] band : BANDS) {
      delta += band[2] * Math.max(Math.min(interval, band[1]) - band[0], 0);
    }
    int ivl = Math.min(interval, maximumInterval);
    long min = Math.max(2, Math.round(ivl - delta));
    long max = Math.min(Math.round(ivl + delta), maximumInterval);
    if (ivl > elapsedDays) {
      min = Math.max(min, elapsedDays + 1);
    }
    return new Range(Math.min(min, max), max);
  }

  /** The fuzzed interval; intervals under 2.5 days are left alone (only capped). */
  int apply(int interval) {
    if (!enabled) {
      return interval;
    }
    if (interval < 2.5) {
      return Math.min(interval, maximumInterval);
    }
    Range r = range(interval, elapsedDays, maximumInterval);
    return (int) Math.floor(fraction * (r.max() - r.min() + 1) + r.min());
  }

  /**
   * Fuzzes {@code intervals[from..]}, which are ordered by grade. Fuzz with one shared fraction is
   * monotone but can merge neighbours, so a better grade again gets a later day, unless that would
   * pass the maximum interval.
   */
  void applyOrdered(int[] intervals, int from) {
    if (!enabled) {
      return;
    }
    for (int i = from; i < intervals.length; i++) {
      intervals[i] = apply(intervals[i]);
    }
    for (int i = from + 1; i < intervals.length; i++) {
      intervals[i] = Math.min(Math.max(intervals[i], intervals[i - 1] + 1), maximumInterval);
    }
  }
}
