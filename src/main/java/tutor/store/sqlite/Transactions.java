package tutor.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import tutor.store.StoreException;

/**
 * The one way tutor writes to a database: {@code BEGIN IMMEDIATE}, the work, {@code COMMIT}; all of
 * it is written, or none.
 *
 * <p>Immediate, because a deferred transaction that reads and then writes cannot wait for another
 * writer: SQLite answers SQLITE_BUSY at once, whatever the busy timeout. Taking the write lock
 * first lets the busy timeout work, and when even that runs out (another program writing for long),
 * the write waits again: forever for a study session (an answer is never dropped), a bounded time
 * for other commands. Every write should be short, so that the others never wait long.
 *
 * <p>Failures keep their cause: a rollback that fails after SQLite already rolled back (as it does
 * on a full disk) is added to it, never put in its place, and a full disk, a read-only directory or
 * a busy database are said in words.
 */
final class Transactions {
  private static final Sql SQL = Sql.of(Transactions.class);

  private Transactions() {}

  /** How long a command other than a session waits for another writer before it gives up. */
  static final long COMMAND_WAIT_MILLIS = 60_000;

  @FunctionalInterface
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  /**
   * What a write does when another is writing: {@code tell} is called once, the first time the
   * write has waited a busy timeout; the write waits up to {@code maxMillis} (negative: forever).
   */
  record Waiting(Runnable tell, long maxMillis) {
    static final Waiting COMMAND = new Waiting(() -> {}, COMMAND_WAIT_MILLIS);

    static Waiting forever(Runnable tell) {
      return new Waiting(tell, -1);
    }
  }

  /** Runs {@code work} in one immediate transaction on {@code c}, as a command does. */
  static <T> T inTransaction(Connection c, SqlWork<T> work) {
    return write(c, work, Waiting.COMMAND);
  }

  /** Runs {@code work} in one immediate transaction on {@code c}: all of it is written, or none. */
  static <T> T write(Connection c, SqlWork<T> work, Waiting waiting) {
    begin(c, SQL.get("begin-write"), waiting);
    return finish(c, work);
  }

  /**
   * Runs {@code work}, which only reads, in one transaction: it sees one moment of the database
   * even while others write (WAL), and takes no write lock, so it holds nobody up.
   */
  static <T> T snapshot(Connection c, SqlWork<T> work) {
    begin(c, SQL.get("begin-read"), Waiting.COMMAND);
    return finish(c, work);
  }

  private static void begin(Connection c, String begin, Waiting waiting) {
    long start = System.nanoTime();
    boolean told = false;
    while (true) {
      try (Statement s = c.createStatement()) {
        s.execute(begin);
        return;
      } catch (SQLException e) {
        if (!busy(e)) throw failure(c, e);
        long waited = (System.nanoTime() - start) / 1_000_000;
        if (waiting.maxMillis() >= 0 && waited >= waiting.maxMillis()) {
          throw new StoreException(
              "the database "
                  + file(c).map(Path::toString).orElse("")
                  + " is busy: another program has been writing to it for "
                  + waited / 1000
                  + " s; try again when it has finished",
              e);
        }
        if (!told) {
          told = true;
          waiting.tell().run();
        }
        // the busy timeout (set when the database is opened) has just been waited; try again
      }
    }
  }

  private static <T> T finish(Connection c, SqlWork<T> work) {
    try {
      T result = work.run();
      try (Statement s = c.createStatement()) {
        s.execute(SQL.get("commit"));
      }
      return result;
    } catch (SQLException e) {
      rollback(c, e);
      throw failure(c, e);
    } catch (RuntimeException | Error e) {
      rollback(c, e);
      throw e;
    }
  }

  /** Rolls back what is left of the transaction; a failure to do so goes with {@code cause}. */
  private static void rollback(Connection c, Throwable cause) {
    try (Statement s = c.createStatement()) {
      s.execute(SQL.get("rollback"));
    } catch (SQLException e) {
      // SQLite rolls back by itself on some errors (a full disk, an I/O error): then there is
      // nothing left to roll back, and the cause is what matters.
      if (!String.valueOf(e.getMessage()).contains("no transaction is active"))
        cause.addSuppressed(e);
    }
  }

  static boolean busy(SQLException e) {
    return code(e) == SQLiteErrorCode.SQLITE_BUSY.code
        || String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
  }

  static boolean full(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return code(e) == SQLiteErrorCode.SQLITE_FULL.code
        || m.contains("SQLITE_FULL")
        || m.contains("database or disk is full");
  }

