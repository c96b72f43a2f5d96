package tutor.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import tutor.store.AutoBackups;
import tutor.store.StoreException;

/**
 * The automatic backups of the commands: one before each command that destroys data (it must
 * succeed, or the command does not run), and the daily one when studying (in the background, so
 * that the first exercise is not kept waiting; a failure is reported, never fatal).
 */
final class AutoBackup {
  private AutoBackup() {}

  /** Backs up the database before a destructive command; says where on standard error. */
  static Optional<Path> before(TutorCommand root, String reason) {
    Path db = root.databasePath();
    Optional<Path> taken;
    try {
      taken = AutoBackups.take(db, reason, root.clock().instant(), ZoneId.systemDefault());
    } catch (StoreException e) {
      throw new StoreException("nothing was changed: the backup before it failed: " + e.getMessage(), e);
    }
    taken.ifPresent(p -> root.ctx.err().println("Backed up the database first, to " + p
        + " (tutor restore " + p.getFileName() + " brings it back)."));
    return taken;
  }

  /** The day's backup, made while the session runs; {@link Daily#finish} waits for it. */
  static Daily daily(TutorCommand root) {
    Path db = root.databasePath();
    Instant now = root.clock().instant();
    ZoneId zone = ZoneId.systemDefault();
    Daily d = new Daily();
    // Listing a small directory is cheap; the copy itself is what must not delay the first prompt.
    if (AutoBackups.hasOneOn(db, LocalDateTime.ofInstant(now, zone).toLocalDate())) return d;
    d.thread = new Thread(() -> {
      try {
        AutoBackups.take(db, "daily", now, zone);
      } catch (RuntimeException e) {
        d.failure = e.getMessage();
      }
    }, "daily-backup");
    d.thread.setDaemon(true);
    d.thread.start();
    return d;
  }

  static final class Daily {
    private Thread thread;
    private volatile String failure;

    /** Waits for the backup (a session is done; a backup cut short would be swept up anyway). */
    void finish(java.io.PrintWriter err) {
      if (thread == null) return;
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (failure != null) err.println("tutor: the daily backup failed (your answers are saved): " + failure);
    }
  }
}
