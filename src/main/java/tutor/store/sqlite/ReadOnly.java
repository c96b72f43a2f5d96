package tutor.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether tutor can write where a database lives: a read-only mount, or no permission to write. */
final class ReadOnly {
  private ReadOnly() {}

  /** Whether files cannot be created or changed in {@code dir} (read-only mount or permissions). */
  static boolean directory(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) return false;
    try {
      if (Files.getFileStore(dir).isReadOnly()) return true;
    } catch (IOException | RuntimeException e) {
      // unknown: fall back to the permissions
    }
    return !Files.isWritable(dir);
  }

  /**
   * Whether the existing database {@code file} can only be read: its directory is read-only (SQLite
   * could not create its -wal and -shm there), or the file itself is.
   */
  static boolean database(Path file) {
    if (!Files.isRegularFile(file)) return false;
    return directory(file.toAbsolutePath().getParent()) || !Files.isWritable(file);
  }
}
