package tutor.store;

import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Where the rest of tutor gets a {@link Store} and the tools that work on one: the one adapter on
 * the class path ({@link StoreAdapter}), found once. Nothing outside {@code tutor.store} names an
 * adapter's classes.
 */
public final class Stores {
  private Stores() {}

  /** Found when first asked for, once. */
  private static final class Found {
    static final StoreAdapter ADAPTER = find();

    private static StoreAdapter find() {
      for (StoreAdapter a :
          ServiceLoader.load(StoreAdapter.class, StoreAdapter.class.getClassLoader())) {
        return a;
      }
      throw new IllegalStateException(
          "no store adapter on the class path (META-INF/services/"
              + StoreAdapter.class.getName()
              + ")");
    }
  }

  /** The adapter in use. */
  public static StoreAdapter adapter() {
    return Found.ADAPTER;
  }

  /**
   * Opens the store at {@code location}, creating it if there is none; where it cannot be written,
   * it is opened for reading only.
   */
  public static Store open(Path location) {
    return adapter().open(location);
  }

  /** See {@link StoreAdapter#warmUp}. */
  public static void warmUp() {
    adapter().warmUp();
  }

  public static Backups backups() {
    return adapter().backups();
  }

  public static Checkup checkup() {
    return adapter().checkup();
  }
}
