package tutor.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The learner's day: it starts at the rollover hour (04:00 by default, as in Anki) in the learner's
 * time zone, so a late-night session still counts for the day it began.
 */
public record StudyDay(ZoneId zone, int rolloverHour) {
  public static final int DEFAULT_ROLLOVER_HOUR = 4;

  public StudyDay {
    if (rolloverHour < 0 || rolloverHour > 23) {
      throw new IllegalArgumentException("rollover hour must be 0-23");
    }
  }

  /** The calendar date that {@code at} counts for. */
  public LocalDate dateOf(Instant at) {
    // Compare wall-clock times: subtracting hours on the timeline goes wrong on DST days.
    ZonedDateTime local = ZonedDateTime.ofInstant(at, zone);
    return local.getHour() < rolloverHour ? local.toLocalDate().minusDays(1) : local.toLocalDate();
  }

  /** When the study day containing {@code at} began. */
  public Instant startOf(Instant at) {
    return dateOf(at).atTime(LocalTime.of(rolloverHour, 0)).atZone(zone).toInstant();
  }

  /**
   * Whole study days from {@code last} to {@code now}, for FSRS: the difference of their dates in
   * this zone with this rollover hour, so it stays right across daylight-saving changes. After a
   * move to another time zone both instants are read in the new zone: the learner's days as they
   * live them now.
   */
  public long elapsedDays(Instant last, Instant now) {
    return java.time.temporal.ChronoUnit.DAYS.between(dateOf(last), dateOf(now));
  }

  /** When the study day of {@code date} begins: an exam "on" a date is taken from then on. */
  public Instant startOf(LocalDate date) {
    return date.atTime(LocalTime.of(rolloverHour, 0)).atZone(zone).toInstant();
  }

  /** When the study day containing {@code at} ends (the next day's start). */
  public Instant endOf(Instant at) {
    return dateOf(at).plusDays(1).atTime(LocalTime.of(rolloverHour, 0)).atZone(zone).toInstant();
  }
}
