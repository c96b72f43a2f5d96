package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tutor.packfile.AuthoredPack;
import tutor.packfile.PackReader;

/**
 * Issue 19: a bundled pack installed and exported again by its id is the same pack: skills,
 * exercises, attribution and every example; two exports are the same bytes.
 */
class PackRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"git", "sql", "unix-shell"})
  void anInstalledBundledPackExportsAsTheSamePackWithItsExamples(String id) throws Exception {
    Path source = Path.of("content", id);
    AuthoredPack original = PackReader.readAuthored(source);
    Cli cli = new Cli(dir.resolve("t.db"));
    assertEquals(0, cli.run("pack", "add", source.toString()).code());
    Path first = dir.resolve("first.zip");
    Path second = dir.resolve("second.zip");
    Cli.Result r = cli.run("pack", "export", id, "--out", first.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals(0, cli.run("pack", "export", id, "--out", second.toString()).code());
    assertArrayEquals(
        Files.readAllBytes(first), Files.readAllBytes(second), "two exports, the same bytes");

    AuthoredPack back = PackReader.readAuthored(unzip(first, dir.resolve("back")).resolve(id));
    assertEquals(original.pack().authors(), back.pack().authors());
    assertEquals(original.pack().license(), back.pack().license());
    assertEquals(original.pack().language(), back.pack().language());
    assertEquals(original.pack().skills().size(), back.pack().skills().size());
    for (int i = 0; i < original.pack().skills().size(); i++) {
      assertEquals(original.pack().skills().get(i), back.pack().skills().get(i));
    }
    assertEquals(original.pack().exercises().size(), back.pack().exercises().size());
    for (int i = 0; i < original.pack().exercises().size(); i++) {
      assertEquals(original.pack().exercises().get(i), back.pack().exercises().get(i));
    }
    assertFalse(original.sources().authorExamples().isEmpty());
    assertEquals(original.sources().authorExamples(), back.sources().authorExamples());
    // And the exported pack still passes its own examples.
    Cli.Result test = cli.run("pack", "test", dir.resolve("back").resolve(id).toString());
    assertEquals(0, test.code(), test.toString());
  }

  private static Path unzip(Path zip, Path to) throws Exception {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        Path p = to.resolve(e.getName()).normalize();
        if (!p.startsWith(to)) throw new IllegalStateException("entry outside: " + e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(p);
        } else {
          Files.createDirectories(p.getParent());
          Files.write(p, in.readAllBytes());
        }
      }
    }
    return to;
  }
}
