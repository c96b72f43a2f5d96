package tutor.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Where the rest of tutor gets a {@link Store} and the tools that work on one: from the adapter
 * ({@link StoreAdapter}) that keeps stores at the location asked for, among those on the class path
 * (found once, by {@link ServiceLoader}). Nothing outside {@code tutor.store} names an adapter's
 * classes.
 */
public final class Stores {
  private Stores() {}

  /** Found when first asked for, once, in the order of the class path. */
  private static final class Found {
    static final List<StoreAdapter> ADAPTERS = find();

    private static List<StoreAdapter> find() {
      List<StoreAdapter> out = new ArrayList<>();
      for (StoreAdapter a :
          ServiceLoader.load(StoreAdapter.class, StoreAdapter.class.getClassLoader())) {
        out.add(a);
      }
      if (out.isEmpty()) {
        throw new IllegalStateException(
            "no store adapter on the class path (META-INF/services/"
                + StoreAdapter.class.getName()
                + ")");
      }
      return List.copyOf(out);
    }
  }

  /** The adapter that keeps stores at {@code location}, if this build has one. */
  public static Optional<StoreAdapter> adapterFor(StoreLocation location) {
    for (StoreAdapter a : Found.ADAPTERS) if (a.accepts(location)) return Optional.of(a);
    return Optional.empty();
  }

  /**
   * The adapter that keeps stores at {@code location}.
   *
   * @throws StoreException when none does, saying which this build has
   */
  public static StoreAdapter adapter(StoreLocation location) {
    return adapterFor(location).orElseThrow(() -> new StoreException(noAdapterFor(location)));
  }

  /**
   * Why {@code location} cannot be opened here: "no store adapter for 'X': this build has Y only".
   */
  public static String noAdapterFor(StoreLocation location) {
    List<String> names = Found.ADAPTERS.stream().map(StoreAdapter::name).toList();
    String has =
        names.size() == 1
            ? names.get(0) + " only"
            : String.join(", ", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1);
    return "no store adapter for '"
        + Printable.escape(location.text())
        + "': this build has "
        + has;
  }

  /** The adapter of database files, where tutor keeps a learner's data unless told otherwise. */
  public static StoreAdapter adapter() {
    return adapter(StoreLocation.of(Path.of("tutor.db")));
  }

  /**
   * Opens the store at {@code location}, creating it if there is none; where it cannot be written,
   * it is opened for reading only.
   *
   * @throws StoreException when no adapter keeps stores there, or opening fails
   */
  public static Store open(StoreLocation location) {
    return adapter(location).open(location);
  }

  /** Opens the database file {@code file}: {@link #open(StoreLocation)}. */
  public static Store open(Path file) {
    return open(StoreLocation.of(file));
  }

  /** Readies the adapter of database files ({@link StoreAdapter#warmUp}). */
  public static void warmUp() {
    adapter().warmUp();
  }

  /** Copies and restores of database files. */
  public static Backups backups() {
    return adapter().backups();
  }

  /** Checks and repairs of database files. */
  public static Checkup checkup() {
    return adapter().checkup();
  }
}
