package tutor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
    List<Path> kept = AutoBackups.keep(all, new AutoBackups.Rotation(7, 4, 6), now);
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
            all, new AutoBackups.Rotation(0, 0, 0), LocalDateTime.parse("2026-01-05T10:00:00"));
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
    assertEquals(List.of("t-20260104-080000-daily.db", "t-20260105-080000-daily.db"), left);
    assertTrue(Files.exists(mine), "a file tutor did not name is never touched");
    assertTrue(AutoBackups.hasOneOn(db, LocalDate.parse("2026-01-05")));
    try (var files = Files.list(backups)) {
      assertTrue(
          files.noneMatch(
              f -> f.toString().endsWith(Durable.PARTIAL) || f.toString().endsWith("-journal")));
    }
  }
}
