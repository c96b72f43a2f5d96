package tutor.optimize;

import java.util.Arrays;

/**
 * The FSRS-6 memory model as the reference optimiser (fsrs-rs) trains it, with derivatives by the
 * 21 weights carried forward along a card's reviews (forward-mode differentiation: each step
 * combines the incoming derivatives of S and D with the step's own analytic partials).
 *
 * <p>It differs from {@code tutor.schedule.FsrsModel} where fsrs-rs differs from ts-fsrs, so that
 * the fit optimises what the reference optimises: no rounding to 8 decimals, no 0.1 floor on the
 * initial stability, and a same-day review always takes the short-term formula. Clamps pass
 * derivatives only when the clamped value is inside its range (bounds included), as in fsrs-rs.
 */
final class TrainingModel {
  static final int WEIGHTS = 21;
  static final double S_MIN = 0.001;
  static final double S_MAX = 36500;
  static final double D_MIN = 1;
  static final double D_MAX = 10;
  private static final double LN_09 = Math.log(0.9);

  private final double[] w;
  private final double decay;
  private final double factor;

  /** d factor / d decay. */
  private final double factorSlope;

  /** D0(Easy) before clamping: what mean reversion pulls towards. */
  private final double easyDifficulty;

  // Scratch space for one step's derivatives, so that training allocates nothing per review.
  private final double[] dR = new double[WEIGHTS];
  private final double[] nextS = new double[WEIGHTS];
  private final double[] nextD = new double[WEIGHTS];

  TrainingModel(double[] weights) {
    if (weights.length != WEIGHTS) throw new IllegalArgumentException("need 21 weights");
    this.w = weights.clone();
    this.decay = -w[20];
    double e = Math.exp(LN_09 / decay);
    this.factor = e - 1;
    this.factorSlope = e * (-LN_09 / (decay * decay));
    this.easyDifficulty = w[4] - Math.exp(3 * w[5]) + 1;
  }

  /** The memory after a card's first review. */
  void start(Memory m, int rating) {
    double s = w[rating - 1];
    double rawD = w[4] - Math.exp(w[5] * (rating - 1)) + 1;
    m.stability = clamp(s, S_MIN, S_MAX);
    m.difficulty = clamp(rawD, D_MIN, D_MAX);
    if (m.tracksDerivatives()) {
      Arrays.fill(m.dStability, 0);
      Arrays.fill(m.dDifficulty, 0);
      if (inside(s, S_MIN, S_MAX)) m.dStability[rating - 1] = 1;
      if (inside(rawD, D_MIN, D_MAX)) {
        m.dDifficulty[4] = 1;
        m.dDifficulty[5] = -(rating - 1) * Math.exp(w[5] * (rating - 1));
      }
    }
  }

  /**
   * Retrievability after {@code days} (R = (1 + factor t / S)^decay); when derivatives are tracked,
   * also fills {@code out} with dR/dw_i.
   */
  double retrievability(Memory m, double days, double[] out) {
    double t = Math.max(days, 0);
    double s = m.stability;
    double base = 1 + factor * t / s;
    double r = Math.pow(base, decay);
    if (out != null && m.tracksDerivatives()) {
      double byS = r * decay / base * (-factor * t / (s * s));
      for (int i = 0; i < WEIGHTS; i++) out[i] = byS * m.dStability[i];
      double byDecay = r * (Math.log(base) + decay / base * (t / s) * factorSlope);
      out[20] -= byDecay; // decay = -w20
    }
    return r;
  }

  /** The memory after a review {@code days} whole days after the previous one. */
  void review(Memory m, int days, int rating) {
    boolean grad = m.tracksDerivatives();
    double newS;
    if (days == 0) {
      newS = shortTerm(m, rating, grad);
    } else {
      double r = retrievability(m, days, grad ? dR : null);
      newS = rating == 1 ? afterLapse(m, r, grad) : afterRecall(m, r, rating, grad);
    }
    if (grad && !inside(newS, S_MIN, S_MAX)) Arrays.fill(nextS, 0);
    double newD = nextDifficulty(m, rating, grad);
    m.stability = clamp(newS, S_MIN, S_MAX);
    m.difficulty = clamp(newD, D_MIN, D_MAX);
    if (grad) {
      System.arraycopy(nextS, 0, m.dStability, 0, WEIGHTS);
      if (inside(newD, D_MIN, D_MAX)) System.arraycopy(nextD, 0, m.dDifficulty, 0, WEIGHTS);
      else Arrays.fill(m.dDifficulty, 0);
    }
  }

