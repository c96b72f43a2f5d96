package tutor.stats;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * Runs of consecutive study days. The current streak counts back from today, or from yesterday
 * while today has no answer yet: a streak is not broken until the day is over.
 *
 * @param longestEnd the last day of the longest streak (the latest if several), null without one
 */
public record Streaks(int current, int longest, LocalDate longestEnd) {

  public static Streaks of(SortedSet<LocalDate> studyDays, LocalDate today) {
    int longest = 0;
    LocalDate longestEnd = null;
    int run = 0;
    LocalDate previous = null;
    for (LocalDate d : studyDays) {
      if (d.isAfter(today)) break;
      run = previous != null && previous.plusDays(1).equals(d) ? run + 1 : 1;
      if (run >= longest) {
        longest = run;
        longestEnd = d;
      }
      previous = d;
    }
    LocalDate from = studyDays.contains(today) ? today : today.minusDays(1);
    int current = 0;
    while (studyDays.contains(from.minusDays(current))) current++;
    return new Streaks(current, longest, longestEnd);
  }
}
