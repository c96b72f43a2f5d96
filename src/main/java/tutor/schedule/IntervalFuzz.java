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

  static final IntervalFuzz OFF =
      new IntervalFuzz(false, 0, 0, Integer.MAX_VALUE, ReviewLoad.NONE, null);

  private final boolean enabled;
  private final double fraction;
  private final long elapsedDays;
  private final int maximumInterval;
  private final ReviewLoad load;
  private final java.time.Instant now;

  private IntervalFuzz(
      boolean enabled,
      double fraction,
      long elapsedDays,
      int maximumInterval,
      ReviewLoad load,
      java.time.Instant now) {
    this.enabled = enabled;
    this.fraction = fraction;
    this.elapsedDays = elapsedDays;
    this.maximumInterval = maximumInterval;
    this.load = load;
    this.now = now;
  }

  static IntervalFuzz seeded(long seed, long elapsedDays, int maximumInterval) {
    return seeded(seed, elapsedDays, maximumInterval, ReviewLoad.NONE, null);
  }

  static IntervalFuzz seeded(
      long seed, long elapsedDays, int maximumInterval, ReviewLoad load, java.time.Instant now) {
    return new IntervalFuzz(
        true, new SplittableRandom(seed).nextDouble(), elapsedDays, maximumInterval, load, now);
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
    if (load == ReviewLoad.NONE) {
      return (int) Math.floor(fraction * (r.max() - r.min() + 1) + r.min());
    }
    // Load balancing: the same fraction, drawn against the days' weights instead of evenly.
    int n = (int) (r.max() - r.min() + 1);
    double[] weights = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = Math.max(1e-9, load.weight(now, r.min() + i));
      total += weights[i];
    }
    double target = fraction * total;
    double cumulative = 0;
    for (int i = 0; i < n; i++) {
      cumulative += weights[i];
      if (target < cumulative) return (int) (r.min() + i);
    }
    return (int) r.max();
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
