package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StudyDayTest {
  private final StudyDay paris = new StudyDay(ZoneId.of("Europe/Paris"), 4);

  @Test
  void aSessionAfterMidnightButBeforeRolloverCountsForThePreviousDay() {
    // 02:30 in Paris on 11 March (UTC+1) is still the study day of 10 March.
    assertEquals(LocalDate.of(2026, 3, 10), paris.dateOf(Instant.parse("2026-03-11T01:30:00Z")));
    assertEquals(LocalDate.of(2026, 3, 11), paris.dateOf(Instant.parse("2026-03-11T03:30:00Z")));
  }

  @Test
  void theDayStartsAtTheRolloverHourLocalTime() {
    assertEquals(
        Instant.parse("2026-03-11T03:00:00Z"),
        paris.startOf(Instant.parse("2026-03-11T12:00:00Z")));
    assertEquals(
        Instant.parse("2026-03-12T03:00:00Z"), paris.endOf(Instant.parse("2026-03-11T12:00:00Z")));
  }

  @Test
  void aDayAcrossTheSpringDaylightSavingChangeIsOneDay() {
    // Paris moves from UTC+1 to UTC+2 on 29 March 2026: 22:00 to 22:00 local is only 23 hours.
    Instant before = Instant.parse("2026-03-28T21:00:00Z"); // 22:00 CET
    Instant after = Instant.parse("2026-03-29T20:00:00Z"); // 22:00 CEST
    assertEquals(1, paris.elapsedDays(before, after));
    assertEquals(
        0,
        paris.elapsedDays(before, after.minusSeconds(19 * 3600)),
        "01:00 local is still the 28th's day");
  }

  @Test
  void aDayAcrossTheAutumnDaylightSavingChangeIsOneDay() {
    // On 25 October 2026 Paris goes back to UTC+1: 22:00 to 22:00 local is 25 hours.
    Instant before = Instant.parse("2026-10-24T20:00:00Z"); // 22:00 CEST
    Instant after = Instant.parse("2026-10-25T21:00:00Z"); // 22:00 CET
    assertEquals(1, paris.elapsedDays(before, after));
    // 03:30 local on the 25th (after the clocks went back) is before the 04:00 rollover.
    assertEquals(0, paris.elapsedDays(before, Instant.parse("2026-10-25T02:30:00Z")));
  }

  @Test
  void afterMovingTimeZoneDaysAreCountedAsTheLearnerNowLivesThem() {
    StudyDay newYork = new StudyDay(ZoneId.of("America/New_York"), 4);
    Instant lastInParis =
        Instant.parse("2026-03-10T19:00:00Z"); // 20:00 in Paris, 15:00 in New York
    Instant nowInNewYork = Instant.parse("2026-03-11T12:00:00Z"); // 08:00 in New York
    assertEquals(1, newYork.elapsedDays(lastInParis, nowInNewYork));
    assertEquals(LocalDate.of(2026, 3, 11), newYork.dateOf(nowInNewYork));
  }

  @Test
  void theRolloverHourDecidesWhichDayALateReviewCountsFor() {
    StudyDay midnight = new StudyDay(ZoneId.of("Europe/Paris"), 0);
    Instant late = Instant.parse("2026-03-11T01:30:00Z"); // 02:30 local
    Instant next = Instant.parse("2026-03-11T17:00:00Z");
    assertEquals(1, paris.elapsedDays(late, next), "with a 04:00 rollover 02:30 is still the 10th");
    assertEquals(0, midnight.elapsedDays(late, next));
  }
}
