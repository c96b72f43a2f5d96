package tutor.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Files on the disk before they are given their name: what backups, restores and exports do so that
 * a power cut never leaves an empty or half file under a name that promises a whole one.
 */
public final class Durable {
  /** Temporary files of backups, restores and exports in progress end with this. */
  public static final String PARTIAL = ".partial";

  private Durable() {}

  /**
   * A hidden temporary file in {@code dir} for {@code name} while it is written: ".name.1a2b3c4d"
   * and {@link #PARTIAL}, which the sweeps of unfinished files recognise.
   */
  public static Path partial(Path dir, String name) {
    return dir.resolve(
        "." + name + "." + java.util.UUID.randomUUID().toString().substring(0, 8) + PARTIAL);
  }

  /**
   * Writes the file's data to the disk before it is given its name, so a power cut cannot name an
   * empty file.
   */
  public static void force(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    } catch (IOException e) {
      throw new StoreException("cannot write " + file + " to the disk: " + e.getMessage(), e);
    }
  }

  /** Writes a directory's entries (a rename) to the disk, where the system can. */
  public static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // not every system can sync a directory; the rename is still atomic
    }
  }
}
