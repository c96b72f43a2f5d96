package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip archives: refused when hostile, written the same way every time. */
class ZipFilesTest {
  @TempDir Path dir;

  private Path zip(String name, String... entriesAndContents) throws Exception {
    Path zip = dir.resolve(name);
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (int i = 0; i < entriesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(entriesAndContents[i]));
        z.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void anEntryThatWouldLandOutsideTheTargetIsRefusedAndNothingEscapes() throws Exception {
    Path zip = zip("evil.zip", "ok.txt", "fine", "../escaped.txt", "gotcha");
    Path into = Files.createDirectories(dir.resolve("into"));
    ZipFiles.Refused e = assertThrows(ZipFiles.Refused.class, () -> ZipFiles.unzip(zip, into));
    assertTrue(e.getMessage().contains("outside the pack"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("escaped.txt")));
  }

  @Test
  void aFileThatIsNotAZipIsRefused() throws Exception {
    Path fake = dir.resolve("fake.zip");
    Files.writeString(fake, "not a zip at all");
    assertThrows(
        ZipFiles.Refused.class,
        () -> ZipFiles.unzip(fake, Files.createDirectories(dir.resolve("x"))));
    assertThrows(ZipFiles.Refused.class, () -> ZipFiles.names(fake));
  }

  @Test
  void readingAnEntryStopsAtTheLimitWhateverTheArchiveClaims() throws Exception {
    Path zip = zip("big.zip", "big", "0".repeat(100_000));
    ZipFiles.Refused e =
        assertThrows(ZipFiles.Refused.class, () -> ZipFiles.read(zip, "big", 10_000));
    assertTrue(e.getMessage().contains("unpacks to more than"), e.getMessage());
    assertEquals(100_000, ZipFiles.read(zip, "big", 200_000).length);
  }

  @Test
  void aDirectoryZipsToTheSameBytesEveryTimeWithoutHiddenFiles() throws Exception {
    Path pack = dir.resolve("pack");
    Packs.write(pack, "pack.yaml", "id: p\n");
    Packs.write(pack, "exercises/x.yaml", "exercises: []\n");
    Packs.write(pack, ".git/config", "secret\n");
    byte[] first = zipOf(pack);
    Files.setLastModifiedTime(
        pack.resolve("pack.yaml"), java.nio.file.attribute.FileTime.fromMillis(0));
    assertArrayEquals(first, zipOf(pack));
    Path copy = dir.resolve("zipped.zip");
    Files.write(copy, first);
    assertEquals(java.util.List.of("p/exercises/x.yaml", "p/pack.yaml"), ZipFiles.names(copy));
  }

  private static byte[] zipOf(Path pack) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream o = out) {
      ZipFiles.zipDirectory(pack, "p", o);
    }
    return out.toByteArray();
  }
}
