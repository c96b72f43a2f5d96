package tutor.store.sqlite;

import tutor.store.Backups;
import tutor.store.Checkup;
import tutor.store.Store;
import tutor.store.StoreAdapter;
import tutor.store.StoreLocation;

/**
 * The SQLite adapter of the store port: one database file per store, at a location that is a path,
 * found by {@link tutor.store.Stores} through {@code META-INF/services/tutor.store.StoreAdapter}.
 */
public final class SqliteAdapter implements StoreAdapter {
  private static final Backups BACKUPS = new SqliteBackups();
  private static final Checkup CHECKUP = new SqliteCheckup();

  /** For {@link java.util.ServiceLoader}. */
  public SqliteAdapter() {}

  @Override
  public String name() {
    return "SQLite";
  }

  @Override
  public boolean accepts(StoreLocation location) {
    return location.isPath();
  }

  @Override
  public Store open(StoreLocation location) {
    return SqliteStore.open(location.path());
  }

  @Override
  public void warmUp() {
    SqliteStore.warmUp();
  }

  @Override
  public int schemaVersion() {
    return Database.latestVersion();
  }

  @Override
  public Backups backups() {
    return BACKUPS;
  }

  @Override
  public Checkup checkup() {
    return CHECKUP;
  }
}
