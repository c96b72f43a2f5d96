package tutor.mastery;

import tutor.pack.Exercise;

/**
 * How knowledge (BKT) and memory (FSRS) combine into what the learner sees and what the picker
 * uses. Thresholds, documented in docs/mastery.md:
 *
 * <ul>
 *   <li>mastered: P(known) ≥ 0.95 and the mean predicted recall of the skill's reviewed exercises
 *       is at least 0.85;
 *   <li>fading: P(known) ≥ 0.95 but that mean recall has fallen below 0.85 (not practised for a
 *       while): the skill comes back into practice;
 *   <li>a skill unlocks once every prerequisite has reached P(known) ≥ 0.95 (fading does not lock
 *       it again; it sends the learner back to the prerequisite instead).
 * </ul>
 */
public final class MasteryModel {
  /** Below this mean recall a mastered skill is shown as fading. */
  public static final double FADING_BELOW = 0.85;

  private MasteryModel() {}

  /** P(known) discounted by memory: what the learner could show today. */
  public static double effective(SkillMastery m, double meanRecall) {
    return m.pKnown() * meanRecall;
  }

  /**
   * @param meanRecall mean FSRS retrievability now of the skill's reviewed exercises (1 if none)
   */
  public static Level level(SkillMastery m, boolean unlocked, double meanRecall) {
    if (m != null && m.mastered()) return meanRecall < FADING_BELOW ? Level.FADING : Level.MASTERED;
    if (!unlocked) return Level.LOCKED;
    return m == null || m.attempts() == 0 ? Level.NEW : Level.LEARNING;
  }

  /**
   * The parameters for an answer to {@code exercise}: the skill's own (or the defaults), with the
   * guess rate of a choice following its number of options (1 in n, or 1 in 2^n - 1 subsets when
   * several options are correct).
   */
  public static BktParameters forExercise(BktParameters skill, Exercise exercise) {
    BktParameters p = skill == null ? BktParameters.DEFAULT : skill;
    if (exercise.body() instanceof Exercise.Choice c) {
      int n = c.options().size();
      double guess = c.multiple() ? 1.0 / (Math.pow(2, n) - 1) : 1.0 / n;
      guess = Math.min(guess, 0.98 - p.slip());
      return new BktParameters(p.prior(), p.learn(), Math.max(0.001, guess), p.slip());
    }
    return p;
  }

  /**
   * Predicted P(right answer) to a new exercise: guess + (1 - guess - slip) * P(known at this
   * difficulty), where P(known at difficulty d) = sigmoid(logit(mastery) - 0.8 (d - 2)).
   */
  public static double predictNew(double effectiveMastery, double difficulty, BktParameters p) {
    // A logistic step of 0.8 logits per difficulty level around the pack's average item (2):
    // an easy item (1) is answered more often than BKT alone predicts, a hard one (5) less.
    double m = Math.min(0.99, Math.max(0.01, effectiveMastery));
    double known = sigmoid(Math.log(m / (1 - m)) - 0.8 * (difficulty - 2));
    return p.guess() + (1 - p.guess() - p.slip()) * known;
  }

  /** Pseudo-answers the pack author's difficulty counts for when answers refine it. */
  public static final int AUTHOR_WEIGHT = 10;

  /**
   * The pack's difficulty refined by learners' first attempts: a weighted mean of the author's
   * rating (worth {@link #AUTHOR_WEIGHT} answers) and the difficulty the answers show,
   * 1 + 4 × (share of first attempts that were wrong).
   */
  public static double refinedDifficulty(int packDifficulty, int firstAttempts, int firstRight) {
    if (firstAttempts <= 0) return packDifficulty;
    double observed = 1 + 4 * (1 - firstRight / (double) firstAttempts);
    return (AUTHOR_WEIGHT * packDifficulty + firstAttempts * observed) / (AUTHOR_WEIGHT + firstAttempts);
  }

  /** Right answers in a row BKT needs to take P(known) from {@code pKnown} to mastery. */
  public static int rightAnswersToMaster(double pKnown, BktParameters p) {
    SkillMastery m = new SkillMastery(pKnown, 0, 0);
    int n = 0;
    while (!m.mastered() && n < 100) {
      m = m.after(true, p);
      n++;
    }
    return n;
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
