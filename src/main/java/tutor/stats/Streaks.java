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
    Counter counter = new Counter(today);
    studyDays.forEach(counter);
    return counter.streaks();
  }

  /**
   * Streaks from study days given oldest first, one at a time, none kept (a history of decades is
   * tens of thousands of days): days after {@code today} are left out, a day given again is counted
   * once.
   */
  public static final class Counter implements java.util.function.Consumer<LocalDate> {
    private final LocalDate today;
    private int longest;
    private LocalDate longestEnd;
    private int run;
    private LocalDate previous;

    public Counter(LocalDate today) {
      this.today = today;
    }

    @Override
    public void accept(LocalDate d) {
      if (d.isAfter(today) || (previous != null && !d.isAfter(previous))) return;
      run = previous != null && previous.plusDays(1).equals(d) ? run + 1 : 1;
      if (run >= longest) {
        longest = run;
        longestEnd = d;
      }
      previous = d;
    }

    /**
     * The streaks of the days given: the current one runs up to today, or to yesterday while today
     * has no answer yet.
     */
    public Streaks streaks() {
      boolean current =
          previous != null && (previous.equals(today) || previous.equals(today.minusDays(1)));
      return new Streaks(current ? run : 0, longest, longestEnd);
    }
  }
}
