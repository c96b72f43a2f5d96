package tutor.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A consistent copy of a database with VACUUM INTO: it reads one snapshot, so answers being saved
 * meanwhile by a running session are either wholly in the copy or not at all, and the session is
 * not held up (the database is in WAL mode). The copy is then checked with integrity_check.
 */
public final class Backup {
  private Backup() {}

  /** Copies {@code db} to {@code target}, which must not exist yet; returns the copy's size in bytes. */
  public static long copy(Path db, Path target) {
    if (Files.exists(target)) {
      throw new StoreException(target + " already exists; a backup never overwrites a file (choose another PATH)");
    }
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("cannot create the directory for " + target + ": " + e.getMessage(), e);
    }
    try (Connection c = DatabaseFile.openTutor(db, false);
        PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
      ps.setString(1, target.toAbsolutePath().toString());
      ps.execute();
    } catch (SQLException e) {
      deleteQuietly(target);
      String damaged = String.valueOf(e.getMessage()).contains("malformed") ? "; the database is damaged: run tutor doctor" : "";
      throw new StoreException("backup of " + db + " failed: " + e.getMessage() + damaged, e);
    }
    try (Connection c = DatabaseFile.open(target, true)) {
      String check = DatabaseFile.textPragma(c, "integrity_check");
      if (!"ok".equals(check)) {
        throw new StoreException("the backup " + target + " does not pass integrity_check (" + check
            + "); the database itself may be damaged: run tutor doctor");
      }
    } catch (SQLException e) {
      throw new StoreException("cannot check the backup " + target + ": " + e.getMessage(), e);
    }
    try {
      return Files.size(target);
    } catch (IOException e) {
      return -1;
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // nothing more to do; the error that caused this is reported
    }
  }
}
