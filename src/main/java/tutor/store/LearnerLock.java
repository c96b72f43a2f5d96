package tutor.store;

/**
 * One session of a learner at a time, per store: a session writes card and mastery rows from what
 * it read at its start, so two sessions of one learner would overwrite each other's answers,
 * introduce exercises twice, and undo each other's answers. A second session of the same learner is
 * refused with a clear line, as Anki locks its collection; different learners study side by side.
 *
 * <p>Each adapter locks its own way ({@link Store#lockLearner}): SQLite a byte of a file next to
 * the database, a server an advisory lock held by the session's connection. Either is released by
 * {@link #close}, and by the system when the process ends however it ends, so a crashed session
 * never leaves a stale lock.
 */
public interface LearnerLock extends AutoCloseable {
  /**
   * Takes the lock of {@code learner} on {@code store}, or fails with one line ({@link
   * StoreException}): the learner has a session in another tutor, or the store cannot be written
   * here.
   */
  static LearnerLock take(Store store, Learner learner) {
    return store.lockLearner(learner);
  }

  /** Releases the lock. */
  @Override
  void close();
}
