package tutor.session;

/**
 * When an exercise becomes a leech (docs/mastery.md, "Leeches"): as in Anki, when its lapses reach
 * the threshold, and again every half threshold after that (8, 12, 16... by default), so a
 * re-taught or unsuspended exercise that keeps being forgotten is flagged again.
 */
public final class Leeches {
  private Leeches() {}

  /**
   * Whether the lapse that took the card from {@code lapsesBefore} to {@code lapsesAfter} flags it.
   */
  public static boolean flags(int lapsesBefore, int lapsesAfter, int threshold) {
    if (threshold < 1)
      throw new IllegalArgumentException("leech threshold must be >= 1: " + threshold);
    if (lapsesAfter <= lapsesBefore || lapsesAfter < threshold) return false;
    int every = Math.max(1, threshold / 2);
    return (lapsesAfter - threshold) % every == 0;
  }

  /**
   * The learner's answer to "suspend or re-teach?": s... suspends, r... re-teaches, an empty line
   * takes {@code byDefault} (the setting leech-action); anything else is not understood (empty).
   */
  public static java.util.Optional<tutor.store.Leech.Action> choice(
      String answer, tutor.store.Leech.Action byDefault) {
    String a = answer.strip().toLowerCase(java.util.Locale.ROOT);
    if (a.isEmpty()) return java.util.Optional.of(byDefault);
    if (a.equals("s") || a.equals("suspend"))
      return java.util.Optional.of(tutor.store.Leech.Action.SUSPEND);
    if (a.equals("r") || a.equals("reteach") || a.equals("re-teach"))
      return java.util.Optional.of(tutor.store.Leech.Action.RETEACH);
    return java.util.Optional.empty();
  }
}
