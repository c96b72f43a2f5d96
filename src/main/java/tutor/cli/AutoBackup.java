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
    if (!root.databaseLocation().isPath()) return Optional.empty(); // a server backs itself up
    Path db = root.databasePath();
    Optional<Path> taken;
    try {
      taken = AutoBackups.take(db, reason, root.clock().instant(), ZoneId.systemDefault());
    } catch (StoreException e) {
      throw new StoreException(
          "nothing was changed: the backup before it failed: " + e.getMessage(), e);
    }
    int width = TerminalWidth.forProse(root.ctx);
    taken.ifPresent(
        p -> {
          String line =
              "Backed up the database first, to "
                  + p
                  + " (tutor restore "
                  + p.getFileName()
                  + " brings it back).";
          if (line.length() < width) {
            root.ctx.err().println(line);
            return;
          }
          // Too long for the terminal: the command that brings it back on a line of its own, to be
          // copied whole (wrapped mid-sentence, it was broken around the name at 50 columns).
          TextRows.print(root.ctx.err(), "Backed up the database first, to " + p, width);
          TextRows.print(
              root.ctx.err(), "Restore it with: tutor restore " + p.getFileName(), width);
        });
    return taken;
  }

  /**
   * How long the daily backup waits before it starts, so that it does not compete with the
   * session's start for the processor and the disk: the first exercise is on the screen by then.
   */
  private static final long DELAY_MS = 2_000;

  /** The day's backup, made while the session runs; {@link Daily#finish} waits for it. */
  static Daily daily(TutorCommand root) {
    if (!root.databaseLocation().isPath()) return new Daily(); // a server backs itself up
    Path db = root.databasePath();
    Instant now = root.clock().instant();
    ZoneId zone = ZoneId.systemDefault();
    // Listing a small directory is cheap; the copy itself is what must not delay the first prompt.
    if (AutoBackups.hasOneOn(db, LocalDateTime.ofInstant(now, zone).toLocalDate()))
      return new Daily();
    return Daily.running(() -> AutoBackups.take(db, "daily", now, zone));
  }

  /** How long the end of a session waits for the day's backup before it says so. */
  static final long SILENT_WAIT_MS = 1_000;

  static final String FINISHING =
      "Finishing today's backup of your data (your answers are saved)...";

  static final class Daily {
    /** {@code backup} in the background, {@link #DELAY_MS} after now or at {@link #finish}. */
    static Daily running(Runnable backup) {
      Daily d = new Daily();
      d.thread =
          new Thread(
              () -> {
                try {
                  d.ended.await(DELAY_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
                  backup.run();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                  d.failure = e.getMessage();
                }
              },
              "daily-backup");
      d.thread.setDaemon(true);
      d.thread.start();
      return d;
    }

    private Thread thread;
    private volatile String failure;
    private final java.util.concurrent.CountDownLatch ended =
        new java.util.concurrent.CountDownLatch(1);

    /**
     * Waits for the backup (a session is done; a backup cut short would be swept up anyway), saying
     * so when it takes a while: the day's backup of a large database (500 MB: 10 s and more) had
     * the learner wait in silence after the last answer.
     */
    void finish(java.io.PrintWriter err) {
      if (thread == null) return;
      ended.countDown(); // a session shorter than the delay: back up now
      try {
        thread.join(SILENT_WAIT_MS);
        if (thread.isAlive()) {
          err.println(FINISHING);
          err.flush();
        }
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (failure != null)
        err.println("tutor: the daily backup failed (your answers are saved): " + failure);
    }
  }
}
