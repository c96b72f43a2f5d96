package tutor.credential;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a credential, read as strictly as VC Data Model 2.0 ("Representing Time") and Data
 * Integrity require: an XML Schema 1.1 dateTimeStamp, that is an RFC 3339 date and time with its
 * time zone ("2026-04-12T18:30:00Z", "2026-04-12T20:30:00.5+02:00"). A date alone, a time without a
 * zone, a space for the "T", a lowercase "z", 31 April or hour 25 are refused, not guessed at.
 * Years have four digits: tutor reads none before 0000 or after 9999.
 */
public final class XsdDateTime {
  private static final Pattern FORM =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,12}))?(Z|([+-])(\\d{2}):(\\d{2}))");

  private XsdDateTime() {}

  /**
   * The instant {@code text} names; throws IllegalArgumentException when it is not a dateTimeStamp.
   */
  public static Instant parse(String text) {
    Matcher m = FORM.matcher(text);
    if (text.length() > 40 || !m.matches()) {
      throw new IllegalArgumentException(
          "not a date and time with its time zone, like 2026-04-12T18:30:00Z");
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      int second = Integer.parseInt(m.group(6));
      String fraction = m.group(7) == null ? "" : m.group(7);
      LocalDateTime local;
      if (hour == 24) { // XML Schema's end of day: 24:00:00 is the next day's 00:00:00
        if (minute != 0 || second != 0 || !fraction.matches("0*"))
          throw new DateTimeException("hour 24");
        local = date.plusDays(1).atStartOfDay();
      } else {
        int nanos =
            fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        local = LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos));
      }
      ZoneOffset offset = ZoneOffset.UTC;
      if (!m.group(8).equals("Z")) {
        int h = Integer.parseInt(m.group(10));
        int min = Integer.parseInt(m.group(11));
        if (h > 14 || min > 59 || (h == 14 && min != 0)) throw new DateTimeException("offset");
        int seconds = (h * 60 + min) * 60;
        offset = ZoneOffset.ofTotalSeconds(m.group(9).equals("-") ? -seconds : seconds);
      }
      return local.toInstant(offset);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "not a date and time that exists (month, day, hour, minute or zone out of" + " range)");
    }
  }
}
