package tutor.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tutor.store.Backups;
import tutor.store.DoctorReport;
import tutor.store.StoreException;

/**
 * Puts a backup in place of a database, safely even after a crash. Copying a backup over the
 * database file is not safe: a crash leaves a write-ahead log ({@code -wal}) that belongs to the
 * old file, and SQLite replays it onto the copy, damaging it. So: the backup is checked; a fresh
 * copy of it is made (VACUUM INTO, which also folds in a log of the backup's own) under a temporary
 * name beside the database and checked again; the current database moves aside together with its
 * {@code -wal} and {@code -shm}, still a database one can open or restore; and the copy takes the
 * database's name by an atomic rename. The current database is never overwritten.
 */
public final class Restore {
  private static final Sql SQL = Sql.of(Restore.class);
  private static final String[] SUFFIXES = {"", "-wal", "-shm", "-journal"};

  private Restore() {}

  /**
   * Replaces {@code db} by a checked copy of {@code backup}; {@code stamp} names the copy kept
   * aside. A backup whose mastery disagrees with its answer log is refused, or with {@code mend}
   * restored with its mastery written back from the answers ({@link Backups#restore}).
   */
  public static Backups.Restored restore(Path backup, Path db, String stamp, boolean mend) {
    Path dbAbs = db.toAbsolutePath();
    if (backup.toAbsolutePath().normalize().equals(dbAbs.normalize())) {
      throw new StoreException(backup + " is the database itself; choose a backup to restore");
    }
    List<String> problems = Backup.problems(backup);
    if (!problems.isEmpty()) {
      throw new StoreException(backup + " cannot be restored: " + String.join("; ", problems));
    }
    Path dir = dbAbs.getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the directory for " + db + ": " + e.getMessage(), e);
    }
    Path fresh = Backup.snapshot(backup, dir, dbAbs.getFileName().toString());
    try {
      List<String> unsound = unsound(fresh);
      if (!unsound.isEmpty()) {
        throw new Backups.Refused(
            backup
                + " cannot be restored: "
                + String.join("; ", unsound)
                + " (tutor doctor --db "
                + backup
                + " says more); the database was left as it was");
      }
      List<String> mended = mastery(backup, fresh, mend);
      Path aside = null;
      if (Files.exists(dbAbs) || Files.exists(companion(dbAbs, "-wal"))) {
        aside = linkAside(dbAbs, stamp);
        if (aside == null) aside = moveAside(dbAbs, stamp);
      }
      try {
        Files.move(
            fresh, dbAbs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Backup.forceDirectory(dir);
      } catch (IOException e) {
        if (aside != null) putBack(aside, dbAbs);
        throw new StoreException(
            "cannot put the backup in place of "
                + db
                + ": "
                + e.getMessage()
                + "; the database was left as it was",
            e);
      }
      long size;
      try {
        size = Files.size(dbAbs);
      } catch (IOException e) {
        size = -1;
      }
      return new Backups.Restored(aside, size, mended);
    } finally {
      Backup.deleteWithJournal(fresh);
    }
  }

  /**
   * The backup's mastery against its answer log (doctor's check): a restore puts back what the
   * learner had, and mastery changed by hand is not that (it shows skills mastered, unlocks what
   * builds on them and would back a credential, without the answers). Refused, naming the first
   * skill and the way past; with {@code mend} the copy {@code fresh} gets what the answers say, and
   * the skills mended are returned.
   */
  private static List<String> mastery(Path backup, Path fresh, boolean mend) {
    DoctorReport.Finding f;
    List<String> named = new ArrayList<>();
    try (Connection c = DatabaseFile.openTutor(fresh, true)) {
      f = MasteryAgainstAnswers.check(c);
      // doctor names learners by id; a learner restoring knows them by name
      java.util.Map<String, String> names = new java.util.HashMap<>();
      try (java.sql.Statement s = c.createStatement();
          java.sql.ResultSet rs = s.executeQuery(SQL.get("learner-names"))) {
        while (rs.next()) names.put("learner " + rs.getLong(1) + ", ", rs.getString(2));
      }
      for (String d : f.details()) {
        int comma = d.indexOf(", ");
        String name = comma < 0 ? null : names.get(d.substring(0, comma + 2));
        named.add(name == null ? d : "learner '" + name + "', " + d.substring(comma + 2));
      }
    } catch (SQLException e) {
      throw new StoreException(backup + " cannot be checked: " + e.getMessage(), e);
    }
    if (f.status() != DoctorReport.Status.PROBLEM) return List.of();
    if (!mend) {
      throw new Backups.Refused(
          backup
              + " cannot be restored as it is: "
              + f.summary()
              + " ("
              + named.get(0)
              + "): it was changed outside tutor. tutor restore "
              + backup
              + " --mend restores it with the mastery its answers give; the database was left as"
              + " it was");
    }
    Doctor.repair(fresh, f.repairs());
    return named;
  }

