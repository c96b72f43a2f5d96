package tutor.schedule;

/** The learner's answer grade, with the FSRS numbering 1..4. */
public enum Rating {
  AGAIN(1),
  HARD(2),
  GOOD(3),
  EASY(4);

  private final int value;

  Rating(int value) {
    this.value = value;
  }

  /** The FSRS grade number G (1 = Again ... 4 = Easy) used in the formulas. */
  public int value() {
    return value;
  }

  public static Rating of(int value) {
    if (value < 1 || value > 4) {
      throw new IllegalArgumentException("rating must be 1..4, got " + value);
    }
    return values()[value - 1];
  }
}
