package tutor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tutor.store.SqliteStore;

/**
 * The learner's database, opened on another thread while Picocli reads the command line (which
 * takes a tenth of a second on the main thread): what {@code study} and {@code due} do first, on
 * the second core. A study also reads the installed exercises and skills in outline. Only a
 * database that exists is opened early: a mistake on the command line must not create one.
 * Whatever goes wrong here is left for the command's own opening to meet and report.
 */
final class EarlyStore {
  private final Path path;
  private final CompletableFuture<SqliteStore> store = new CompletableFuture<>();
  private boolean taken;

  private EarlyStore(Path path) {
    this.path = path;
  }

  /** Starts opening {@code path} if it exists; null if it does not. */
  static EarlyStore start(Path path, boolean outline) {
    if (!Files.isRegularFile(path)) return null;
    EarlyStore early = new EarlyStore(path);
    Thread t = new Thread(() -> {
      try {
        SqliteStore s = SqliteStore.open(path);
        if (outline) s.preloadOutline();
        early.store.complete(s);
      } catch (RuntimeException | LinkageError e) {
        early.store.complete(null);
      }
    }, "early-store");
    t.setDaemon(true);
    t.start();
    return early;
  }

  /** The store, when it is {@code wanted} and opened well; else empty (open it the usual way). */
  synchronized Optional<SqliteStore> take(Path wanted) {
    if (taken || !wanted.equals(path)) return Optional.empty();
    taken = true;
    return Optional.ofNullable(store.join());
  }

  /** Closes the store if no command took it (help, a mistake on the command line). */
  synchronized void close() {
    if (taken) return;
    taken = true;
    SqliteStore s = store.join();
    if (s != null) s.close();
  }
}
