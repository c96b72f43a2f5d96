package tutor.session;

import java.time.LocalDate;

/**
 * Dates in words, in English, as DateTimeFormatter writes them with Locale.ENGLISH ("EEE d MMM",
 * "EEEE d MMMM"). Written out here because the JDK's locale data takes a few hundredths of a second
 * to load, which short commands (tutor due, the end of a session) would pay every time.
 */
public final class EnglishDates {
  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private EnglishDates() {}

  /** "Mon 2 Mar". */
  public static String shortDate(LocalDate d) {
    return DAYS[d.getDayOfWeek().ordinal()].substring(0, 3)
        + " "
        + d.getDayOfMonth()
        + " "
        + MONTHS[d.getMonthValue() - 1].substring(0, 3);
  }

  /** "Monday 2 March". */
  public static String longDate(LocalDate d) {
    return DAYS[d.getDayOfWeek().ordinal()]
        + " "
        + d.getDayOfMonth()
        + " "
        + MONTHS[d.getMonthValue() - 1];
  }
}
