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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import tutor.packfile.PackReader;

/**
 * A pack to install: a directory, or a .zip of one unpacked safely into a temporary directory
 * (no paths outside it, bounded size and file count).
 */
final class PackSource implements AutoCloseable {
  static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
  static final int MAX_ENTRIES = 20_000;

  final Path dir;
  private final Path tempRoot;

  private PackSource(Path dir, Path tempRoot) {
    this.dir = dir;
    this.tempRoot = tempRoot;
  }

  static PackSource open(Path path) {
    if (Files.isDirectory(path)) return new PackSource(path, null);
    if (!Files.exists(path)) throw new UserException(ExitCodes.BAD_INPUT, path + ": no such file or directory");
    if (!path.getFileName().toString().toLowerCase().endsWith(".zip")) {
      throw new UserException(ExitCodes.BAD_INPUT, path + ": not a pack (give a directory with "
          + PackReader.MANIFEST + ", or a .zip of one)");
    }
    Path temp;
    try {
      temp = Files.createTempDirectory("tutor-pack");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      unzip(path, temp);
      return new PackSource(findManifestDir(path, temp), temp);
    } catch (RuntimeException e) {
      deleteTree(temp);
      throw e;
    }
  }

  private static void unzip(Path zip, Path into) {
    long total = 0;
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new UserException(ExitCodes.BAD_INPUT, zip + ": more than " + MAX_ENTRIES + " files");
        }
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into) || e.getName().contains("\\")) {
          throw new UserException(ExitCodes.BAD_INPUT, zip + ": entry '" + e.getName()
              + "' would be written outside the pack; refusing the archive");
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (var out = Files.newOutputStream(target)) {
          byte[] buf = new byte[8192];
          int n;
          while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_UNPACKED_BYTES) {
              throw new UserException(ExitCodes.BAD_INPUT, zip + ": unpacks to more than "
                  + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB; refusing the archive");
            }
            out.write(buf, 0, n);
          }
        }
      }
    } catch (ZipException e) {
      throw new UserException(ExitCodes.BAD_INPUT, zip + ": not a valid zip archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new UserException(ExitCodes.BAD_INPUT, zip + ": cannot read the archive (" + e.getMessage() + ")");
    }
    if (entries == 0) throw new UserException(ExitCodes.BAD_INPUT, zip + ": not a zip archive, or an empty one");
  }

  /** The manifest at the top of the archive, or in its single top-level directory. */
  private static Path findManifestDir(Path zip, Path root) {
    if (Files.isRegularFile(root.resolve(PackReader.MANIFEST))) return root;
    try (Stream<Path> top = Files.list(root)) {
      List<Path> dirs = top.filter(Files::isDirectory).toList();
      if (dirs.size() == 1 && Files.isRegularFile(dirs.get(0).resolve(PackReader.MANIFEST))) return dirs.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new UserException(ExitCodes.BAD_INPUT, zip + ": no " + PackReader.MANIFEST
        + " at the top of the archive (or in its one top-level folder)");
  }

  /** A hash of every file of the pack (names and bytes), to tell whether content changed. */
  String contentHash() {
    try (Stream<Path> walk = Files.walk(dir)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        md.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
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