  /** Below this, an I/O error writing the database is taken for a full disk. */
  private static final long NEARLY_FULL = 1024 * 1024;

  /**
   * Whether {@code e} comes of a full disk: SQLITE_FULL, or an I/O error (growing the -shm or the
   * -wal, which SQLite reports as SQLITE_IOERR) where almost no space is left.
   */
  static boolean full(SQLException e, Path file) {
    if (full(e)) return true;
    boolean io =
        code(e) == SQLiteErrorCode.SQLITE_IOERR.code
            || String.valueOf(e.getMessage()).contains("SQLITE_IOERR");
    if (!io || file == null) return false;
    try {
      return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < NEARLY_FULL;
    } catch (IOException | RuntimeException x) {
      return false;
    }
  }

  static boolean readOnly(SQLException e) {
    return code(e) == SQLiteErrorCode.SQLITE_READONLY.code
        || String.valueOf(e.getMessage()).contains("SQLITE_READONLY");
  }

  static boolean io(SQLException e) {
    return code(e) == SQLiteErrorCode.SQLITE_IOERR.code
        || String.valueOf(e.getMessage()).contains("SQLITE_IOERR");
  }

  /**
   * The process's limit on the size of a file it writes (ulimit -f) in bytes; -1 when there is
   * none.
   */
  static long fileSizeLimit() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
        if (!line.startsWith("Max file size")) continue;
        String soft = line.substring("Max file size".length()).strip().split("\\s+")[0];
        return soft.equals("unlimited") ? -1 : Long.parseLong(soft);
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or unreadable: no limit known
    }
    return -1;
  }

  /** The primary result code of {@code e}, or -1. */
  private static int code(SQLException e) {
    if (e instanceof SQLiteException se) return se.getResultCode().code & 0xff;
    return e.getErrorCode() & 0xff;
  }

  /** {@code e} in words: a full disk, a read-only directory, or the database error as it is. */
  static StoreException failure(Connection c, SQLException e) {
    Path file = file(c).orElse(null);
    if (full(e, file)) return new StoreException(diskFull(file), e);
    if (io(e) && file != null) {
      long limit = fileSizeLimit();
      if (limit >= 0) {
        return new StoreException(
            "a file grew past the size limit of "
                + Doctor.mb(limit)
                + " (ulimit -f)"
                + " while writing "
                + file
                + "; nothing was lost",
            e);
      }
      return new StoreException(
          "cannot write to " + file + " (" + e.getMessage() + "); nothing was lost", e);
    }
    if (readOnly(e) && file != null) return new StoreException(readOnlyMessage(file), e);
    if (busy(e)) {
      return new StoreException(
          "the database"
              + (file == null ? "" : " " + file)
              + " is busy: another program is writing to it; try again when it has finished",
          e);
    }
    return new StoreException("database error: " + e.getMessage(), e);
  }

  /** "the disk is full (N MB free at DIR); nothing was lost". */
  static String diskFull(Path file) {
    if (file == null) return "the disk is full; nothing was lost";
    Path dir = file.toAbsolutePath().getParent();
    String free = "";
    try {
      long bytes = Files.getFileStore(dir).getUsableSpace();
      free = String.format(Locale.ROOT, "%d MB free at %s", bytes / (1024 * 1024), dir);
    } catch (IOException | RuntimeException ignored) {
      free = "at " + dir;
    }
    return "the disk is full (" + free + "); nothing was lost";
  }

  /** Why {@code file} cannot be written: its directory (or mount) is read-only, or the file is. */
  static String readOnlyMessage(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    if (ReadOnly.directory(dir)) {
      return "the directory "
          + dir
          + " is read-only: tutor can read "
          + file.getFileName()
          + " there but not change it (copy it somewhere writable, or use --db)";
    }
    return file
        + " is read-only: tutor can read it but not change it (make it writable: chmod u+w "
        + file.getFileName()
        + "; or use --db)";
  }

  /** The file {@code c} is open on, if it is a file. */
  static java.util.Optional<Path> file(Connection c) {
    try {
      String url = c.getMetaData().getURL();
      String prefix = "jdbc:sqlite:";
      if (url == null || !url.startsWith(prefix)) return java.util.Optional.empty();
      String name = url.substring(prefix.length());
      if (name.startsWith("file:")) name = name.substring("file:".length());
      int query = name.indexOf('?');
      if (query >= 0) name = name.substring(0, query);
      if (name.isEmpty() || name.startsWith(":memory:")) return java.util.Optional.empty();
      return java.util.Optional.of(Path.of(name));
    } catch (SQLException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
