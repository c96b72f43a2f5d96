package tutor.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import tutor.store.Learner;
import tutor.store.LearnerLock;
import tutor.store.Printable;
import tutor.store.StoreException;

/**
 * SQLite's {@link LearnerLock}: the operating system's lock on byte {@code learner id} of the file
 * {@code DB-lock} next to the database, held while the session runs. The system releases it when
 * the process ends, however it ends ({@code kill -9}, a crash, a power cut), so a crashed session
 * never leaves a stale lock. The small file stays; deleting it could let two sessions hold "the"
 * lock at once.
 */
final class FileLearnerLock implements LearnerLock {
  /**
   * One channel per lock file for the life of the process: closing any channel on a file releases
   * every lock the process holds on it (POSIX), so none is ever closed.
   */
  private static final Map<Path, FileChannel> CHANNELS = new HashMap<>();

  private final FileLock lock;

  private FileLearnerLock(FileLock lock) {
    this.lock = lock;
  }

  /** The lock file of {@code database}. */
  static Path fileOf(Path database) {
    Path abs = database.toAbsolutePath();
    return abs.resolveSibling(abs.getFileName() + "-lock");
  }

  /** See {@link tutor.store.Store#lockLearner}. */
  static LearnerLock take(SqliteStore store, Learner learner) {
    store.requireWritable();
    Path file = fileOf(store.file());
    synchronized (CHANNELS) {
      try {
        FileChannel channel = CHANNELS.get(file);
        if (channel == null || !channel.isOpen()) {
          channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          CHANNELS.put(file, channel);
        }
        FileLock lock = channel.tryLock(learner.id(), 1, false);
        if (lock != null) return new FileLearnerLock(lock);
      } catch (OverlappingFileLockException e) {
        // held by this process: a session of the learner is already under way here
      } catch (IOException e) {
        throw new StoreException(
            "cannot lock "
                + file
                + " for learner '"
                + Printable.escape(learner.name())
                + "': "
                + e.getMessage(),
            e);
      }
    }
    throw new StoreException(
        "learner '"
            + Printable.escape(learner.name())
            + "' is already studying in another tutor (another"
            + " terminal or window) on "
            + store.file()
            + "; finish that session first, or switch learner");
  }

  @Override
  public void close() {
    synchronized (CHANNELS) {
      try {
        lock.release();
      } catch (IOException e) {
        // the process is ending or the file is gone: the system releases the lock anyway
      }
    }
  }
}
