package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tutor.TestPacks;

/**
 * Crafted archives at the command line, every one generated here: a genuine pack of version 2 with
 * one hostile entry (or damage) added. {@code pack add} and {@code pack import} must refuse each in
 * one line naming the archive and the entry, with exit 2, write nothing outside their temporary
 * directory, leave no temporary directory behind, and leave the installed pack (version 1) as it
 * was; {@code import} and {@code restore} given the same bytes refuse them as no export or backup.
 */
class HostileArchiveTest {
  @TempDir Path dir;
  private Path db;
  private Cli cli;
  private Path pack2;

  /** A file name no run of this test shares: found anywhere after a refusal, it escaped. */
  private String marker;

  @BeforeEach
  void installVersionOne() throws Exception {
    db = dir.resolve("t.db");
    cli = new Cli(db);
    Cli.Result r = cli.run("pack", "add", TestPacks.demo(dir).toString());
    assertEquals(0, r.code(), r.toString());
    pack2 = TestPacks.demo(dir, "2.0.0", false);
    marker = "escaped-" + UUID.randomUUID() + ".txt";
  }

  /** One entry to write: a name, its bytes, and whether it is a symbolic link. */
  private record Entry(String name, byte[] bytes, boolean link) {
    static Entry file(String name, String text) {
      return new Entry(name, text.getBytes(StandardCharsets.UTF_8), false);
    }
  }

