package tutor.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tutor.schedule.StudyDay;

/**
 * {@link StudyCandidates#STUDY_DAYS_MARGIN} bounds a learner's whole study days from above by the
 * real days between two instants: the store sorts reviews by that bound and the picker stops
 * reading when the bound says no unread card can rank higher, so a bound too small would skip a
 * card. Checked in zones with daylight saving, half-hour offsets, the extremes of +14 and -11, and
 * Samoa's skipped day (29 to 31 December 2011), with every rollover hour.
 */
class StudyDaysMarginTest {
  private static final List<String> ZONES =
      List.of(
          "UTC",
          "America/New_York",
          "Europe/Berlin",
          "Australia/Lord_Howe",
          "America/St_Johns",
          "Asia/Kathmandu",
          "Pacific/Kiritimati",
          "Pacific/Pago_Pago",
          "Pacific/Apia");

  @Test
  void studyDaysNeverExceedRealDaysPlusTheMargin() {
    Random rnd = new Random(22);
    Instant samoa = Instant.parse("2011-12-29T00:00:00Z");
    double worst = Double.NEGATIVE_INFINITY;
    for (int n = 0; n < 200_000; n++) {
      StudyDay day = new StudyDay(ZoneId.of(ZONES.get(rnd.nextInt(ZONES.size()))), rnd.nextInt(24));
      Instant last =
          (rnd.nextBoolean() ? samoa : Instant.parse("2026-03-01T00:00:00Z"))
              .plus(Duration.ofMinutes(rnd.nextInt(4 * 24 * 60) - 2 * 24 * 60));
      Instant now =
          last.plus(
              Duration.ofMinutes(rnd.nextInt(rnd.nextBoolean() ? 3 * 24 * 60 : 400 * 24 * 60)));
      double realDays = (now.toEpochMilli() - last.toEpochMilli()) / 86_400_000.0;
      long studyDays = day.elapsedDays(last, now);
      worst = Math.max(worst, studyDays - realDays);
      assertTrue(
          studyDays < realDays + StudyCandidates.STUDY_DAYS_MARGIN - 0.1,
          day + " from " + last + " to " + now + ": " + studyDays + " study days");
    }
    // Across Samoa's skipped day the dates run a day and more ahead of the clock: a margin of one
    // day (dates alone) would not do.
    assertTrue(worst > 1.5, "the largest excess seen: " + worst);
  }
}
