package tutor.store;

import java.nio.file.Path;

/**
 * What a storage adapter provides, found at run time by {@link java.util.ServiceLoader} (a line in
 * {@code META-INF/services/tutor.store.StoreAdapter}) so that nothing outside the adapter names its
 * classes: {@link Stores} hands these out. The SQLite adapter is {@code tutor.store.sqlite}.
 */
public interface StoreAdapter {
  /**
   * Opens the store at {@code location}, creating it if there is none; where it cannot be written,
   * it is opened for reading only ({@link Store#readOnly}).
   */
  Store open(Path location);

  /**
   * Loads and sets up what opening a store needs (drivers, native libraries), on the calling
   * thread, so that a later {@link #open} is quick. Problems are left to the real opening to
   * report.
   */
  void warmUp();

  /** The version of the schema this adapter writes; a store written by a newer tutor is refused. */
  int schemaVersion();

  /** Copies and restores of a store where it lives. */
  Backups backups();

  /** Checks and repairs of a store where it lives. */
  Checkup checkup();
}
