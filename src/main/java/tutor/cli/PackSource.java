package tutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tutor.packfile.PackError;
import tutor.packfile.PackReader;
import tutor.packfile.PackRoot;
import tutor.packfile.ZipFiles;

/**
 * A pack to install: a directory, or a .zip of one unpacked safely into a temporary directory (no
 * paths outside it, bounded size and file count).
 */
final class PackSource implements AutoCloseable {
  final Path dir;
  private final Path tempRoot;
  private final Path zip;

  private PackSource(Path dir, Path tempRoot, Path zip) {
    this.dir = dir;
    this.tempRoot = tempRoot;
    this.zip = zip;
  }

  static PackSource open(Path path) {
    if (Files.isDirectory(path)) {
      refuseLinksOutside(path);
      return new PackSource(path, null, null);
    }
    if (!Files.exists(path))
      throw new UserException(ExitCodes.BAD_INPUT, path + ": no such file or directory");
    if (!path.getFileName().toString().toLowerCase().endsWith(".zip")) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          path
              + ": not a pack (give a directory with "
              + PackReader.MANIFEST
              + ", or a .zip of one)");
    }
    Path temp;
    try {
      temp = Files.createTempDirectory("tutor-pack");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      unzip(path, temp);
      return new PackSource(findManifestDir(path, temp), temp, path);
    } catch (RuntimeException e) {
      deleteTree(temp);
      throw e;
    }
  }

  /**
   * No file of the pack may link outside it: nothing from elsewhere is read, hashed, installed or
   * shipped.
   */
  private static void refuseLinksOutside(Path dir) {
    try {
      Optional<PackError> link = PackRoot.firstLinkOutside(dir);
      if (link.isPresent()) throw new UserException(ExitCodes.BAD_INPUT, link.get().toString());
    } catch (IOException e) {
      throw new UserException(ExitCodes.BAD_INPUT, dir + ": cannot list files: " + e.getMessage());
    }
  }

  private static void unzip(Path zip, Path into) {
    try {
      ZipFiles.unzip(zip, into);
    } catch (ZipFiles.Refused e) {
      throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
    }
  }

  /** The manifest at the top of the archive, or in its single top-level directory. */
  private static Path findManifestDir(Path zip, Path root) {
    if (Files.isRegularFile(root.resolve(PackReader.MANIFEST))) return root;
    try (Stream<Path> top = Files.list(root)) {
      List<Path> dirs = top.filter(Files::isDirectory).toList();
      if (dirs.size() == 1 && Files.isRegularFile(dirs.get(0).resolve(PackReader.MANIFEST)))
        return dirs.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new UserException(
        ExitCodes.BAD_INPUT,
        zip
            + ": no "
            + PackReader.MANIFEST
            + " at the top of the archive (or in its one top-level folder)");
  }

  /** A hash of every file of the pack (names and bytes), to tell whether content changed. */
  String contentHash() {
    Path realDir = PackRoot.real(dir); // a linked pack directory is walked, not seen as one file
    try (Stream<Path> walk = Files.walk(realDir)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        md.update(realDir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        try (InputStream in = Files.newInputStream(p)) {
          md.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A file of the pack as the author knows it: for a zip, {@code pack.zip!/folder/file} rather than
   * the temporary directory it was unpacked into.
   */
  Path shown(Path file) {
    if (zip == null) return file;
    Path abs = file.toAbsolutePath().normalize();
    Path root = tempRoot.toAbsolutePath().normalize();
    if (!abs.startsWith(root)) return file;
    String inside = root.relativize(abs).toString().replace('\\', '/');
    return Path.of(zip + "!" + (inside.isEmpty() ? "" : "/" + inside));
  }

  @Override
  public void close() {
    if (tempRoot != null) deleteTree(tempRoot);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }
}
