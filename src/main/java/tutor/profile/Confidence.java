package tutor.profile;

import java.util.Optional;

/**
 * How sure a learner says they are before an auto-graded answer is revealed (with {@code tutor
 * profile set confidence on}). Each level stands for a stated chance of being right, which
 * calibration compares with how often answers at that level were right.
 */
public enum Confidence {
  GUESSING(1, 1.0 / 3, "guessing"),
  FAIRLY_SURE(2, 2.0 / 3, "fairly sure"),
  SURE(3, 1.0, "sure");

  /** What the session asks, one line. */
  public static final String PROMPT = "How sure are you? 1 guessing, 2 fairly sure, 3 sure";

  private final int value;
  private final double probability;
  private final String label;

  Confidence(int value, double probability, String label) {
    this.value = value;
    this.probability = probability;
    this.label = label;
  }

  /** 1, 2 or 3: what is typed and what the reviews table stores. */
  public int value() {
    return value;
  }

  /** The chance of being right this level stands for. */
  public double probability() {
    return probability;
  }

  public String label() {
    return label;
  }

  /** The level stored as {@code value}; empty for null or anything but 1-3. */
  public static Optional<Confidence> of(Integer value) {
    if (value == null) return Optional.empty();
    for (Confidence c : values()) if (c.value == value) return Optional.of(c);
    return Optional.empty();
  }

  /** What the learner typed at the prompt ("1", " 3 "); empty when it is not 1, 2 or 3. */
  public static Optional<Confidence> parse(String typed) {
    if (typed == null) return Optional.empty();
    String t = typed.strip();
    return t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '3'
        ? of(t.charAt(0) - '0')
        : Optional.empty();
  }
}
