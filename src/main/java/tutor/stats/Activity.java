package tutor.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import tutor.schedule.StudyDay;
import tutor.store.History;
import tutor.store.LoggedReview;

/**
 * The review log summed per study day (the learner's day, see {@link StudyDay}), and over spans of
 * days.
 */
public final class Activity {
  private final SortedMap<LocalDate, Period> days = new TreeMap<>();

  private Activity() {}

  public static Activity of(List<LoggedReview> log, StudyDay day) {
    return ofTallies(History.tallies(log), day);
  }

  /**
   * From the log summed per quarter of an hour (what the database gives, {@link
   * ReviewLog#tallies}).
   */
  public static Activity ofTallies(List<History.Tally> tallies, StudyDay day) {
    Activity a = new Activity();
    for (History.Tally t : tallies) {
      LocalDate d = day.dateOf(t.start());
      Period one =
          new Period(d, d, 1, t.answers(), t.reviews(), t.recalled(), t.timedMillis(), t.untimed());
      a.days.merge(
          d,
          one,
          (x, y) ->
              new Period(
                  d,
                  d,
                  1,
                  x.answers() + y.answers(),
                  x.reviews() + y.reviews(),
                  x.recalled() + y.recalled(),
                  x.timedMillis() + y.timedMillis(),
                  x.untimed() + y.untimed()));
    }
    return a;
  }

  /** Each day with at least one answer. */
  public SortedMap<LocalDate, Period> days() {
    return days;
  }

  public Streaks streaks(LocalDate today) {
    return Streaks.of(new java.util.TreeSet<>(days.keySet()), today);
  }

  /** Totals of the days from {@code start} to {@code end}, both included. */
  public Period between(LocalDate start, LocalDate end) {
    Period p = Period.empty(start, end);
    for (Period d : days.subMap(start, end.plusDays(1)).values()) p = p.plus(d);
    return p;
  }

  /** The last {@code n} days, oldest first, today last. */
  public List<Period> lastDays(LocalDate today, int n) {
    List<Period> out = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) out.add(between(today.minusDays(i), today.minusDays(i)));
    return out;
  }

  /** The last {@code n} weeks (Monday to Sunday), oldest first, this week last. */
  public List<Period> lastWeeks(LocalDate today, int n) {
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<Period> out = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      LocalDate start = monday.minusWeeks(i);
      out.add(between(start, start.plusDays(6)));
    }
    return out;
  }

  /** Calendar months from the first with an answer (at most {@code n} back) to this one. */
  public List<Period> months(LocalDate today, int n) {
    YearMonth now = YearMonth.from(today);
    YearMonth first = days.isEmpty() ? now : YearMonth.from(days.firstKey());
    if (first.isBefore(now.minusMonths(n - 1L))) first = now.minusMonths(n - 1L);
    List<Period> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1))
      out.add(between(m.atDay(1), m.atEndOfMonth()));
    return out;
  }
}
