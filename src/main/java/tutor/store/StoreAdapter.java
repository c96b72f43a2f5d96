package tutor.store;

/**
 * What a storage adapter provides, found at run time by {@link java.util.ServiceLoader} (a line in
 * {@code META-INF/services/tutor.store.StoreAdapter}) so that nothing outside the adapter names its
 * classes: {@link Stores} hands these out, choosing by the location asked for ({@link #accepts}).
 * The SQLite adapter is {@code tutor.store.sqlite}: a path.
 */
public interface StoreAdapter {
  /** What it keeps stores in, for messages: "SQLite". */
  String name();

  /**
   * Whether this adapter keeps stores at {@code location}: SQLite a path, a server adapter a URI of
   * its scheme ({@code postgresql://...}). Asked without opening anything.
   */
  boolean accepts(StoreLocation location);

  /**
   * Opens the store at {@code location} (one it {@link #accepts}), creating it if there is none;
   * where it cannot be written, it is opened for reading only ({@link Store#readOnly}).
   */
  Store open(StoreLocation location);

  /**
   * Loads and sets up what opening a store needs (drivers, native libraries), on the calling
   * thread, so that a later {@link #open} is quick. Problems are left to the real opening to
   * report.
   */
  void warmUp();

  /** The version of the schema this adapter writes; a store written by a newer tutor is refused. */
  int schemaVersion();

  /** Copies and restores of a store where it lives (a server's may refuse: it has its own). */
  Backups backups();

  /** Checks and repairs of a store where it lives. */
  Checkup checkup();
}
