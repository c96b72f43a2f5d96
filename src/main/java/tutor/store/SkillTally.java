package tutor.store;

import tutor.pack.SkillKey;

/**
 * What a learner's cards say of one skill, summed by the store: how many installed exercises
 * practise it (as any of their skills, retired ones left out), how many of those the learner has a
 * card for, and the retrievability of the seen ones (not new), summed in teaching order.
 *
 * @param recallSum sum of the retrievability of the seen exercises
 * @param recalled how many exercises that sum is over
 */
public record SkillTally(SkillKey skill, int exercises, int seen, double recallSum, int recalled) {
  /** Mean retrievability of the seen exercises; 1 when there are none. */
  public double meanRecall() {
    return recalled == 0 ? 1.0 : recallSum / recalled;
  }
}
