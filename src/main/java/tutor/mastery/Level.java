package tutor.mastery;

import java.util.Locale;

/** What a learner sees of a skill's state. */
public enum Level {
  /** A prerequisite is not mastered yet. */
  LOCKED,
  /** Unlocked, never practised. */
  NEW,
  /** Practised, not yet mastered. */
  LEARNING,
  /** P(known) at or above {@link SkillMastery#MASTERED}, and remembered. */
  MASTERED,
  /** Mastered once, but its exercises are being forgotten: time to practise again. */
  FADING;

  /** The level ignoring memory decay; see {@link MasteryModel#level} for the full picture. */
  public static Level of(SkillMastery m, boolean unlocked) {
    return MasteryModel.level(m, unlocked, 1.0);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
