package tutor.pack;

/** Which differences count when a typed answer is compared with the key. */
public record Normalization(
    boolean caseSensitive,
    boolean accentSensitive,
    boolean punctuationSensitive,
    boolean whitespaceSensitive) {

  /** Forgiving by default: only the letters and their order count. */
  public static final Normalization DEFAULT = new Normalization(false, false, false, false);
}
