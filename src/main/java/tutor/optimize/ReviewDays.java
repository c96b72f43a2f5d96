package tutor.optimize;

/**
 * Numbers the learner's days, so that the days between two reviews are a difference of day numbers.
 * FSRS only sees whole days; where a day starts (Anki's "next day starts at") decides whether two
 * late-evening and early-morning reviews are on the same day.
 */
@FunctionalInterface
public interface ReviewDays {

  /** The number of the day that {@code epochMillis} belongs to; later days have larger numbers. */
  long dayOf(long epochMillis);

  /**
   * Days that start at {@code hour}:00 UTC every day, counted exactly as Anki counts them ({@code
   * days_elapsed = floor((next_day_at - floor(ms / 1000)) / 86400)}): an answer at the very second
   * a day starts still belongs to the day before.
   */
  static ReviewDays startingAtUtcHour(int hour) {
    if (hour < 0 || hour > 23) throw new IllegalArgumentException("hour must be 0-23: " + hour);
    long dayStart = hour * 3600L;
    return ms -> -Math.floorDiv(dayStart - Math.floorDiv(ms, 1000L), 86_400L);
  }
}
