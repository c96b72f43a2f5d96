package tutor.packfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Zip archives from others handled defensively. Every entry is checked in the archive's central
 * directory before a byte is unpacked: names that could leave the target directory (zip-slip:
 * {@code ..}, absolute, Windows separators), control characters, duplicates, symbolic links, too
 * many entries and sizes over the bounds (zip bombs) refuse the whole archive. While unpacking, the
 * bytes actually inflated must match the size and checksum the directory states, so an archive that
 * lies about its sizes is refused at the first byte past its word.
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
   * outside (what it wrote inside is the caller's to delete).
   */
  public static void unzip(Path zip, Path into) throws Refused {
    Path root = into.toAbsolutePath().normalize();
    try (ZipFile z = open(zip)) {
      List<ZipArchiveEntry> entries = checked(zip, z, MAX_UNPACKED_BYTES);
      if (entries.isEmpty()) throw new Refused(zip + ": an empty zip archive");
      for (ZipArchiveEntry e : entries) {
        Path target = root.resolve(e.getName()).normalize();
        try {
          if (e.isDirectory()) {
            Files.createDirectories(target);
            continue;
          }
          Files.createDirectories(target.getParent());
          try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            copyEntry(zip, z, e, out);
          }
        } catch (FileSystemException x) {
          throw refusal(zip, e, "cannot be unpacked (" + x.getClass().getSimpleName() + ")");
        }
      }
    } catch (IOException e) {
      throw unreadable(zip, e);
    }
  }

  /** The names of the entries of {@code zip}, once every entry passed the checks. */
  public static List<String> names(Path zip) throws Refused {
    try (ZipFile z = open(zip)) {
      return checked(zip, z, Long.MAX_VALUE).stream().map(ZipArchiveEntry::getName).toList();
    } catch (IOException e) {
      throw unreadable(zip, e);
    }
  }

  /**
   * Copies the entry {@code name} of {@code zip} to the file {@code to}, refusing more than {@code
   * maxBytes}.
   */
  public static void extract(Path zip, String name, Path to, long maxBytes) throws Refused {
    try (ZipFile z = open(zip);
        OutputStream out = Files.newOutputStream(to)) {
      copyEntry(zip, z, entry(zip, z, name, maxBytes), out);
    } catch (IOException e) {
      throw unreadable(zip, e);
    }
  }

  /** The bytes of the entry {@code name} of {@code zip}, refusing more than {@code maxBytes}. */
  public static byte[] read(Path zip, String name, long maxBytes) throws Refused {
    try (ZipFile z = open(zip)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      copyEntry(zip, z, entry(zip, z, name, maxBytes), out);
      return out.toByteArray();
    } catch (IOException e) {
      throw unreadable(zip, e);
    }
  }

  private static ZipFile open(Path zip) throws Refused {
    if (!Files.isRegularFile(zip)) throw new Refused(zip + ": no such file");
    try {
      return ZipFile.builder().setPath(zip).get();
    } catch (IOException | RuntimeException e) {
      // a truncated archive has no central directory to read: nothing of it is trusted
      throw new Refused(
          zip + ": not a zip archive, or a damaged or truncated one (" + brief(e) + ")");
    }
  }

  private static Refused unreadable(Path zip, IOException e) {
    return new Refused(zip + ": cannot read the archive (" + brief(e) + ")");
  }

  /** The one entry named {@code name}, checked, at most {@code maxBytes} by its own word. */
  private static ZipArchiveEntry entry(Path zip, ZipFile z, String name, long maxBytes)
      throws Refused {
    List<ZipArchiveEntry> all = new ArrayList<>();
    z.getEntries(name).forEach(all::add);
    if (all.isEmpty()) throw new Refused(zip + ": no entry '" + shown(name) + "'");
    if (all.size() > 1) throw refusal(zip, all.get(0), "is in the archive twice");
    ZipArchiveEntry e = all.get(0);
    checkEntry(zip, z, e);
    if (e.getSize() > maxBytes) throw tooBig(zip, e, maxBytes);
    return e;
  }

  /**
   * Every entry of {@code z} in the directory's order, each checked, or the refusal of the first
   * bad one; their stated sizes must add up to at most {@code maxTotal}.
   */
  private static List<ZipArchiveEntry> checked(Path zip, ZipFile z, long maxTotal) throws Refused {
    List<ZipArchiveEntry> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long total = 0;
    for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
      if (out.size() >= MAX_ENTRIES)
        throw new Refused(zip + ": more than " + MAX_ENTRIES + " entries; refusing the archive");
      checkEntry(zip, z, e);
      // "a/b", "a//b" and "a/./b" are one file: the second would silently replace the first
      String key = Path.of("/").resolve(e.getName()).normalize().toString();
      if (!seen.add(key)) throw refusal(zip, e, "is in the archive twice");
      total += Math.max(0, e.getSize());
      if (total > maxTotal) throw tooBig(zip, e, maxTotal);
      out.add(e);
    }
    return out;
  }

  /** Refuses an entry whose name, kind or stated size could not be unpacked safely. */
  private static void checkEntry(Path zip, ZipFile z, ZipArchiveEntry e) throws Refused {
    String name = e.getName();
    if (name.isEmpty()) throw refusal(zip, e, "has no name");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0)
        throw refusal(zip, e, "has a control character in its name");
    }
    if (name.startsWith("/")
        || name.contains("\\")
        || name.length() > 1 && name.charAt(1) == ':'
        || Arrays.asList(name.split("/")).contains("..")) {
      throw refusal(zip, e, "would be written outside the pack");
    }
    if (e.isUnixSymlink()) throw refusal(zip, e, "is a symbolic link");
    if (!e.isDirectory() && e.getSize() < 0) throw refusal(zip, e, "has no stated size");
    if (!z.canReadEntryData(e))
      throw refusal(zip, e, "is encrypted or compressed in a way tutor cannot read");
  }

  /**
   * Copies one entry, refusing it when it inflates to more or fewer bytes than the directory
   * states, or to bytes whose checksum differs from the directory's.
   */
  private static void copyEntry(Path zip, ZipFile z, ZipArchiveEntry e, OutputStream out)
      throws IOException, Refused {
    long stated = e.getSize();
    CRC32 crc = new CRC32();
    long total = 0;
    try (InputStream in = z.getInputStream(e)) {
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > stated)
          throw refusal(zip, e, "unpacks to more than the " + stated + " bytes the archive states");
        crc.update(buf, 0, n);
        out.write(buf, 0, n);
      }
    } catch (IOException x) {
      throw refusal(zip, e, "is damaged (" + brief(x) + ")");
    }
    if (total != stated)
      throw refusal(zip, e, "unpacks to " + total + " bytes where the archive states " + stated);
    if (e.getCrc() != -1 && crc.getValue() != e.getCrc())
      throw refusal(zip, e, "is damaged (its checksum does not match)");
  }

  private static Refused refusal(Path zip, ZipArchiveEntry e, String why) {
    return new Refused(
        zip + ": entry '" + shown(e.getName()) + "' " + why + "; refusing the archive");
  }

  private static Refused tooBig(Path zip, ZipArchiveEntry e, long max) {
    return refusal(
        zip, e, "unpacks to more than " + max / (1024 * 1024) + " MB with those before it");
  }

  /** A name as it can be printed on one line: control characters as \\uXXXX, long ones cut. */
  private static String shown(String name) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length() && b.length() < 200; i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0)
        b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.length() < 200 ? b.toString() : b + "...";
  }

  private static String brief(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : shown(m);
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
