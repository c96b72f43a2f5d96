package tutor.schedule;

import java.time.Instant;

/**
 * Counts whole "days" between two reviews. FSRS only ever sees whole days. This is a seam: a
 * learner-local calendar with a rollover hour can be plugged in later.
 */
@FunctionalInterface
public interface DayCounter {

  long elapsedDays(Instant last, Instant now);

  /**
   * Difference of UTC calendar dates (what ts-fsrs does), not elapsed 24-hour periods: 23:00 to
   * 01:00 next day is 1, 00:01 to 23:59 the same day is 0.
   */
  DayCounter UTC =
      (last, now) ->
          Math.floorDiv(now.toEpochMilli(), 86_400_000L)
              - Math.floorDiv(last.toEpochMilli(), 86_400_000L);
}
