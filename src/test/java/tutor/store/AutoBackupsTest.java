package tutor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rotation of automatic backups: newest of each of the last days, weeks and months, and the
 * last 24 hours.
 */
class AutoBackupsTest {
  @TempDir Path dir;

  private static AutoBackups.Entry at(String time, String reason) {
    LocalDateTime t = LocalDateTime.parse(time);
    return new AutoBackups.Entry(Path.of(time + "-" + reason), t, reason, 1);
  }

  @Test
  void keepsTheNewestOfEachOfTheLastDaysWeeksAndMonths() {
    List<AutoBackups.Entry> all = new ArrayList<>();
    LocalDate start = LocalDate.parse("2025-01-01");
    for (int d = 0; d < 400; d++) {
      all.add(at(start.plusDays(d) + "T08:00:00", "daily"));
      all.add(at(start.plusDays(d) + "T20:00:00", "before-undo"));
    }
    LocalDateTime now = LocalDateTime.parse(start.plusDays(399) + "T21:00:00");
    List<Path> kept =
        AutoBackups.keep(
            all, new AutoBackups.Rotation(7, 4, 6), now.atZone(ZoneId.systemDefault()).toInstant());
    List<String> names = kept.stream().map(Path::toString).toList();
    // the last 24 hours: both of the last day; days: the evening ones of the last 7 days
    assertTrue(names.contains(start.plusDays(399) + "T08:00:00-daily"), names.toString());
    for (int d = 393; d <= 399; d++)
      assertTrue(names.contains(start.plusDays(d) + "T20:00:00-before-undo"), "day " + d);
    assertTrue(!names.contains(start.plusDays(392) + "T08:00:00-daily"));
    // months: the last evening of each of the last 6 months
    assertTrue(names.contains("2025-12-31T20:00:00-before-undo"), names.toString());
    assertTrue(names.contains("2025-11-30T20:00:00-before-undo"), names.toString());
    assertTrue(!names.contains("2025-06-30T20:00:00-before-undo"), names.toString());
    assertTrue(kept.size() <= 1 + 7 + 4 + 6, kept.size() + ": " + names);
  }

  @Test
  void zeroKeepsOnlyTheLastDay() {
    List<AutoBackups.Entry> all =
        List.of(
            at("2026-01-01T08:00:00", "daily"),
            at("2026-01-05T08:00:00", "daily"),
            at("2026-01-05T09:00:00", "before-import"));
    List<Path> kept =
        AutoBackups.keep(
            all,
            new AutoBackups.Rotation(0, 0, 0),
            LocalDateTime.parse("2026-01-05T10:00:00").atZone(ZoneId.systemDefault()).toInstant());
    assertEquals(2, kept.size(), kept.toString());
  }

  @Test
  void rotationDeletesOnlyItsOwnFilesAndReadsTheSettings() throws Exception {
    Path db = dir.resolve("t.db");
    try (Store store = Stores.open(db)) {
      store.setAppSetting(AutoBackups.KEEP_DAILY, "2");
      store.setAppSetting(AutoBackups.KEEP_WEEKLY, "0");
      store.setAppSetting(AutoBackups.KEEP_MONTHLY, "0");
    }
    Path backups = AutoBackups.directory(db);
    Files.createDirectories(backups);
    Path mine = backups.resolve("my-own-copy.db");
    Files.writeString(mine, "kept");
    for (int d = 1; d <= 5; d++) {
      AutoBackups.take(
          db,
          "daily",
          java.time.Instant.parse("2026-01-0" + d + "T08:00:00Z"),
          java.time.ZoneOffset.UTC);
    }
    List<String> left =
        AutoBackups.list(db).stream().map(e -> e.file().getFileName().toString()).toList();
    assertEquals(
        List.of("t-20260104-080000+0000-daily.db", "t-20260105-080000+0000-daily.db"), left);
    assertTrue(Files.exists(mine), "a file tutor did not name is never touched");
    assertTrue(AutoBackups.hasOneOn(db, LocalDate.parse("2026-01-05")));
    try (var files = Files.list(backups)) {
      assertTrue(
          files.noneMatch(
              f -> f.toString().endsWith(Durable.PARTIAL) || f.toString().endsWith("-journal")));
    }
  }

