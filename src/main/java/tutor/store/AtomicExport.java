package tutor.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;

/**
 * Writes an export under a temporary name beside its target ({@code .NAME.XXXXXXXX.partial}) and
 * gives it its name only when it is complete and on the disk: a file or directory under an export's
 * name is always a whole export. A failure deletes the temporary one; a kill leaves it under the
 * temporary name, which import refuses (its manifest is missing).
 */
public final class AtomicExport {
  /** The export itself: writes everything to the writer, returns what it wants returned. */
  @FunctionalInterface
  public interface Body<T> {
    T write(ExportWriter w) throws IOException;
  }

  private AtomicExport() {}

  /**
   * Writes a JSON file, or a CSV directory if {@code csv}, at {@code target}, which must not exist.
   */
  public static <T> T write(Path target, boolean csv, Body<T> body) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Durable.partial(dir, target.getFileName().toString());
    try {
      T result;
      if (csv) {
        try (ExportWriter w = ExportCsv.writer(temp)) {
          result = body.write(w);
        }
        try (var files = Files.list(temp)) {
          for (Path f : files.toList()) Durable.force(f);
        }
        Durable.forceDirectory(temp);
      } else {
        try (OutputStream out = Files.newOutputStream(temp);
            ExportWriter w = ExportJson.writer(out)) {
          result = body.write(w);
          out.write('\n');
        }
        Durable.force(temp);
      }
      if (Files.exists(target))
        throw new StoreException(target + " already exists; an export never overwrites");
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
        throw new StoreException(target + " already exists; an export never overwrites");
      }
      Durable.forceDirectory(dir);
      return result;
    } catch (IOException | UncheckedIOException e) {
      deleteTree(temp);
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      String msg = String.valueOf(io.getMessage());
      if (msg.contains("No space left")
          || msg.contains("Disk quota")
          || msg.contains("File too large")) {
        throw new StoreException(
            "the disk is full: no room in " + dir + " for the export; nothing was written", io);
      }
      throw new StoreException(
          "cannot write the export " + target + ": " + msg + "; nothing was written", io);
    } catch (RuntimeException e) {
      deleteTree(temp);
      throw e;
    }
  }

  static void deleteTree(Path p) {
    if (!Files.exists(p)) return;
    try (var all = Files.walk(p)) {
      for (Path f : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
    } catch (IOException ignored) {
      // left under its temporary name, which nothing reads as an export
    }
  }
}
