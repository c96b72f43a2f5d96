package tutor.session;

import java.time.Duration;

/** Durations in the words a learner reads. */
public final class Durations {
  private Durations() {}

  public static String in(Duration d) {
    long minutes = Math.max(0, Math.round(d.toSeconds() / 60.0));
    if (minutes < 1) return "now";
    if (minutes < 60) return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
    long hours = Math.round(minutes / 60.0);
    if (hours < 24) return "in " + hours + (hours == 1 ? " hour" : " hours");
    long days = Math.round(minutes / 1440.0);
    if (days < 60) return "in " + days + (days == 1 ? " day" : " days");
    long months = Math.round(days / 30.4);
    if (months < 24) return "in " + months + " months";
    return "in " + Math.round(days / 365.25) + " years";
  }

  /** An interval in few letters, for previews: 1m, 6m, 3h, 6d, 2mo, 1y. */
  public static String compact(Duration d) {
    long minutes = Math.max(0, Math.round(d.toSeconds() / 60.0));
    if (minutes < 60) return Math.max(1, minutes) + "m";
    if (minutes < 1440) return Math.round(minutes / 60.0) + "h";
    long days = Math.round(minutes / 1440.0);
    if (days < 60) return days + "d";
    if (days < 730) return Math.round(days / 30.4) + "mo";
    return Math.round(days / 365.25) + "y";
  }

  /** A session length: 4:05, or 1:02:03. */
  public static String clock(Duration d) {
    long s = Math.max(0, d.getSeconds());
    // Not String.format: its first use loads locale data, which the first exercise would wait for.
    return s >= 3600
        ? s / 3600 + ":" + twoDigits(s / 60 % 60) + ":" + twoDigits(s % 60)
        : s / 60 + ":" + twoDigits(s % 60);
  }

  /**
   * Study time in words, to the second under an hour: "45 s", "2 min 21 s", "1 h 5 min". Not a
   * clock's 2:21, which reads as the time of day or as minutes and seconds alike.
   */
  public static String words(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s < 60) return s + " s";
    if (s < 3600) return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
    long minutes = s / 60 % 60;
    return s / 3600 + " h" + (minutes == 0 ? "" : " " + minutes + " min");
  }

  private static String twoDigits(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }
}