  /** The genuine pack 2.0.0 under the folder {@code demo/}, then {@code extra}. */
  private byte[] zip(List<Entry> extra) throws IOException {
    List<Entry> all = new ArrayList<>();
    all.add(Entry.file("demo/" + marker + ".keep", "")); // found in a leftover temporary directory
    try (Stream<Path> walk = Files.walk(pack2)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        all.add(
            new Entry(
                "demo/" + pack2.relativize(p).toString().replace('\\', '/'),
                Files.readAllBytes(p),
                false));
      }
    }
    all.addAll(extra);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
      for (Entry e : all) {
        ZipArchiveEntry ze = new ZipArchiveEntry(e.name());
        // Unix modes: from a DOS-made archive the reader takes a '\\' in a name for a '/'
        ze.setUnixMode(e.link() ? 0120777 : 0100644);
        z.putArchiveEntry(ze);
        z.write(e.bytes());
        z.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private byte[] zip(Entry... extra) throws IOException {
    return zip(List.of(extra));
  }

  /**
   * Each crafted archive, and what its refusal must say after "ARCHIVE: " (the entry's name as
   * printed, then why).
   */
  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("zip-slip", "entry 'demo/../../../MARKER' would be written outside the pack"),
        Arguments.of(
            "slip-inside", "entry 'demo/../demo/MARKER' would be written outside the pack"),
        Arguments.of("absolute", "entry '/tmp/MARKER' would be written outside the pack"),
        Arguments.of("windows", "entry 'demo\\..\\..\\MARKER' would be written outside the pack"),
        Arguments.of("drive", "entry 'C:/MARKER' would be written outside the pack"),
        Arguments.of("symlink", "entry 'demo/lessons.md' is a symbolic link"),
        Arguments.of("duplicate", "entry 'demo/pack.yaml' is in the archive twice"),
        Arguments.of("duplicate-spelt-apart", "entry 'demo//pack.yaml' is in the archive twice"),
        Arguments.of("nul", "entry 'demo/a\\u0000MARKER' has a control character in its name"),
        Arguments.of(
            "control",
            "entry 'demo/a\\u000a\\u001b[31mMARKER' has a control character in its name"),
        Arguments.of("file-and-folder", "entry 'demo/pack.yaml/x' cannot be unpacked"),
        Arguments.of("many", "more than 20000 entries"),
        Arguments.of("bomb", "entry 'demo/zeros' unpacks to more than 256 MB"),
        Arguments.of("truncated", "not a zip archive, or a damaged or truncated one"),
        Arguments.of("half", "not a zip archive, or a damaged or truncated one"),
        Arguments.of("lies-smaller", "entry 'demo/zeros' unpacks to more than the 1000 bytes"),
        Arguments.of("lies-larger", "entry 'demo/notes.txt' unpacks to 5 bytes where the archive"),
        Arguments.of("bad-checksum", "entry 'demo/notes.txt' is damaged (its checksum"),
        Arguments.of("empty", "an empty zip archive"));
  }

  private byte[] craft(String kind) throws IOException {
    return switch (kind) {
      case "zip-slip" -> zip(Entry.file("demo/../../../" + marker, "x"));
      case "slip-inside" -> zip(Entry.file("demo/../demo/" + marker, "x"));
      case "absolute" -> zip(Entry.file("/tmp/" + marker, "x"));
      case "windows" -> backslashes(zip(Entry.file("demo|..|..|" + marker, "x")));
      case "drive" -> zip(Entry.file("C:/" + marker, "x"));
      case "symlink" ->
          zip(new Entry("demo/lessons.md", "/etc/passwd".getBytes(StandardCharsets.UTF_8), true));
      case "duplicate" -> zip(Entry.file("demo/pack.yaml", "id: other\n"));
      case "duplicate-spelt-apart" -> zip(Entry.file("demo//pack.yaml", "id: other\n"));
      case "nul" -> zip(Entry.file("demo/a\u0000" + marker, "x"));
      case "control" -> zip(Entry.file("demo/a\n\u001b[31m" + marker, "x"));
      case "file-and-folder" -> zip(Entry.file("demo/pack.yaml/x", "x"));
      case "many" -> {
        List<Entry> many = new ArrayList<>();
        for (int i = 0; i < 20_001; i++) many.add(Entry.file("demo/many/" + i, ""));
        yield zip(many);
      }
      case "bomb" -> bomb(257L * 1024 * 1024);
      case "truncated" -> {
        byte[] whole = zip();
        yield java.util.Arrays.copyOf(whole, whole.length - 30);
      }
      case "half" -> {
        byte[] whole = zip();
        yield java.util.Arrays.copyOf(whole, whole.length / 2);
      }
      case "lies-smaller" -> statedSize(bomb(10L * 1024 * 1024), "demo/zeros", 1000);
      case "lies-larger" ->
          statedSize(zip(Entry.file("demo/notes.txt", "hello")), "demo/notes.txt", 50);
      case "bad-checksum" -> {
        byte[] z = zip(Entry.file("demo/notes.txt", "hello"));
        int at = centralEntry(z, "demo/notes.txt");
        CRC32 crc = new CRC32();
        crc.update("jello".getBytes(StandardCharsets.UTF_8));
        putInt(z, at + 16, crc.getValue());
        yield z;
      }
      case "empty" -> {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new ZipArchiveOutputStream(b).close();
        yield b.toByteArray();
      }
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /**
   * The archive with each "demo|..|..|" of its names (local header and directory) spelt with '\\'
   * for '|': the writer would turn a '\\' into '/'.
   */
  private static byte[] backslashes(byte[] zip) {
    byte[] name = "demo|..|..|".getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + name.length <= zip.length; i++) {
      for (int j = 0; j < name.length; j++) if (zip[i + j] != name[j]) continue outer;
      for (int j = 0; j < name.length; j++) if (name[j] == '|') zip[i + j] = '\\';
    }
    return zip;
  }

  /** The genuine pack with {@code size} zero bytes in demo/zeros, deflated (about 1000:1). */
  private byte[] bomb(long size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
      z.putArchiveEntry(new ZipArchiveEntry("demo/" + marker + ".keep"));
      z.closeArchiveEntry();
      for (Path p : Files.walk(pack2).filter(Files::isRegularFile).sorted().toList()) {
        z.putArchiveEntry(new ZipArchiveEntry("demo/" + pack2.relativize(p)));
        z.write(Files.readAllBytes(p));
        z.closeArchiveEntry();
      }
      z.putArchiveEntry(new ZipArchiveEntry("demo/zeros"));
      byte[] block = new byte[1 << 20];
      for (long n = 0; n < size; n += block.length) z.write(block);
      z.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }

  /** The archive with its central directory stating {@code size} for {@code name}. */
  private static byte[] statedSize(byte[] zip, String name, long size) {
    putInt(zip, centralEntry(zip, name) + 24, size);
    return zip;
  }

  /** Where the central directory's record of {@code name} starts. */
  private static int centralEntry(byte[] zip, String name) {
    byte[] want = name.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = zip.length - 46; i >= 0; i--) {
      if (zip[i] != 'P' || zip[i + 1] != 'K' || zip[i + 2] != 1 || zip[i + 3] != 2) continue;
      int nameLength = (zip[i + 28] & 0xff) | (zip[i + 29] & 0xff) << 8;
      if (nameLength != want.length) continue;
      for (int j = 0; j < want.length; j++) if (zip[i + 46 + j] != want[j]) continue outer;
      return i;
    }
    throw new IllegalArgumentException(name + " not in the central directory");
  }

  private static void putInt(byte[] b, int at, long value) {
    for (int i = 0; i < 4; i++) b[at + i] = (byte) (value >>> (8 * i));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void packAddRefusesInOneLineAndLeavesNothing(String kind, String said) throws Exception {
    Path archive = dir.resolve(kind + ".zip");
    Files.write(archive, craft(kind));
    assertRefused(archive, said.replace("MARKER", marker), "pack", "add", archive.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void packImportOfADeckRefusesInOneLine(String kind, String said) throws Exception {
    // what is wrong with these is in the bytes of an entry a deck's import never reads
    if (List.of(
            "empty",
            "bomb",
            "many",
            "file-and-folder",
            "lies-smaller",
            "lies-larger",
            "bad-checksum")
        .contains(kind)) return;
    for (String ext : List.of(".apkg", ".colpkg")) {
      Path archive = dir.resolve(kind + ext);
      Files.write(archive, craft(kind));
      Path out = dir.resolve("imported-" + kind + ext);
      assertRefused(
          archive,
          said.replace("MARKER", marker),
          "pack",
          "import",
          archive.toString(),
          "--out",
          out.toString());
      assertFalse(Files.exists(out), "no pack written for a refused deck");
    }
  }

  /** A deck whose collection is far larger than its archive's directory says. */
  @Test
  void packImportRefusesADeckWhoseCollectionLiesAboutItsSize() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
      z.putArchiveEntry(new ZipArchiveEntry("collection.anki2"));
      byte[] block = new byte[1 << 20];
      for (int i = 0; i < 10; i++) z.write(block);
      z.closeArchiveEntry();
    }
    Path deck = dir.resolve("lying.apkg");
    Files.write(deck, statedSize(bytes.toByteArray(), "collection.anki2", 1000));
    Path out = dir.resolve("lying-pack");
    assertRefused(
        deck,
        "entry 'collection.anki2' unpacks to more than the 1000 bytes the archive states",
        "pack",
        "import",
        deck.toString(),
        "--out",
        out.toString());
    assertFalse(Files.exists(out));
  }

  /** The same bytes given as an export or a backup are neither. */
  @Test
  void importAndRestoreRefuseAnArchiveInOneLine() throws Exception {
    for (String kind : List.of("zip-slip", "symlink", "truncated")) {
      byte[] bytes = craft(kind);
      Path export = dir.resolve(kind + ".json");
      Files.write(export, bytes);
      assertRefused(export, "", "import", export.toString(), "--as", "someone");
      Path backup = dir.resolve(kind + ".db");
      Files.write(backup, bytes);
      assertRefused(backup, "", "restore", backup.toString(), "--yes");
    }
  }

  private void assertRefused(Path archive, String said, String... args) throws Exception {
    List<List<Object>> packsBefore = Rows.query(db, "SELECT id, version FROM packs ORDER BY id");
    long exercisesBefore = Rows.count(db, "SELECT count(*) FROM exercises");
    Cli.Result r = cli.run(args);
    assertEquals(2, r.code(), r.toString());
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), "one line: " + r);
    assertTrue(
        err.startsWith("tutor: " + archive + ": " + said)
            || said.isEmpty() && err.startsWith("tutor: ") && err.contains(archive.toString()),
        r.toString());
    assertFalse(err.contains("Exception:") || err.contains("\tat "), r.toString());
    assertTrue(err.chars().noneMatch(c -> c < 0x20), "no control character printed: " + r);
    for (Path place :
        List.of(
            dir,
            Path.of(System.getProperty("java.io.tmpdir")),
            Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().getParent(),
            Path.of("/tmp"))) {
      if (place == null) continue;
      assertFalse(Files.exists(place.resolve(marker)), "written outside: " + place);
    }
    assertEquals(List.of(), leftovers(), "no temporary directory left behind");
    // the database: version 1 still installed as it was, nothing of version 2
    assertEquals(packsBefore, Rows.query(db, "SELECT id, version FROM packs ORDER BY id"));
    assertEquals(List.of(List.<Object>of("demo", "1.0.0")), packsBefore);
    assertEquals(exercisesBefore, Rows.count(db, "SELECT count(*) FROM exercises"));
  }

  /** tutor's temporary pack directories holding this run's marker: left behind by a refusal. */
  private List<Path> leftovers() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> out = new ArrayList<>();
    try (Stream<Path> list = Files.list(tmp)) {
      for (Path p : list.filter(p -> p.getFileName().toString().startsWith("tutor-")).toList()) {
        try (Stream<Path> walk = Files.walk(p)) {
          if (walk.anyMatch(f -> f.getFileName().toString().equals(marker + ".keep"))) out.add(p);
        } catch (IOException | RuntimeException e) {
          // another test's directory going away meanwhile
        }
      }
    }
    return out;
  }
}
