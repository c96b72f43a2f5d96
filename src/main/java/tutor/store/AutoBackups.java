package tutor.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * STEM-YYYYMMDD-HHMMSS+HHMM-REASON.db}: the learner's local time, as Anki names its backups, with
 * its offset from UTC, so that the moment is known whatever the clocks did since (the hour that
 * comes twice when summer time ends, a learner who travelled). They are ordered and rotated by that
 * moment, never by their names. Names without the offset (made before it was added) are read as the
 * local time of this machine. They are kept in rotation: the newest of each of the last 7 days, 4
 * weeks and 6 months that have one (app settings {@code backup-keep-daily}, {@code -weekly}, {@code
 * -monthly}), and every one of the last 24 hours, so that a second destructive command on one day
 * does not take away the copy made before the first. Files in the folder that tutor did not name so
 * are never touched.
 */
public final class AutoBackups {
  public static final String DIRECTORY = "backups";
  public static final String KEEP_DAILY = "backup-keep-daily";
  public static final String KEEP_WEEKLY = "backup-keep-weekly";
  public static final String KEEP_MONTHLY = "backup-keep-monthly";
  public static final Map<String, Integer> DEFAULTS = defaults();

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx");
  private static final Pattern NAME =
      Pattern.compile("(.+)-(\\d{8}-\\d{6})([+-]\\d{4})?-([a-z-]+)\\.db");

  /**
   * One automatic backup.
   *
   * @param takenAt the local time it was taken at, as its name says
   * @param at the moment it was taken: what backups are ordered and rotated by
   */
  public record Entry(Path file, LocalDateTime takenAt, String reason, long size, Instant at) {
    /** Taken at a local time of this machine's zone (the earlier, where the clocks went back). */
    public Entry(Path file, LocalDateTime takenAt, String reason, long size) {
      this(file, takenAt, reason, size, takenAt.atZone(ZoneId.systemDefault()).toInstant());
    }

    /** When it was taken, as the learner's clock showed it then: its local time and offset. */
    public java.time.OffsetDateTime offsetTakenAt() {
      long offset =
          java.time.Duration.between(at, takenAt.toInstant(java.time.ZoneOffset.UTC)).getSeconds();
      return java.time.OffsetDateTime.of(
          takenAt, java.time.ZoneOffset.ofTotalSeconds((int) offset));
    }
  }

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
    Path target = dir.resolve(name(stem, now, zone, reason));
    for (int n = 2;
        Files.exists(target);
        n++) { // two in one second: the later one waits its turn by name
      target = dir.resolve(name(stem, now.plusSeconds(n - 1), zone, reason));
    }
    Stores.backups().copy(db, target);
    rotate(db, rotation(db), now);
    return Optional.of(target);
  }

  /** STEM-YYYYMMDD-HHMMSS+HHMM-REASON.db: the local time at {@code zone}, and its offset. */
  static String name(String stem, Instant at, ZoneId zone, String reason) {
    java.time.ZonedDateTime local = at.atZone(zone);
    return stem + "-" + STAMP.format(local) + OFFSET.format(local) + "-" + reason + ".db";
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
          LocalDateTime local = LocalDateTime.parse(m.group(2), STAMP);
          long size = Files.size(p);
          out.add(
              m.group(3) == null
                  ? new Entry(p, local, m.group(4), size)
                  : new Entry(
                      p,
                      local,
                      m.group(4),
                      size,
                      local.toInstant(java.time.ZoneOffset.of(m.group(3)))));
        } catch (java.time.DateTimeException | IOException ignored) {
          // not one of ours after all, or gone meanwhile
        }
      }
    } catch (IOException e) {
      throw new StoreException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    // By the moment each was taken: names sort wrongly across the hour that comes twice in
    // autumn (02:10 CET is after 02:30 CEST) and across a change of zone.
    out.sort(Comparator.comparing(Entry::at).thenComparing(e -> e.file().getFileName().toString()));
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
  static List<Path> rotate(Path db, Rotation keep, Instant now) {
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
  static List<Path> keep(List<Entry> all, Rotation keep, Instant now) {
    Set<Path> out = new HashSet<>();
    // 24 hours as the clock runs, whatever the wall clock did (a day with a DST change is 23 or 25)
    for (Entry e : all)
      if (!e.at().isBefore(now.minus(java.time.Duration.ofHours(24)))) out.add(e.file());
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

  /**
   * The newest backup of each of the {@code n} most recent periods that have one; {@code all} is in
   * the order they were taken ({@link #list}).
   */
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
