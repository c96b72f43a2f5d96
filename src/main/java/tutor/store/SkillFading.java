package tutor.store;

import tutor.pack.SkillKey;

/**
 * What a learner's cards say of one skill, as a goal's plan needs it ({@link Store#skillFading}):
 * how many live exercises practise it, and the first day its reviewed ones are fading ({@link
 * tutor.mastery.FadingDay}, in the curve's day numbers).
 */
public record SkillFading(SkillKey skill, int exercises, long fadingFrom) {
  /** Whether the skill's reviewed exercises are fading on {@code day}. */
  public boolean fadingOn(long day) {
    return day >= fadingFrom;
  }
}
