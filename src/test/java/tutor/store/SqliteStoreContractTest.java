package tutor.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract ({@link StoreContract}) on the SQLite adapter. */
class SqliteStoreContractTest extends StoreContract {
  @TempDir Path dir;

  @Override
  protected Store newStore() {
    return SqliteStore.open(dir.resolve("contract.db"));
  }

  @Override
  protected Store secondHandle(Store store) {
    return SqliteStore.open(((SqliteStore) store).file());
  }
}
