package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile packs as an author or a downloader meets them: links out of the pack, exit codes. */
class PackSafetyCommandsTest {
  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir.resolve("tutor.db"));
  }

  private Path newPack() {
    Path pack = dir.resolve("demo");
    Cli.Result r = cli().run("pack", "new", "demo", "--dir", pack.toString());
    assertEquals(0, r.code(), r.toString());
    return pack;
  }

  private static boolean linked(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  @Test
  void aLinkOutOfThePackIsRefusedByValidateAddAndExportInOneLine() throws IOException {
    Path pack = newPack();
    Path secret = Files.writeString(dir.resolve("secret.txt"), "not for sharing");
    assumeTrue(
        linked(pack.resolve("NOTES.md"), secret), "this file system cannot make symbolic links");
    String expected =
        pack.resolve("NOTES.md") + ": links outside the pack (to " + secret.toRealPath() + ")";
    for (String[] args :
        new String[][] {
          {"pack", "validate", pack.toString()},
          {"pack", "add", pack.toString()},
          {"pack", "export", pack.toString(), "--out", dir.resolve("out.zip").toString()}
        }) {
      Cli.Result r = cli().run(args);
      assertEquals(2, r.code(), r.toString());
      assertEquals("tutor: " + expected, r.err().strip(), r.toString());
    }
    assertFalse(Files.exists(dir.resolve("out.zip")), "nothing exported");
    assertFalse(cli().run("pack", "list").out().contains("demo"), "nothing installed");
  }

  @Test
  void aLinkedPackDirectoryValidatesInstallsAndExports() throws IOException {
    Path pack = newPack();
    Path link = dir.resolve("linked");
    assumeTrue(linked(link, pack), "this file system cannot make symbolic links");
    Cli.Result v = cli().run("pack", "validate", link.toString());
    assertEquals(0, v.code(), v.toString());
    assertEquals(0, cli().run("pack", "add", link.toString()).code());
    Cli.Result e =
        cli().run("pack", "export", link.toString(), "--out", dir.resolve("out.zip").toString());
    assertEquals(0, e.code(), e.toString());
    assertTrue(Files.size(dir.resolve("out.zip")) > 0);
  }

  @Test
  void anInvalidPackAndADirectoryWithoutAManifestAreBadInputForEveryCommand() throws IOException {
    Path pack = newPack();
    Files.writeString(
        pack.resolve("pack.yaml"),
        Files.readString(pack.resolve("pack.yaml")) + "\nprerequisits: [x]\n");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    for (Path p : new Path[] {pack, empty}) {
      for (String[] args :
          new String[][] {
            {"pack", "validate", p.toString()},
            {"pack", "add", p.toString()},
            {"pack", "lint", p.toString()},
            {"pack", "test", p.toString()},
            {"pack", "stats", p.toString()},
            {"pack", "preview", p.toString()},
            {"pack", "export", p.toString(), "--out", dir.resolve("x.zip").toString()}
          }) {
        Cli.Result r = cli().run(args);
        assertEquals(2, r.code(), String.join(" ", args) + "\n" + r);
        assertFalse(r.err().contains("\tat "), r.toString());
      }
    }
  }
}
