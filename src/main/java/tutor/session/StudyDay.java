package tutor.session;

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
    return ZonedDateTime.ofInstant(at, zone).minusHours(rolloverHour).toLocalDate();
  }

  /** When the study day containing {@code at} began. */
  public Instant startOf(Instant at) {
    return dateOf(at).atTime(LocalTime.of(rolloverHour, 0)).atZone(zone).toInstant();
  }

  /** When the study day containing {@code at} ends (the next day's start). */
  public Instant endOf(Instant at) {
    return dateOf(at).plusDays(1).atTime(LocalTime.of(rolloverHour, 0)).atZone(zone).toInstant();
  }
}
