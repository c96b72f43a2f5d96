package tutor.session;

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
    assertEquals(Instant.parse("2026-03-11T03:00:00Z"), paris.startOf(Instant.parse("2026-03-11T12:00:00Z")));
    assertEquals(Instant.parse("2026-03-12T03:00:00Z"), paris.endOf(Instant.parse("2026-03-11T12:00:00Z")));
  }
}