  /** The checks of doctor a backup must pass to be put in place: what tutor cannot repair. */
  private static final Set<String> MUST_PASS = Set.of("schema", "foreign keys", "streaks");

  /**
   * What is wrong with the checked copy {@code fresh} once brought up to this tutor's schema (a
   * backup from before a migration is migrated here, so that one that cannot be is refused before
   * it replaces anything): tables, columns, indexes or triggers not as the migrations make them (a
   * dropped trigger leaves derived counts stale), rows referring to nothing, streaks kept that the
   * answers do not show. Empty when it is sound.
   */
  static List<String> unsound(Path fresh) {
    try (Connection c = Database.open(fresh)) {
      // migrated; closed before it is checked
    } catch (SQLException | StoreException e) {
      // said of the backup, not of its temporary copy, whose path and advice mean nothing here
      String why =
          String.valueOf(e.getMessage())
              .replace(fresh + " cannot be upgraded: ", "")
              .replace(Database.UPGRADE_ADVICE, "")
              .replaceFirst("; it was left at version \\d+$", "");
      return List.of("it cannot be brought up to this tutor's schema: " + why);
    }
    List<String> out = new ArrayList<>();
    for (DoctorReport.Finding f : Doctor.check(fresh).findings()) {
      if (f.status() != DoctorReport.Status.PROBLEM) continue;
      if (!MUST_PASS.contains(f.check()) && !f.check().equals("database")) continue;
      out.add(
          f.check()
              + ": "
              + f.summary()
              + (f.details().isEmpty() ? "" : " (" + f.details().get(0) + ")"));
    }
    return out;
  }

  /** {@code dir/STEM.before-restore-STAMP.db}, not yet taken (with its companions). */
  static Path asideName(Path db, String stamp) {
    String name = db.getFileName().toString();
    String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    for (int n = 1; ; n++) {
      Path p =
          db.resolveSibling(stem + ".before-restore-" + stamp + (n == 1 ? "" : "-" + n) + ".db");
      if (!Files.exists(p) && !Files.exists(companion(p, "-wal"))) return p;
    }
  }

  /**
   * Keeps the database and its log files under the aside name by hard links, then removes the log
   * files from the database's name; the database file itself stays until the fresh copy replaces it
   * in one rename. So there is always a database under the name: after a crash in between, the old
   * one without its log (consistent, its last answers in the copy aside), never none. Returns null
   * where links are not supported (nothing changed then).
   */
  private static Path linkAside(Path db, String stamp) {
    Path aside = asideName(db, stamp);
    List<String> linked = new ArrayList<>();
    try {
      for (String suffix : SUFFIXES) {
        Path from = companion(db, suffix);
        if (!Files.exists(from)) continue;
        Files.createLink(companion(aside, suffix), from);
        linked.add(suffix);
      }
    } catch (UnsupportedOperationException | IOException e) {
      for (String suffix : linked) {
        try {
          Files.deleteIfExists(companion(aside, suffix));
        } catch (IOException ignored) {
          // a second name of a file that is still under its first
        }
      }
      return null;
    }
    Backup.forceDirectory(db.toAbsolutePath().getParent());
    try {
      for (String suffix : SUFFIXES) {
        if (!suffix.isEmpty()) Files.deleteIfExists(companion(db, suffix));
      }
    } catch (IOException e) {
      throw new StoreException(
          "cannot remove the write-ahead log of "
              + db
              + " before restoring: "
              + e.getMessage()
              + "; the database and its log are also kept as "
              + aside,
          e);
    }
    return aside;
  }

  /** Moves the database and its log files aside together, so they stay a consistent pair. */
  private static Path moveAside(Path db, String stamp) {
    Path aside = asideName(db, stamp);
    List<String> moved = new ArrayList<>();
    try {
      for (String suffix : SUFFIXES) {
        Path from = companion(db, suffix);
        if (!Files.exists(from)) continue;
        Files.move(from, companion(aside, suffix), StandardCopyOption.ATOMIC_MOVE);
        moved.add(suffix);
      }
      return aside;
    } catch (IOException e) {
      for (String suffix : moved) {
        try {
          Files.move(
              companion(aside, suffix), companion(db, suffix), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
          // reported below; the files are under the aside name
        }
      }
      throw new StoreException(
          "cannot move "
              + db
              + " aside before restoring: "
              + e.getMessage()
              + "; nothing was changed",
          e);
    }
  }

  private static void putBack(Path aside, Path db) {
    for (String suffix : SUFFIXES) {
      Path from = companion(aside, suffix);
      if (!Files.exists(from)) continue;
      try {
        Files.move(from, companion(db, suffix), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException ignored) {
        // the file stays under the aside name, which the error message gives
      }
    }
  }

  static Path companion(Path db, String suffix) {
    return suffix.isEmpty() ? db : db.resolveSibling(db.getFileName() + suffix);
  }
}
