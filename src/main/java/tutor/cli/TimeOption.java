package tutor.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads --now: an instant (2026-03-01T09:00:00Z), a local date-time (2026-03-01T09:00), a date
 * (2026-03-01, taken as 09:00 local time) or an offset from now (+1d, +3h, +2w, -30m). The clock
 * then runs on from there, so a session still takes time.
 */
final class TimeOption {
  private static final Pattern OFFSET = Pattern.compile("([+-])(\\d+)([mhdw])");

  private TimeOption() {}

  static Clock clock(String now, Clock system, ZoneId zone) {
    if (now == null || now.isBlank()) return system;
    Instant target = parse(now.strip(), system.instant(), zone);
    return Clock.offset(system, Duration.between(system.instant(), target));
  }

  static Instant parse(String s, Instant realNow, ZoneId zone) {
    Matcher m = OFFSET.matcher(s);
    if (m.matches()) {
      long n = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
      Duration d =
          switch (m.group(3)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
          };
      return realNow.plus(d);
    }
    try {
      if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return java.time.OffsetDateTime.parse(s).toInstant();
      }
      if (s.contains("T")) return LocalDateTime.parse(s).atZone(zone).toInstant();
      return LocalDate.parse(s).atTime(9, 0).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "--now '"
              + s
              + "' is not a time: use 2026-03-01, 2026-03-01T09:00, 2026-03-01T09:00:00Z or +1d");
    }
  }
}
