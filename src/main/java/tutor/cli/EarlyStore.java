package tutor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tutor.store.Store;
import tutor.store.StoreException;
import tutor.store.Stores;

/**
 * The learner's database, opened on another thread while Picocli reads the command line (which
 * takes a tenth of a second on the main thread): what {@code study}, {@code cram} and {@code due}
 * do first, on the second core. Cramming, which goes through every exercise of its scope, also
 * reads the installed exercises and skills in outline; a study does not (it asks the store for
 * candidates). Only a database that exists is opened early: a mistake on the command line must not
 * create one.
 */
final class EarlyStore {
  private final Path path;

  /** The open store, or how opening it failed. */
  private final CompletableFuture<Store> store = new CompletableFuture<>();

  private boolean taken;

  private EarlyStore(Path path) {
    this.path = path;
  }

  /** Starts opening {@code path} if it exists; null if it does not. */
  static EarlyStore start(Path path, boolean outline) {
    if (!Files.isRegularFile(path)) return null;
    EarlyStore early = new EarlyStore(path);
    Thread t =
        new Thread(
            () -> {
              Store s = null;
              try {
                s = Stores.open(path);
                tutor.session.Timing.mark("early store: open");
                // the whole outline for cramming; else the skills, which a study picks by
                if (outline) s.preloadOutline();
                else s.preloadSkills();
                tutor.session.Timing.mark("early store: skills read");
                early.store.complete(s);
              } catch (
                  Throwable e) { // whatever it is, the command must hear of it, not wait forever
                if (s != null) s.close();
                early.store.completeExceptionally(e);
              }
            },
            "early-store");
    t.setDaemon(true);
    t.start();
    return early;
  }

  /**
   * The store, when it is {@code wanted}; empty when it is another database or the early opening
   * met something other than a problem with the database (then the command opens it as usual).
   *
   * @throws StoreException what opening the database met (locked, damaged, too new): the command
   *     would meet it again, after as long a wait
   */
  synchronized Optional<Store> take(Path wanted) {
    if (taken || !wanted.equals(path)) return Optional.empty();
    taken = true;
    try {
      return Optional.of(store.join());
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof StoreException se) throw se;
      return Optional.empty();
    }
  }

  /**
   * Closes the store if no command took it (help, a mistake on the command line), without waiting
   * for an opening still under way (a locked database): the process is ending.
   */
  synchronized void close() {
    if (taken) return;
    taken = true;
    store.thenAccept(Store::close);
  }
}