  /**
   * The night summer time ends in Berlin (Sunday 25 October 2026): 02:30 CEST, then an hour later
   * 02:10 CET. Named in local time, the later one's name sorts first; ordered by the moment, it is
   * the newest, and the rotation keeps it as the day's newest.
   */
  @Test
  void backupsAcrossTheEndOfSummerTimeKeepTheOrderTheyWereTakenIn() throws Exception {
    Path db = dir.resolve("t.db");
    try (Store store = Stores.open(db)) {
      store.setAppSetting(AutoBackups.KEEP_DAILY, "3");
      store.setAppSetting(AutoBackups.KEEP_WEEKLY, "0");
      store.setAppSetting(AutoBackups.KEEP_MONTHLY, "0");
    }
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    java.time.Instant summer = java.time.Instant.parse("2026-10-25T00:30:00Z"); // 02:30 CEST
    java.time.Instant winter = java.time.Instant.parse("2026-10-25T01:10:00Z"); // 02:10 CET
    AutoBackups.take(db, "daily", java.time.Instant.parse("2026-10-23T20:00:00Z"), berlin);
    AutoBackups.take(db, "before-undo", summer, berlin);
    AutoBackups.take(db, "before-import", winter, berlin);
    List<AutoBackups.Entry> all = AutoBackups.list(db);
    assertEquals(
        List.of(
            "t-20261023-220000+0200-daily.db",
            "t-20261025-023000+0200-before-undo.db",
            "t-20261025-021000+0100-before-import.db"),
        all.stream().map(e -> e.file().getFileName().toString()).toList());
    assertEquals(winter, all.get(2).at());
    assertEquals("2026-10-25T02:10+01:00", all.get(2).offsetTakenAt().toString());
    // A day later, one daily kept: the newest of the 25th is the one taken last, at 02:10 CET.
    java.time.Instant dayLater = winter.plus(java.time.Duration.ofHours(25));
    assertEquals(
        List.of(all.get(2).file()),
        AutoBackups.keep(all, new AutoBackups.Rotation(1, 0, 0), dayLater));
    // The last 24 hours are counted from the moments, not from the names: 24 hours after 02:30 CEST
    // is 01:30 CET on the 26th, by the names 23 h after.
    java.time.Instant justWithin = summer.plus(java.time.Duration.ofHours(24));
    assertTrue(
        AutoBackups.keep(all, new AutoBackups.Rotation(0, 0, 0), justWithin)
            .contains(all.get(1).file()));
    assertTrue(
        !AutoBackups.keep(
                all,
                new AutoBackups.Rotation(0, 0, 0),
                justWithin.plus(java.time.Duration.ofMinutes(1)))
            .contains(all.get(1).file()));
  }

  @Test
  void namesWithoutAnOffsetAreStillReadAsThisMachinesLocalTime() throws Exception {
    Path db = dir.resolve("t.db");
    Path backups = AutoBackups.directory(db);
    Files.createDirectories(backups);
    Files.writeString(backups.resolve("t-20260101-080000-daily.db"), "old");
    Files.writeString(backups.resolve("t-20260102-080000+0000-daily.db"), "new");
    List<AutoBackups.Entry> all = AutoBackups.list(db);
    assertEquals(2, all.size());
    assertEquals(LocalDateTime.parse("2026-01-01T08:00:00"), all.get(0).takenAt());
    assertEquals(
        LocalDateTime.parse("2026-01-01T08:00:00").atZone(ZoneId.systemDefault()).toInstant(),
        all.get(0).at());
  }
}
