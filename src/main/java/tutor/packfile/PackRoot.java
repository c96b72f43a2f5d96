package tutor.packfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The symlink rule (docs/pack-format.md, "Limits"): a pack never reads a file from outside itself.
 * The pack directory may itself be a link (the author's choice): its real path is the root. Every
 * file the pack reads is compared by its real path, so a link inside the pack to a file elsewhere
 * ({@code lessons/a.md -> /etc/passwd}) is refused rather than validated, installed or exported.
 */
public final class PackRoot {
  private PackRoot() {}

  /**
   * The pack directory's real path (links resolved), or its normalized absolute path if it has
   * none.
   */
  public static Path real(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }

  /**
   * Where {@code file} really is, when that is outside {@code realRoot}; empty when inside (or
   * missing).
   */
  public static Optional<Path> outside(Path realRoot, Path file) {
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      return Optional.empty(); // a missing file is reported as missing by whoever reads it
    }
    return real.startsWith(realRoot) ? Optional.empty() : Optional.of(real);
  }

  /** The one-line error for a file that links outside the pack. */
  public static PackError error(Path shownFile, Path target) {
    return new PackError(shownFile, 0, message(target));
  }

  public static String message(Path target) {
    return "links outside the pack (to " + target + ")";
  }

  /**
   * The first file under {@code dir} (hidden ones included) whose real path is outside it, for the
   * commands that take a whole directory (install, export): nothing from outside is hashed or
   * shipped.
   */
  public static Optional<PackError> firstLinkOutside(Path dir) throws IOException {
    Path realRoot = real(dir);
    try (Stream<Path> walk = Files.walk(realRoot)) {
      for (Path p : walk.filter(Files::isSymbolicLink).sorted().toList()) {
        Optional<Path> target = outside(realRoot, p);
        if (target.isPresent())
          return Optional.of(error(dir.resolve(realRoot.relativize(p)), target.get()));
      }
    }
    return Optional.empty();
  }
}
