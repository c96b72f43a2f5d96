package tutor.store;

import tutor.mastery.MasteryModel;
import tutor.pack.SkillKey;

/**
 * What a learner's cards say of one skill, summed by the store: how many installed exercises
 * practise it (as any of their skills, retired ones left out), how many of those the learner has a
 * card for, and the retrievability of the seen ones (not new), summed exactly.
 *
 * @param recallUnits sum of the retrievability of the seen exercises, in exact units of 1e-8
 *     ({@link MasteryModel#recallUnits})
 * @param recalled how many exercises that sum is over
 */
public record SkillTally(SkillKey skill, int exercises, int seen, long recallUnits, int recalled) {
  /** Mean retrievability of the seen exercises; 1 when there are none. */
  public double meanRecall() {
    return MasteryModel.meanRecall(recallUnits, recalled);
  }

  /** Sum of the retrievability of the seen exercises. */
  public double recallSum() {
    return recallUnits / 1e8;
  }
}