  /** Same day: S * e^(w17 (G - 3 + w18)) * S^-w19; Hard, Good and Easy never lower S. */
  private double shortTerm(Memory m, int rating, boolean grad) {
    double s = m.stability;
    double raw = Math.exp(w[17] * (rating - 3 + w[18])) * Math.pow(s, -w[19]);
    if (rating >= 2 && raw < 1) {
      if (grad) System.arraycopy(m.dStability, 0, nextS, 0, WEIGHTS);
      return s;
    }
    double newS = s * raw;
    if (grad) {
      double byS = raw * (1 - w[19]);
      for (int i = 0; i < WEIGHTS; i++) nextS[i] = byS * m.dStability[i];
      nextS[17] += newS * (rating - 3 + w[18]);
      nextS[18] += newS * w[17];
      nextS[19] -= newS * Math.log(s);
    }
    return newS;
  }

  /**
   * Lapse: w11 D^-w12 ((S+1)^w13 - 1) e^((1-R) w14), but never above S / e^(w17 w18), so a lapse
   * cannot raise stability.
   */
  private double afterLapse(Memory m, double r, boolean grad) {
    double s = m.stability;
    double d = m.difficulty;
    double dPow = Math.pow(d, -w[12]);
    double sPow = Math.pow(s + 1, w[13]);
    double growth = Math.exp((1 - r) * w[14]);
    double raw = w[11] * dPow * (sPow - 1) * growth;
    double ceiling = s / Math.exp(w[17] * w[18]);
    if (ceiling < raw) {
      if (grad) {
        double byS = 1 / Math.exp(w[17] * w[18]);
        for (int i = 0; i < WEIGHTS; i++) nextS[i] = byS * m.dStability[i];
        nextS[17] -= ceiling * w[18];
        nextS[18] -= ceiling * w[17];
      }
      return ceiling;
    }
    if (grad) {
      double byS = w[11] * dPow * growth * w[13] * Math.pow(s + 1, w[13] - 1);
      double byD = w[11] * (sPow - 1) * growth * -w[12] * Math.pow(d, -w[12] - 1);
      double byR = -raw * w[14];
      for (int i = 0; i < WEIGHTS; i++) {
        nextS[i] = byS * m.dStability[i] + byD * m.dDifficulty[i] + byR * dR[i];
      }
      nextS[11] += dPow * (sPow - 1) * growth;
      nextS[12] -= raw * Math.log(d);
      nextS[13] += w[11] * dPow * growth * sPow * Math.log(s + 1);
      nextS[14] += raw * (1 - r);
    }
    return raw;
  }

  /** Recall: S (1 + e^w8 (11 - D) S^-w9 (e^((1-R) w10) - 1) hard easy). */
  private double afterRecall(Memory m, double r, int rating, boolean grad) {
    double s = m.stability;
    double d = m.difficulty;
    double hard = rating == 2 ? w[15] : 1;
    double easy = rating == 4 ? w[16] : 1;
    double sPow = Math.pow(s, -w[9]);
    double boost = Math.exp((1 - r) * w[10]);
    // inc = scale * (boost - 1): everything but the retrievability term.
    double scale = Math.exp(w[8]) * (11 - d) * sPow * hard * easy;
    double inc = scale * (boost - 1);
    double newS = s * (1 + inc);
    if (grad) {
      double byS = 1 + inc * (1 - w[9]);
      double byD = -s * Math.exp(w[8]) * sPow * (boost - 1) * hard * easy;
      double byR = -s * scale * boost * w[10];
      for (int i = 0; i < WEIGHTS; i++) {
        nextS[i] = byS * m.dStability[i] + byD * m.dDifficulty[i] + byR * dR[i];
      }
      nextS[8] += s * inc;
      nextS[9] -= s * inc * Math.log(s);
      nextS[10] += s * scale * boost * (1 - r);
      double withoutBonuses = s * Math.exp(w[8]) * (11 - d) * sPow * (boost - 1);
      if (rating == 2) nextS[15] += withoutBonuses;
      if (rating == 4) nextS[16] += withoutBonuses;
    }
    return newS;
  }

  /** D + (10 - D) (-w6 (G - 3)) / 9, then mean reversion by w7 towards D0(Easy); unclamped. */
  private double nextDifficulty(Memory m, int rating, boolean grad) {
    double d = m.difficulty;
    double change = -w[6] * (rating - 3);
    double damped = d + (10 - d) * change / 9;
    double reverted = w[7] * (easyDifficulty - damped) + damped;
    if (grad) {
      double byD = (1 - w[7]) * (1 - change / 9);
      for (int i = 0; i < WEIGHTS; i++) nextD[i] = byD * m.dDifficulty[i];
      nextD[6] += (1 - w[7]) * (10 - d) * -(rating - 3) / 9.0;
      nextD[7] += easyDifficulty - damped;
      nextD[4] += w[7];
      nextD[5] += w[7] * -3 * Math.exp(3 * w[5]);
    }
    return reverted;
  }

  private static boolean inside(double x, double lo, double hi) {
    return x >= lo && x <= hi;
  }

  private static double clamp(double x, double lo, double hi) {
    return Math.min(Math.max(x, lo), hi);
  }
}
