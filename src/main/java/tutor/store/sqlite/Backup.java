package tutor.store.sqlite;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tutor.store.Durable;
import tutor.store.StoreException;

/**
 * A consistent copy of a database with VACUUM INTO: it reads one snapshot, so answers being saved
 * meanwhile by a running session are either wholly in the copy or not at all, and the session is
 * not held up (the database is in WAL mode). The copy is written under a temporary name in the
 * target's directory, checked (integrity_check, the tables), and only then given its name, so a
 * file under a backup's name is always a whole, checked backup: an interrupted or failed backup
 * leaves nothing under that name, and its temporary file is deleted (or, after a kill, swept up by
 * the next backup).
 */
public final class Backup {
  private static final Sql SQL = Sql.of(Backup.class);

  /** Temporary files of backups and restores in progress end with this. */
  static final String PARTIAL = Durable.PARTIAL;

  /**
   * Tables every tutor database has since its first migration; a file without them is no backup.
   */
  static final List<String> REQUIRED_TABLES =
      List.of(
          "app_settings",
          "learners",
          "learner_settings",
          "packs",
          "skills",
          "exercises",
          "cards",
          "reviews",
          "mastery");

  private Backup() {}

  /**
   * Copies {@code db} to {@code target}, which must not exist yet; returns the copy's size in
   * bytes.
   */
  public static long copy(Path db, Path target) {
    if (Files.exists(target)) {
      throw new StoreException(
          target + " already exists; a backup never overwrites a file (choose another PATH)");
    }
    Path dir = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the directory for " + target + ": " + e.getMessage(), e);
    }
    Path temp = snapshot(db, dir, target.getFileName().toString());
    try {
      publish(temp, target);
    } finally {
      deleteWithJournal(temp);
    }
    try {
      return Files.size(target);
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * VACUUM INTO a new temporary file in {@code dir}, then checks it; returns it. On any failure the
   * temporary file is deleted and the error says what went wrong.
   */
  static Path snapshot(Path db, Path dir, String name) {
    sweepPartials(dir);
    Path temp = Durable.partial(dir, name);
    try (Connection c = DatabaseFile.openTutor(db, true);
        PreparedStatement ps = c.prepareStatement(SQL.get("snapshot"))) {
      ps.setString(1, temp.toString());
      ps.execute();
    } catch (SQLException e) {
      deleteWithJournal(temp);
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("SQLITE_FULL") || msg.contains("disk is full")) {
        throw new StoreException(
            "the disk is full: no room in "
                + dir
                + " for a copy of "
                + db
                + "; nothing was written",
            e);
      }
      String damaged =
          msg.contains("malformed") ? "; the database is damaged: run tutor doctor" : "";
      throw new StoreException("backup of " + db + " failed: " + msg + damaged, e);
    } catch (RuntimeException e) {
      deleteWithJournal(temp);
      throw e;
    }
    try {
      List<String> problems = problems(temp);
      if (!problems.isEmpty()) {
        throw new StoreException(
            "the copy of "
                + db
                + " does not pass its check ("
                + String.join("; ", problems)
                + "); the database itself may be damaged: run tutor doctor");
      }
      force(temp);
      return temp;
    } catch (RuntimeException e) {
      deleteWithJournal(temp);
      throw e;
    }
  }

  /**
   * Gives the checked temporary file its final name, atomically, never replacing a file: a hard
   * link fails if the name is taken (a plain rename would replace it); where links are not
   * supported, an atomic rename after a check.
   */
  static void publish(Path temp, Path target) {
    try {
      try {
        Files.createLink(target, temp);
      } catch (FileAlreadyExistsException e) {
        throw new StoreException(
            target + " already exists; a backup never overwrites a file (choose another PATH)");
      } catch (UnsupportedOperationException | IOException e) {
        if (Files.exists(target)) {
          throw new StoreException(
              target + " already exists; a backup never overwrites a file (choose another PATH)");
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      forceDirectory(target.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new StoreException("cannot name the backup " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * What is wrong with {@code file} as a tutor database to restore from: not SQLite, another
   * program's, from a newer tutor, damaged, or without tutor's tables. Empty when it is sound.
   */
  public static List<String> problems(Path file) {
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) return List.of(file + " is not a file");
    if (!DatabaseFile.isSqlite(file)) return List.of("not an SQLite database");
    try (Connection c = DatabaseFile.open(file, true)) {
      if (DatabaseFile.applicationId(c) != Database.APPLICATION_ID) {
        return List.of("an SQLite database of another program, not a tutor database");
      }
      int version = DatabaseFile.userVersion(c);
      if (version > Database.latestVersion()) {
        return List.of(
            "written by a newer tutor (schema "
                + version
                + "; this tutor knows up to "
                + Database.latestVersion()
                + "); update tutor");
      }
      String check = integrity(c);
      if (!"ok".equals(check)) return List.of("integrity_check: " + check);
      Set<String> tables = new TreeSet<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(SQL.get("problems"))) {
        while (rs.next()) tables.add(rs.getString(1));
      }
      List<String> missing = REQUIRED_TABLES.stream().filter(t -> !tables.contains(t)).toList();
      if (!missing.isEmpty()) out.add("it lacks the tables " + String.join(", ", missing));
    } catch (SQLException e) {
      out.add("cannot be read: " + e.getMessage());
    } catch (StoreException e) {
      out.add(e.getMessage());
    }
    return out;
  }

  private static String integrity(Connection c) {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("integrity"))) {
      // One line for a one-line message: SQLite puts several problems in one row, under a heading.
      List<String> lines = new ArrayList<>();
      while (rs.next()) {
        for (String line : rs.getString(1).split("\n")) {
          if (!line.isBlank() && !line.startsWith("*** in database")) lines.add(line.strip());
        }
      }
      if (lines.size() > 3) {
        int more = lines.size() - 3;
        lines = new ArrayList<>(lines.subList(0, 3));
        lines.add("and " + more + " more");
      }
      return String.join("; ", lines);
    } catch (SQLException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /**
   * Deletes temporary files a killed backup or restore left in {@code dir} (older than an hour).
   */
  static void sweepPartials(Path dir) {
    long hourAgo = System.currentTimeMillis() - 3_600_000L;
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().contains(PARTIAL)).toList()) {
        try {
          if (Files.getLastModifiedTime(p).toMillis() < hourAgo) Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // another process may have taken it away; nothing to do
        }
      }
    } catch (IOException ignored) {
      // the directory cannot be listed: the backup itself will say what is wrong
    }
  }

  static void force(Path file) {
    Durable.force(file);
  }

  static void forceDirectory(Path dir) {
    Durable.forceDirectory(dir);
  }

  static void deleteWithJournal(Path p) {
    for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
      try {
        Files.deleteIfExists(Path.of(p + suffix));
      } catch (IOException ignored) {
        // nothing more to do; the error that caused this is reported
      }
    }
  }
}
