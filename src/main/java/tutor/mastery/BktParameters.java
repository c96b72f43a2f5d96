package tutor.mastery;

/**
 * Bayesian Knowledge Tracing parameters for one skill.
 *
 * @param prior P(known) before any attempt
 * @param learn P(learning the skill at an attempt, if not yet known)
 * @param guess P(right answer though the skill is not known)
 * @param slip P(wrong answer though the skill is known)
 */
public record BktParameters(double prior, double learn, double guess, double slip) {
  /**
   * Defaults in the range the BKT literature reports for well-designed items. With these, P(known)
   * after 1, 2, 3, 4 right answers in a row is 0.40, 0.78, 0.946, 0.989: four reach mastery.
   */
  public static final BktParameters DEFAULT = new BktParameters(0.1, 0.1, 0.2, 0.1);

  public BktParameters {
    check("prior", prior);
    check("learn", learn);
    check("guess", guess);
    check("slip", slip);
    if (guess + slip >= 1) {
      throw new IllegalArgumentException("guess + slip must be below 1, or answers say nothing");
    }
  }

  private static void check(String name, double v) {
    if (!(v > 0 && v < 1))
      throw new IllegalArgumentException(name + " must be in (0, 1), not " + v);
  }
}
