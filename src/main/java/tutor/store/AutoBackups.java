package tutor.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backups tutor takes by itself, as Anki does: before every command that destroys data, and once a
 * day when studying. They go to {@code backups/} beside the database, named {@code
 * STEM-YYYYMMDD-HHMMSS-REASON.db}, and are kept in rotation: the newest of each of the last 7 days,
 * 4 weeks and 6 months that have one (app settings {@code backup-keep-daily}, {@code -weekly},
 * {@code -monthly}), and every one of the last 24 hours, so that a second destructive command on
 * one day does not take away the copy made before the first. Files in the folder that tutor did not
 * name so are never touched.
 */
public final class AutoBackups {
  public static final String DIRECTORY = "backups";
  public static final String KEEP_DAILY = "backup-keep-daily";
  public static final String KEEP_WEEKLY = "backup-keep-weekly";
  public static final String KEEP_MONTHLY = "backup-keep-monthly";
  public static final Map<String, Integer> DEFAULTS = defaults();

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Pattern NAME = Pattern.compile("(.+)-(\\d{8}-\\d{6})-([a-z-]+)\\.db");

  /** One automatic backup. */
  public record Entry(Path file, LocalDateTime takenAt, String reason, long size) {}

  /** How many to keep. */
  public record Rotation(int daily, int weekly, int monthly) {}

  private AutoBackups() {}

  private static Map<String, Integer> defaults() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put(KEEP_DAILY, 7);
    m.put(KEEP_WEEKLY, 4);
    m.put(KEEP_MONTHLY, 6);
    return java.util.Collections.unmodifiableMap(m);
  }

  public static Path directory(Path db) {
    return db.toAbsolutePath().resolveSibling(DIRECTORY);
  }

  /**
   * Takes a backup of {@code db} for {@code reason} ("daily", "before-learner-delete", ...), then
   * rotates; returns it, or empty when there is no database yet (nothing to lose).
   */
  public static Optional<Path> take(Path db, String reason, Instant now, ZoneId zone) {
    if (!Files.isRegularFile(db)) return Optional.empty();
    Path dir = directory(db);
    String stem = db.getFileName().toString().replaceFirst("\\.db$", "");
    LocalDateTime at = LocalDateTime.ofInstant(now, zone);
    Path target = dir.resolve(stem + "-" + STAMP.format(at) + "-" + reason + ".db");
    for (int n = 2;
        Files.exists(target);
        n++) { // two in one second: the later one waits its turn by name
      target = dir.resolve(stem + "-" + STAMP.format(at.plusSeconds(n - 1)) + "-" + reason + ".db");
    }
    Stores.backups().copy(db, target);
    rotate(db, rotation(db), at);
    return Optional.of(target);
  }

  /** Whether the database has an automatic backup of today (the daily one is then not needed). */
  public static boolean hasOneOn(Path db, LocalDate day) {
    return list(db).stream().anyMatch(e -> e.takenAt().toLocalDate().equals(day));
  }

  /** The automatic backups of {@code db}, oldest first. */
  public static List<Entry> list(Path db) {
    Path dir = directory(db);
    if (!Files.isDirectory(dir)) return List.of();
    String stem = db.getFileName().toString().replaceFirst("\\.db$", "");
    List<Entry> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (!m.matches() || !m.group(1).equals(stem) || !Files.isRegularFile(p)) continue;
        try {
          out.add(new Entry(p, LocalDateTime.parse(m.group(2), STAMP), m.group(3), Files.size(p)));
        } catch (DateTimeParseException | IOException ignored) {
          // not one of ours after all, or gone meanwhile
        }
      }
    } catch (IOException e) {
      throw new StoreException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    out.sort(
        Comparator.comparing(Entry::takenAt).thenComparing(e -> e.file().getFileName().toString()));
    return out;
  }

  /** Finds a backup by file name (with or without .db) among the automatic ones. */
  public static Optional<Path> find(Path db, String name) {
    for (Entry e : list(db)) {
      String file = e.file().getFileName().toString();
      if (file.equals(name) || file.equals(name + ".db")) return Optional.of(e.file());
    }
    return Optional.empty();
  }

  /** Deletes the automatic backups the rotation does not keep; returns the ones deleted. */
  static List<Path> rotate(Path db, Rotation keep, LocalDateTime now) {
    List<Entry> all = list(db);
    Set<Path> kept = new HashSet<>(keep(all, keep, now));
    List<Path> deleted = new ArrayList<>();
    for (Entry e : all) {
      if (kept.contains(e.file())) continue;
      try {
        Files.deleteIfExists(e.file());
        deleted.add(e.file());
      } catch (IOException ignored) {
        // kept for now; the next rotation tries again
      }
    }
    return deleted;
  }

  /** The backups that the rotation keeps. */
  static List<Path> keep(List<Entry> all, Rotation keep, LocalDateTime now) {
    Set<Path> out = new HashSet<>();
    for (Entry e : all) if (!e.takenAt().isBefore(now.minusHours(24))) out.add(e.file());
    out.addAll(newestPer(all, e -> e.takenAt().toLocalDate(), keep.daily()));
    out.addAll(
        newestPer(
            all,
            e ->
                e.takenAt().get(IsoFields.WEEK_BASED_YEAR) * 100
                    + e.takenAt().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
            keep.weekly()));
    out.addAll(
        newestPer(
            all, e -> e.takenAt().getYear() * 100 + e.takenAt().getMonthValue(), keep.monthly()));
    return all.stream().map(Entry::file).filter(out::contains).toList();
  }

  /** The newest backup of each of the {@code n} most recent periods that have one. */
  private static <K> List<Path> newestPer(List<Entry> all, Function<Entry, K> period, int n) {
    Map<K, Entry> newest = new LinkedHashMap<>();
    for (Entry e : all)
      newest.put(period.apply(e), e); // oldest first, so the last one per period wins
    List<Entry> perPeriod = new ArrayList<>(newest.values());
    return perPeriod.subList(Math.max(0, perPeriod.size() - n), perPeriod.size()).stream()
        .map(Entry::file)
        .toList();
  }

  /** The rotation the database's app settings ask for, else the defaults. */
  static Rotation rotation(Path db) {
    Map<String, Integer> values = new LinkedHashMap<>(DEFAULTS);
    Stores.backups()
        .appSettings(db, "backup-keep-")
        .forEach(
            (key, value) -> {
              try {
                if (values.containsKey(key)) values.put(key, validKeep(key, value));
              } catch (IllegalArgumentException ignored) {
                // a value set by hand that makes no sense: the default
              }
            });
    return new Rotation(values.get(KEEP_DAILY), values.get(KEEP_WEEKLY), values.get(KEEP_MONTHLY));
  }

  /** A number of backups to keep, 0 to 1000; the message says what is wrong. */
  public static int validKeep(String key, String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 0 && n <= 1000) return n;
    } catch (NumberFormatException ignored) {
      // said below
    }
    throw new IllegalArgumentException(key + " must be a whole number from 0 to 1000");
  }
}
