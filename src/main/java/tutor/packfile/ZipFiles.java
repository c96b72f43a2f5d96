package tutor.packfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zip archives handled defensively: nothing is written outside the target directory (zip-slip), and
 * the number of entries and the bytes unpacked are bounded (zip bombs), counting what is actually
 * inflated rather than what the archive claims.
 */
public final class ZipFiles {
  public static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
  public static final int MAX_ENTRIES = 20_000;

  /** Entries get this time in archives we write, so the same pack always gives the same bytes. */
  private static final FileTime FIXED_TIME = FileTime.fromMillis(315_532_800_000L); // 1980-01-01

  private ZipFiles() {}

  /** An archive refused, with a message that names the archive and says why. */
  public static final class Refused extends Exception {
    public Refused(String message) {
      super(message);
    }
  }

  /**
   * Unpacks {@code zip} into the directory {@code into}, or refuses it having written nothing
   * outside.
   */
  public static void unzip(Path zip, Path into) throws Refused {
    Path root = into.toAbsolutePath().normalize();
    long total = 0;
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES)
          throw new Refused(zip + ": more than " + MAX_ENTRIES + " files");
        Path target = root.resolve(e.getName()).normalize();
        if (!target.startsWith(root)
            || target.equals(root) && !e.isDirectory()
            || e.getName().contains("\\")) {
          throw new Refused(
              zip
                  + ": entry '"
                  + e.getName()
                  + "' would be written outside the pack; refusing the archive");
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
          total = copy(in, out, total, MAX_UNPACKED_BYTES, zip);
        }
      }
    } catch (ZipException e) {
      throw new Refused(zip + ": not a valid zip archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new Refused(zip + ": cannot read the archive (" + e.getMessage() + ")");
    }
    if (entries == 0) throw new Refused(zip + ": not a zip archive, or an empty one");
  }

  /** The names of the entries of {@code zip}. */
  public static List<String> names(Path zip) throws Refused {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      if (z.size() > MAX_ENTRIES) throw new Refused(zip + ": more than " + MAX_ENTRIES + " files");
      return Collections.list(z.entries()).stream().map(ZipEntry::getName).toList();
    } catch (ZipException e) {
      throw new Refused(zip + ": not a zip archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new Refused(zip + ": cannot read the archive (" + e.getMessage() + ")");
    }
  }

  /**
   * Copies the entry {@code name} of {@code zip} to the file {@code to}, refusing more than {@code
   * maxBytes}.
   */
  public static void extract(Path zip, String name, Path to, long maxBytes) throws Refused {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry e = z.getEntry(name);
      if (e == null) throw new Refused(zip + ": no entry '" + name + "'");
      try (InputStream in = z.getInputStream(e);
          OutputStream out = Files.newOutputStream(to)) {
        copy(in, out, 0, maxBytes, zip);
      }
    } catch (ZipException e) {
      throw new Refused(zip + ": not a valid zip archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new Refused(zip + ": cannot read the archive (" + e.getMessage() + ")");
    }
  }

  /** The bytes of the entry {@code name} of {@code zip}, refusing more than {@code maxBytes}. */
  public static byte[] read(Path zip, String name, long maxBytes) throws Refused {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry e = z.getEntry(name);
      if (e == null) throw new Refused(zip + ": no entry '" + name + "'");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = z.getInputStream(e)) {
        copy(in, out, 0, maxBytes, zip);
      }
      return out.toByteArray();
    } catch (ZipException e) {
      throw new Refused(zip + ": not a valid zip archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new Refused(zip + ": cannot read the archive (" + e.getMessage() + ")");
    }
  }

  private static long copy(InputStream in, OutputStream out, long total, long max, Path zip)
      throws IOException, Refused {
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        throw new Refused(
            zip + ": unpacks to more than " + max / (1024 * 1024) + " MB; refusing the archive");
      }
      out.write(buf, 0, n);
    }
    return total;
  }

  /**
   * Writes every file under {@code dir} (except hidden ones such as .git) into a new zip at {@code
   * zipFile}, under the folder {@code top}, in sorted order with fixed times, so that the same
   * files always give the same archive.
   *
   * @return the number of files written
   */
  public static int zipDirectory(Path packDir, String top, OutputStream to) throws IOException {
    Path dir = PackRoot.real(packDir); // a linked pack directory is walked, not seen as one file
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir.relativize(p)))
          .sorted()
          .forEach(files::add);
    }
    for (Path p : files) {
      // Never ship a file from outside the pack (callers check first; this is the last line).
      java.util.Optional<Path> target = PackRoot.outside(dir, p);
      if (target.isPresent()) {
        throw new IOException(
            packDir.resolve(dir.relativize(p).toString()) + ": " + PackRoot.message(target.get()));
      }
    }
    try (ZipOutputStream z = new ZipOutputStream(to)) {
      for (Path p : files) {
        String name = top + "/" + dir.relativize(p).toString().replace('\\', '/');
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(FIXED_TIME);
        e.setTime(FIXED_TIME.toMillis());
        z.putNextEntry(e);
        Files.copy(p, z);
        z.closeEntry();
      }
    }
    return files.size();
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }
}
