package tutor.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;
import tutor.store.StoreException;

/**
 * Opens a tutor database: refuses files that are not one (or come from a newer tutor), sets the
 * pragmas, and applies the numbered migrations in {@code tutor/store/migrations/}.
 */
public final class Database {
  private static final Sql SQL = Sql.of(Database.class);

  /** "TUTR": marks the file as ours in the SQLite header. */
  static final int APPLICATION_ID = 0x54555452;

  /** Applied in order; schema version N means the first N have been applied. */
  static final List<String> MIGRATIONS =
      List.of(
          "001-initial.sql",
          "002-lessons-goals.sql",
          "003-fsrs-parameters.sql",
          "005-confidence.sql",
          "006-near-miss.sql",
          "007-exercise-outline.sql",
          "008-pack-outline.sql",
          "009-units.sql",
          "010-shown-disputed.sql",
          "011-evidence.sql",
          "012-leeches.sql",
          "013-due-indexes.sql",
          "014-review-tallies.sql",
          "015-pack-media.sql",
          "019-exercise-examples.sql",
          "020-cards-last-review.sql",
          "021-cards-pack-phase-due.sql",
          "022-cards-review-risk.sql",
          "023-streak-marks.sql",
          "026-reviews-tally-kind.sql",
          "027-goals-met-on.sql",
          "028-mastery-opened.sql");

  private Database() {}

  public static int latestVersion() {
    return MIGRATIONS.size();
  }

  public static Connection open(Path file) {
    return openFor(file).connection();
  }

  /** An open database, and whether it could only be opened for reading. */
  record Opened(Connection connection, boolean readOnly) {}

