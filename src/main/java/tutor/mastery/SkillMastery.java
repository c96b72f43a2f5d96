package tutor.mastery;

/** What the tutor believes about one learner's grasp of one skill. */
public record SkillMastery(double pKnown, int attempts, int correct) {
  /** P(known) at or above which a skill counts as mastered. */
  public static final double MASTERED = 0.95;

  public static SkillMastery fresh(BktParameters p) {
    return new SkillMastery(p.prior(), 0, 0);
  }

  public boolean mastered() {
    return pKnown >= MASTERED;
  }

  /** The Bayesian update on one graded attempt, then the chance of learning from it. */
  public SkillMastery after(boolean rightAnswer, BktParameters p) {
    double posterior = rightAnswer
        ? pKnown * (1 - p.slip()) / (pKnown * (1 - p.slip()) + (1 - pKnown) * p.guess())
        : pKnown * p.slip() / (pKnown * p.slip() + (1 - pKnown) * (1 - p.guess()));
    double next = posterior + (1 - posterior) * p.learn();
    return new SkillMastery(next, attempts + 1, correct + (rightAnswer ? 1 : 0));
  }
}
