package tutor.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a learner's confidence matches their results (docs/profile.md).
 *
 * <ul>
 *   <li>per level: answers, right ones, and the share right beside the chance the level stands for;
 *   <li>Brier score: the mean of (stated chance - outcome)^2 with outcome 1 for right, 0 for wrong;
 *       0 is perfect, lower is better;
 *   <li>the Brier score of always stating the overall share right, p(1 - p): below it, confidence
 *       tells right answers from wrong ones;
 *   <li>confident errors: wrong answers given as "sure", the misconceptions worth fixing.
 * </ul>
 *
 * @param rows one per level, guessing first, also for levels never used
 * @param brier NaN without answers
 * @param baseRateBrier NaN without answers
 */
public record Calibration(
    List<Row> rows,
    int answers,
    int right,
    double brier,
    double baseRateBrier,
    int confidentErrors) {

  /** Within this much of the stated chance, on average, a learner counts as well calibrated. */
  public static final double WELL_CALIBRATED = 0.1;

  /** One answer with its stated confidence. */
  public record Judged(Confidence confidence, boolean right) {}

  /** One confidence level. */
  public record Row(Confidence level, int answers, int right) {
    /** Share of these answers that were right; NaN without answers. */
    public double shareRight() {
      return answers == 0 ? Double.NaN : right / (double) answers;
    }

    /** Share right minus the stated chance: negative means overconfident at this level. */
    public double gap() {
      return shareRight() - level.probability();
    }
  }

  public Calibration {
    rows = List.copyOf(rows);
  }

  public static Calibration of(List<Judged> answers) {
    int[] n = new int[Confidence.values().length];
    int[] r = new int[n.length];
    double squared = 0;
    int right = 0;
    int confidentErrors = 0;
    for (Judged j : answers) {
      int i = j.confidence().ordinal();
      n[i]++;
      double outcome = j.right() ? 1 : 0;
      squared +=
          (j.confidence().probability() - outcome) * (j.confidence().probability() - outcome);
      if (j.right()) {
        r[i]++;
        right++;
      } else if (j.confidence() == Confidence.SURE) {
        confidentErrors++;
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Confidence c : Confidence.values()) rows.add(new Row(c, n[c.ordinal()], r[c.ordinal()]));
    int total = answers.size();
    double p = total == 0 ? Double.NaN : right / (double) total;
    return new Calibration(
        rows,
        total,
        right,
        total == 0 ? Double.NaN : squared / total,
        p * (1 - p),
        confidentErrors);
  }

  public boolean empty() {
    return answers == 0;
  }

  /** Mean stated chance minus share right: positive is overconfident, negative underconfident. */
  public double overconfidence() {
    if (empty()) return Double.NaN;
    double stated = 0;
    for (Row row : rows) stated += row.answers() * row.level().probability();
    return (stated - right) / answers;
  }

  /**
   * "well calibrated", "overconfident" or "underconfident"; "no confidence ratings yet" when empty.
   */
  public String verdict() {
    if (empty()) return "no confidence ratings yet";
    double o = overconfidence();
    if (Math.abs(o) <= WELL_CALIBRATED) return "well calibrated";
    return o > 0 ? "overconfident" : "underconfident";
  }
}