  /**
   * Opens {@code file} for reading and writing; or, when it exists where tutor cannot write (a
   * read-only directory or mount, a read-only file), for reading only: then what only reads works,
   * and a write says why it cannot be done.
   */
  static Opened openFor(Path file) {
    checkHeader(file);
    if (ReadOnly.database(file)) return new Opened(openReadOnly(file), true);
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) Files.createDirectories(parent);
    } catch (IOException e) {
      if (ReadOnly.directory(nearestExisting(parent))) {
        throw new StoreException(
            "the directory "
                + nearestExisting(parent)
                + " is read-only: tutor cannot create "
                + file.getFileName()
                + " there (choose another --db)",
            e);
      }
      throw new StoreException(
          "cannot create the directory for " + file + ": " + e.getMessage(), e);
    }
    if (!Files.exists(file) && ReadOnly.directory(parent)) {
      throw new StoreException(
          "the directory "
              + parent
              + " is read-only: tutor cannot create "
              + file.getFileName()
              + " there (choose another --db)");
    }
    if (!Files.exists(file)) create(file);
    return new Opened(connect(file), false);
  }

  /**
   * Makes a new database whole under a name of its own, then links it into place: SQLite creates an
   * empty file at once and writes to it only later, so a tutor killed in between would leave an
   * empty file, which is refused (it may as well be a database cut short). A database made at the
   * same moment by another tutor is kept, and this one dropped.
   */
  private static void create(Path file) {
    Path fresh =
        file.toAbsolutePath()
            .resolveSibling(
                file.getFileName()
                    + ".new-"
                    + ProcessHandle.current().pid()
                    + "-"
                    + Thread.currentThread().getId());
    try {
      deleteWithLogs(fresh);
      closeQuietly(connect(fresh));
      try {
        Files.createLink(file.toAbsolutePath(), fresh);
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // another tutor made it first: theirs is the database
      }
    } catch (IOException e) {
      throw new StoreException("cannot create " + file + ": " + e.getMessage(), e);
    } finally {
      try {
        deleteWithLogs(fresh);
      } catch (IOException ignored) {
        // a stray file, named after this process; the database itself is in place
      }
    }
  }

  private static void deleteWithLogs(Path db) throws IOException {
    for (String suffix : new String[] {"-wal", "-shm", ""})
      Files.deleteIfExists(Path.of(db + suffix));
  }

  /**
   * Opens {@code file} for reading and writing, with tutor's pragmas, brought to the latest schema.
   */
  private static Connection connect(Path file) {
    Connection c;
    try {
      c = Driver.connect("jdbc:sqlite:" + file.toAbsolutePath(), null);
    } catch (SQLException e) {
      if (Transactions.full(e, file)) throw new StoreException(Transactions.diskFull(file), e);
      throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
    }
    try {
      checkOwnership(c, file);
      try (Statement s = c.createStatement()) {
        s.execute(SQL.get("enforce-foreign-keys"));
        // A pragma takes no bound parameter: the values of the code are written in.
        s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
        // WAL + synchronous=NORMAL: a crash of tutor (or Ctrl-C) loses no committed answer; a power
        // failure may lose the last few commits but never corrupts the database.
        s.execute(SQL.get("write-ahead-log"));
        s.execute(SQL.get("sync-normal"));
      }
      migrate(c, file);
      return c;
    } catch (SQLException e) {
      closeQuietly(c);
      if (Transactions.full(e, file)) throw new StoreException(Transactions.diskFull(file), e);
      throw new StoreException(describe(file, e), e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** How long SQLite itself waits for another writer before a write hears SQLITE_BUSY. */
  static final int BUSY_TIMEOUT_MILLIS = 5000;

  private static Path nearestExisting(Path dir) {
    Path p = dir;
    while (p != null && !Files.exists(p)) p = p.getParent();
    return p == null ? dir : p;
  }

  /**
   * Opens {@code file} for reading only. Without a write-ahead log to read, it is opened as
   * immutable: SQLite then needs no -shm file (it could not create one here), and leaves none
   * behind. A log left by a crash is read as usual, which needs its -shm.
   */
  private static Connection openReadOnly(Path file) {
    Connection c = readOnlyConnection(file);
    try {
      checkOwnership(c, file);
      if (schemaVersion(c) < latestVersion()) {
        throw new StoreException(
            file + " needs an upgrade by this tutor, but " + Transactions.readOnlyMessage(file));
      }
      return c;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException(describe(file, e), e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** A connection that only reads {@code file}, which lives where tutor cannot write. */
  static Connection readOnlyConnection(Path file) {
    Path abs = file.toAbsolutePath();
    boolean log = Files.exists(Path.of(abs + "-wal"));
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
    String uri = "file:" + uriPath(abs) + (log ? "?mode=ro" : "?mode=ro&immutable=1");
    try {
      return Driver.connect("jdbc:sqlite:" + uri, config.toProperties());
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open database " + file + " (read-only): " + e.getMessage(), e);
    }
  }

  /** A path as a file: URI writes it: every byte that is not plain is %-escaped. */
  private static String uriPath(Path abs) {
    StringBuilder out = new StringBuilder();
    for (byte b : abs.toString().getBytes(StandardCharsets.UTF_8)) {
      int v = b & 0xff;
      boolean plain =
          (v >= 'a' && v <= 'z')
              || (v >= 'A' && v <= 'Z')
              || (v >= '0' && v <= '9')
              || "/-_.~".indexOf(v) >= 0;
      if (plain) out.append((char) v);
      else out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", v));
    }
    return out.toString();
  }

  private static String describe(Path file, SQLException e) {
    String msg = String.valueOf(e.getMessage());
    if (msg.contains("SQLITE_NOTADB") || msg.contains("not a database")) {
      return file + " is not a tutor database (not an SQLite file)";
    }
    if (msg.contains("SQLITE_CORRUPT") || msg.contains("malformed")) {
      return file
          + " is damaged ("
          + msg
          + "); run tutor doctor to see what is wrong, or restore a backup";
    }
    return "database " + file + ": " + msg;
  }

  private static void checkHeader(Path file) {
    if (!Files.exists(file)) return;
    if (Files.isDirectory(file))
      throw new StoreException(file + " is a directory, not a database file");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(16);
      // An empty file is not "no database yet": it may be one cut short, or the wrong file.
      if (head.length == 0)
        throw new StoreException(
            file
                + " is empty: not a tutor database (to start afresh,"
                + " delete it or choose another --db path)");
      byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
      if (!Arrays.equals(head, magic)) {
        throw new StoreException(
            file + " is not a tutor database (not an SQLite file); choose another --db path");
      }
    } catch (IOException e) {
      throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void checkOwnership(Connection c, Path file) throws SQLException {
    int appId = DatabaseFile.applicationId(c);
    int version = DatabaseFile.userVersion(c);
    if (appId == 0 && version == 0) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(SQL.get("count-schema-objects"))) {
        if (rs.next() && rs.getInt(1) > 0) {
          throw new StoreException(
              file + " is an SQLite database of another program, not a tutor database");
        }
      }
      return;
    }
    if (appId != APPLICATION_ID) {
      throw new StoreException(
          file + " is an SQLite database of another program, not a tutor database");
    }
    if (version > latestVersion()) {
      throw new StoreException(
          file
              + " was written by a newer tutor (schema "
              + version
              + "; this tutor knows up to "
              + latestVersion()
              + "); update tutor");
    }
  }

  static int schemaVersion(Connection c) throws SQLException {
    return DatabaseFile.userVersion(c);
  }

  /**
   * Brings {@code c} to the latest schema. A migration that SQLite refuses (a column it adds is
   * already there, a table it changes is gone) means the tables do not match the schema version the
   * file states: it was changed outside tutor. That migration is rolled back and the database stays
   * at the version before it, said in one line.
   */
  static void migrate(Connection c, Path file) throws SQLException {
    if (schemaVersion(c) >= MIGRATIONS.size()) return;
    // One migration per transaction, each reading the version under the write lock: two tutors
    // opening an old database at once apply each migration once.
    while (Transactions.inTransaction(
        c,
        () -> {
          int version = schemaVersion(c);
          if (version >= MIGRATIONS.size()) return false;
          String sql = resource("/tutor/store/migrations/" + MIGRATIONS.get(version));
          try (Statement s = c.createStatement()) {
            try {
              for (String statement : splitStatements(sql)) s.execute(statement);
            } catch (SQLException e) {
              if (!refused(e)) throw e; // a full disk, a busy or read-only file: said as usual
              throw new StoreException(cannotUpgrade(file, version, e), e);
            }
            // as above: a pragma takes no bound parameter
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + (version + 1));
          }
          return true;
        })) {
      // the next one
    }
  }

  /** SQLite refused a statement itself (SQLITE_ERROR, a constraint): not the disk, not a lock. */
  private static boolean refused(SQLException e) {
    String msg = String.valueOf(e.getMessage());
    return msg.startsWith("[SQLITE_ERROR]") || msg.startsWith("[SQLITE_CONSTRAINT");
  }

  static String cannotUpgrade(Path file, int version, SQLException e) {
    return file
        + " cannot be upgraded: its tables do not match the schema version it states ("
        + version
        + "), so it was changed outside tutor ("
        + refusedMigration(version, e)
        + "); it was left at version "
        + version
        + UPGRADE_ADVICE;
  }

  static final String UPGRADE_ADVICE =
      ". Restore a backup (tutor backup --list), or see tutor doctor";

  /** The migration after {@code version} and SQLite's reason for refusing it. */
  static String refusedMigration(int version, SQLException e) {
    String msg = String.valueOf(e.getMessage());
    int open = msg.indexOf('(');
    String reason =
        open >= 0 && msg.endsWith(")") ? msg.substring(open + 1, msg.length() - 1) : msg;
    return "migration " + MIGRATIONS.get(version) + ": " + reason;
  }

  /**
   * Splits a migration file into statements (our migrations keep ';' out of strings). A trigger's
   * body holds statements of its own: it is one statement from CREATE TRIGGER to its END.
   */
  static List<String> splitStatements(String sql) {
    StringBuilder noComments = new StringBuilder();
    for (String line : sql.split("\n")) {
      int dash = line.indexOf("--");
      noComments.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
    }
    List<String> out = new java.util.ArrayList<>();
    StringBuilder trigger = null;
    for (String piece : noComments.toString().split(";")) {
      String st = piece.strip();
      if (trigger != null) {
        trigger.append(";\n").append(st);
        if (st.equalsIgnoreCase("END")) {
          out.add(trigger.toString());
          trigger = null;
        }
      } else if (st.regionMatches(true, 0, "CREATE TRIGGER", 0, "CREATE TRIGGER".length())) {
        trigger = new StringBuilder(st);
      } else if (!st.isEmpty()) {
        out.add(st);
      }
    }
    if (trigger != null) throw new IllegalStateException("a trigger without END: " + trigger);
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = Database.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing; the first error is the one to report
    }
  }
}
