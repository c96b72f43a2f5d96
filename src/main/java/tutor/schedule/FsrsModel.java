package tutor.schedule;

import java.util.Objects;

/**
 * The FSRS-6 memory model: how stability S and difficulty D change with each rating.
 *
 * <p>Computed exactly as ts-fsrs 5.4.2 does, including its rounding of factor, R, D and S to 8
 * decimals ({@link #r8}). Without those roundings results still agree to ~1e-7 relative, but S
 * drifts by up to 2e-3 days over long histories and interval rounding can flip; with them we match
 * the reference cases bit for bit.
 */
public final class FsrsModel {
  public static final double S_MIN = 0.001;
  static final double S_MAX = 36500;

  private final FsrsParameters p;
  private final double decay;
  private final double factor;

  public FsrsModel(FsrsParameters parameters) {
    this.p = Objects.requireNonNull(parameters, "parameters");
    this.decay = -p.w(20);
    this.factor = r8(Math.exp(Math.pow(decay, -1) * Math.log(0.9)) - 1);
  }

  public FsrsParameters parameters() {
    return p;
  }

  /** Exponent of the power forgetting curve; negative (-w20). */
  public double decay() {
    return decay;
  }

  /** Chosen so that R(S, S) = 0.9: 0.9^(1/decay) - 1, rounded to 8 decimals. */
  public double factor() {
    return factor;
  }

  /** R(t, S) = (1 + factor * t / S)^decay; R(0, S) = 1. */
  public double retrievability(double elapsedDays, double stability) {
    return r8(Math.pow(1 + factor * elapsedDays / stability, decay));
  }

  /** Multiplier turning S into the interval at which R falls to {@code desiredRetention}. */
  public double intervalModifier(double desiredRetention) {
    if (!(desiredRetention > 0 && desiredRetention <= 1)) {
      throw new IllegalArgumentException(
          "desired retention must be in (0, 1]: " + desiredRetention);
    }
    return r8((Math.pow(desiredRetention, 1 / decay) - 1) / factor);
  }

  /** Whole-day interval for stability S (half-up rounding, at least 1 day, at most the maximum). */
  public static int interval(double stability, double intervalModifier, int maximumInterval) {
    return (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), maximumInterval);
  }

  /** S0(G) = w[G-1], floored at 0.1 as ts-fsrs does. */
  public double initialStability(Rating rating) {
    return Math.max(p.w(rating.value() - 1), 0.1);
  }

  /** D0(G) clamped to [1, 10]. */
  public double initialDifficulty(Rating rating) {
    return clamp(rawInitialDifficulty(rating), 1, 10);
  }

  /** D0(G) = w4 - e^((G-1) w5) + 1, unclamped: mean reversion aims at the unclamped D0(Easy). */
  private double rawInitialDifficulty(Rating rating) {
    return r8(p.w(4) - Math.exp((rating.value() - 1) * p.w(5)) + 1);
  }

  /** Linear damping towards 10, then mean reversion towards D0(Easy). */
  public double nextDifficulty(double d, Rating rating) {
    double deltaD = -p.w(6) * (rating.value() - 3);
    double damped = d + r8(deltaD * (10 - d) / 9);
    double reverted = r8(p.w(7) * rawInitialDifficulty(Rating.EASY) + (1 - p.w(7)) * damped);
    return clamp(reverted, 1, 10);
  }

  /** S after a successful recall (Hard, Good, Easy) with retrievability r. */
  public double stabilityAfterRecall(double s, double d, double r, Rating rating) {
    double hardPenalty = rating == Rating.HARD ? p.w(15) : 1;
    double easyBonus = rating == Rating.EASY ? p.w(16) : 1;
    double grown =
        s
            * (1
                + Math.exp(p.w(8))
                    * (11 - d)
                    * Math.pow(s, -p.w(9))
                    * (Math.exp((1 - r) * p.w(10)) - 1)
                    * hardPenalty
                    * easyBonus);
    return r8(clamp(grown, S_MIN, S_MAX));
  }

  /**
   * S after a lapse (Again) with retrievability r. Capped so a lapse never raises S: at S / e^(w17
   * w18) with short-term on, at S itself in long-term mode (ts-fsrs then takes w17 = w18 = 0).
   */
  public double stabilityAfterForget(double s, double d, double r, boolean shortTermEnabled) {
    double forgot =
        r8(
            clamp(
                p.w(11)
                    * Math.pow(d, -p.w(12))
                    * (Math.pow(s + 1, p.w(13)) - 1)
                    * Math.exp((1 - r) * p.w(14)),
                S_MIN,
                S_MAX));
    double shrink = shortTermEnabled ? p.w(17) * p.w(18) : 0;
    return Math.min(Math.max(r8(s / Math.exp(shrink)), S_MIN), forgot);
  }

  /** S after a same-day review; Hard, Good and Easy never lower S (ts-fsrs / fsrs-rs rule). */
  public double shortTermStability(double s, Rating rating) {
    double increase = Math.pow(s, -p.w(19)) * Math.exp(p.w(17) * (rating.value() - 3 + p.w(18)));
    if (rating != Rating.AGAIN) {
      increase = Math.max(increase, 1);
    }
    return r8(clamp(s * increase, S_MIN, S_MAX));
  }

  /**
   * Memory state after rating a card {@code elapsedDays} whole days after the previous review.
   *
   * @param prev the state before, or null for a card's first review
   * @param enableShortTerm whether a same-day review (t = 0) uses the short-term formula; if not,
   *     it goes through recall/forget with R = 1
   */
  public MemoryState nextState(
      MemoryState prev, long elapsedDays, Rating rating, boolean enableShortTerm) {
    Objects.requireNonNull(rating, "rating");
    if (prev == null) {
      return new MemoryState(initialStability(rating), initialDifficulty(rating));
    }
    if (elapsedDays < 0) {
      throw new IllegalArgumentException("elapsed days must be >= 0: " + elapsedDays);
    }
    double s = prev.stability();
    double d = prev.difficulty();
    if (!(s >= S_MIN && d >= 1)) {
      throw new IllegalArgumentException("invalid memory state " + prev);
    }
    double nextS;
    if (elapsedDays == 0 && enableShortTerm) {
      nextS = shortTermStability(s, rating);
    } else {
      double r = retrievability(elapsedDays, s);
      nextS =
          rating == Rating.AGAIN
              ? stabilityAfterForget(s, d, r, enableShortTerm)
              : stabilityAfterRecall(s, d, r, rating);
    }
    return new MemoryState(nextS, nextDifficulty(d, rating));
  }

  /** Rounds to 8 decimals like ts-fsrs ({@code Math.round} is half-up in both JS and Java). */
  static double r8(double x) {
    return Math.round(x * 1e8) / 1e8;
  }

  static double clamp(double x, double lo, double hi) {
    return Math.min(Math.max(x, lo), hi);
  }
}
