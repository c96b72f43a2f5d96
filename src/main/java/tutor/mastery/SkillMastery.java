package tutor.mastery;

import tutor.schedule.DayCounter;

/**
 * What the tutor believes about one learner's grasp of one skill: P(known) from Bayesian Knowledge
 * Tracing, and the evidence the learner has shown (docs/mastery.md). Two levels come from it:
 * <em>known</em> (P(known) at least {@link #MASTERED}: learned well enough to build on, which
 * unlocks what requires it, even on the day it was learned) and <em>mastered</em> (known, and shown
 * on different exercises on different days: what displays, goals and credentials use).
 */
public record SkillMastery(double pKnown, int attempts, int correct, Evidence evidence) {
  /** P(known) at or above which a skill counts as known (and, with the evidence, as mastered). */
  public static final double MASTERED = 0.95;

  public SkillMastery {
    if (evidence == null) evidence = Evidence.NONE;
  }

  public SkillMastery(double pKnown, int attempts, int correct) {
    this(pKnown, attempts, correct, Evidence.NONE);
  }

  /** A skill never answered: its answers are weighed against guessing from the first. */
  public static SkillMastery fresh(BktParameters p) {
    return new SkillMastery(p.prior(), 0, 0, Evidence.FIRST);
  }

  /**
   * Learned well enough to build on: P(known) at or above {@link #MASTERED}. Unlocks dependants.
   */
  public boolean known() {
    return pKnown >= MASTERED;
  }

  /**
   * Known and shown: right answers to two exercises on two study days (a skill of two or more
   * exercises), and more of them lately than guessing gives ({@link Chance}).
   */
  public boolean mastered() {
    return mastered(Evidence.EXERCISES_NEEDED);
  }

  /**
   * Known and shown, for a skill with {@code exercisesInSkill} exercises: the one rule of
   * "mastered" (docs/mastery.md), as displays, goals, the picker and credentials take it.
   */
  public boolean mastered(int exercisesInSkill) {
    return known() && evidence.met(exercisesInSkill) && evidence.beyondGuessing();
  }

  /** Inferred known by placement and not yet shown by an answer. */
  public boolean placedOnly() {
    return evidence.placed() && !evidence.observed();
  }

  public SkillMastery withEvidence(Evidence e) {
    return new SkillMastery(pKnown, attempts, correct, e);
  }

  /** The Bayesian update on one graded attempt with full weight; the evidence stays as it is. */
  public SkillMastery after(boolean rightAnswer, BktParameters p) {
    return update(rightAnswer, p, 1.0).withEvidence(evidence);
  }

  /**
   * One answer: the Bayesian update weighted by how independent the answer is of the last one to
   * the same exercise ({@link MasteryModel#weight}), and the evidence it adds.
   */
  public SkillMastery after(Observation o, BktParameters p, DayCounter days) {
    double w = MasteryModel.weight(o.previousAnswer(), o.at());
    return update(o.right(), p, w).withEvidence(evidence.after(o, days, p.guess()));
  }

  /**
   * The Bayesian update with the likelihoods raised to the power {@code w} (a tempered update: an
   * answer worth w of an independent one), then the chance of learning from it, also times w.
   */
  private SkillMastery update(boolean rightAnswer, BktParameters p, double w) {
    double known = rightAnswer ? Math.pow(1 - p.slip(), w) : Math.pow(p.slip(), w);
    double unknown = rightAnswer ? Math.pow(p.guess(), w) : Math.pow(1 - p.guess(), w);
    double posterior = pKnown * known / (pKnown * known + (1 - pKnown) * unknown);
    double next = posterior + (1 - posterior) * p.learn() * w;
    return new SkillMastery(next, attempts + 1, correct + (rightAnswer ? 1 : 0), evidence);
  }
}
