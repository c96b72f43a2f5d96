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
  /** P(known) at or above {@link SkillMastery#MASTERED}. */
  MASTERED;

  public static Level of(SkillMastery m, boolean unlocked) {
    if (m != null && m.mastered()) return MASTERED;
    if (!unlocked) return LOCKED;
    return m == null || m.attempts() == 0 ? NEW : LEARNING;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
