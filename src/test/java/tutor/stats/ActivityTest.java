package tutor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tutor.pack.CardKey;
import tutor.schedule.CardPhase;
import tutor.schedule.StudyDay;
import tutor.store.LoggedReview;

class ActivityTest {
  private static final StudyDay PARIS = new StudyDay(ZoneId.of("Europe/Paris"), 4);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private static TreeSet<LocalDate> days(String... isoDates) {
    TreeSet<LocalDate> out = new TreeSet<>();
    for (String d : isoDates) out.add(LocalDate.parse(d));
    return out;
  }

  @Test
  void theCurrentStreakCountsBackFromTodayOrFromYesterdayUntilTodayIsOver() {
    assertEquals(3, Streaks.of(days("2026-03-08", "2026-03-09", "2026-03-10"), TODAY).current());
    assertEquals(
        2, Streaks.of(days("2026-03-08", "2026-03-09"), TODAY).current(), "today not studied yet");
    assertEquals(
        0, Streaks.of(days("2026-03-07", "2026-03-08"), TODAY).current(), "a day was missed");
    assertEquals(0, Streaks.of(days(), TODAY).current());
  }

  @Test
  void theLongestStreakIsTheLongestRunAndWhenItEnded() {
    Streaks s =
        Streaks.of(
            days("2026-02-01", "2026-02-02", "2026-02-03", "2026-02-05", "2026-03-10"), TODAY);
    assertEquals(3, s.longest());
    assertEquals(LocalDate.parse("2026-02-03"), s.longestEnd());
    assertEquals(1, s.current());
  }

  private static LoggedReview entry(String at, String phase, int rating, Long ms) {
    return new LoggedReview(
        new CardKey("p", "x"),
        Instant.parse(at),
        "study",
        rating,
        rating > 1,
        ms,
        0,
        "",
        CardPhase.fromName(phase),
        null);
  }

  @Test
  void answersCountForTheStudyDayTheyBelongToNotTheCalendarDay() {
    // 02:30 in Paris on the 10th is before the 04:00 rollover: it counts for the 9th.
    Activity a = Activity.of(List.of(entry("2026-03-10T01:30:00Z", "new", 3, 1000L)), PARIS);
    assertEquals(List.of(LocalDate.parse("2026-03-09")), List.copyOf(a.days().keySet()));
  }

  @Test
  void retentionCountsOnlyReviewPhaseAnswersAndTimeKeepsUntimedAnswersApart() {
    Activity a =
        Activity.of(
            List.of(
                entry("2026-03-02T09:00:00Z", "new", 1, 4000L),
                entry("2026-03-02T09:01:00Z", "learning", 1, 5000L),
                entry("2026-03-03T09:00:00Z", "review", 3, null),
                entry("2026-03-03T09:01:00Z", "review", 1, null),
                entry("2026-03-04T09:00:00Z", "review", 2, 6000L)),
            PARIS);
    Period march = a.months(TODAY, 6).get(0);
    assertEquals(3, march.reviews());
    assertEquals(2, march.recalled());
    assertEquals(2 / 3.0, march.retention(), 1e-9);
    assertEquals(15000, march.timedMillis());
    assertEquals(2, march.untimed());
    assertTrue(
        a.between(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-03")).timeUnknown());
    List<Period> weeks = a.lastWeeks(TODAY, 2);
    assertEquals(LocalDate.parse("2026-03-02"), weeks.get(0).start(), "weeks start on Monday");
    assertEquals(3, weeks.get(0).studyDays());
    assertEquals(0, weeks.get(1).answers());
  }
}
