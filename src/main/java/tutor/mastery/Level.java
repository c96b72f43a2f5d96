package tutor.mastery;

import java.util.Locale;

/** What a learner sees of a skill's state (docs/mastery.md). */
public enum Level {
  /**
   * A prerequisite is not known yet, and the skill was never practised while they all were
   * (practised by choice while locked, it stays locked).
   */
  LOCKED,
  /** Unlocked, never practised. */
  NEW,
  /** Practised, not yet known. */
  LEARNING,
  /** Inferred known by placement, never answered: enough to build on, not shown. */
  PLACED,
  /**
   * Known (P(known) at least {@link SkillMastery#MASTERED}): learned well enough to build on, but
   * not yet shown on two exercises on two days, or a prerequisite has fallen back.
   */
  LEARNED,
  /** Known, shown on different exercises on different days, remembered, on solid prerequisites. */
  MASTERED,
  /** Known, but its exercises are being forgotten: time to practise again. */
  FADING;

  /** The level ignoring memory decay; see {@link MasteryModel#level} for the full picture. */
  public static Level of(SkillMastery m, boolean prerequisitesKnown) {
    return MasteryModel.level(m, prerequisitesKnown, 1.0);
  }

  /**
   * Place up the ladder: locked, new, learning, placed, fading, learned, mastered (a refreshed
   * fading skill moves up; answering a placed skill right makes it learned). Level changes go up or
   * down by it.
   */
  public int rank() {
    return switch (this) {
      case LOCKED -> 0;
      case NEW -> 1;
      case LEARNING -> 2;
      case PLACED -> 3;
      case FADING -> 4;
      case LEARNED -> 5;
      case MASTERED -> 6;
    };
  }

  /** Known well enough to build on (placed, learned, mastered or fading). */
  public boolean known() {
    return this == PLACED || this == LEARNED || this == MASTERED || this == FADING;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
