package tutor.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/tutor makes the quick start again when the checkout has moved (its flags and archive name
 * the old place). Run on a copy of the script with stand-ins for java and scripts/quick-start that
 * only record that they ran: no build, no JVM started.
 */
class QuickStartScriptTest {
  @TempDir Path dir;

  private Path checkout(Path at) throws IOException {
    Files.createDirectories(at.resolve("scripts"));
    Files.createDirectories(at.resolve("src/main"));
    Files.createDirectories(at.resolve("target"));
    Files.copy(Path.of("scripts/tutor"), at.resolve("scripts/tutor"));
    // The stand-in quick start: notes each run and writes empty flags, as the real one writes its
    // own.
    script(
        at.resolve("scripts/quick-start"),
        "echo \"$1\" >>\"" + dir.resolve("prepared") + "\"\nmkdir -p \"$2\"\n: >\"$2/flags\"\n");
    Files.writeString(at.resolve("pom.xml"), "<project/>");
    Path jar = at.resolve("target/tutor.jar");
    Files.writeString(jar, "jar");
    // The jar newer than the sources: no build.
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    Files.setLastModifiedTime(at.resolve("src/main"), old);
    Files.setLastModifiedTime(at.resolve("pom.xml"), old);
    return at;
  }

  private static void script(Path file, String body) throws IOException {
    Files.writeString(file, "#!/usr/bin/env bash\n" + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private int run(Path checkout, Path bin) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder("bash", checkout.resolve("scripts/tutor").toString(), "due");
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("output").toFile());
    return pb.start().waitFor();
  }

  private List<String> prepared() throws IOException {
    Path p = dir.resolve("prepared");
    return Files.exists(p) ? Files.readAllLines(p) : List.of();
  }

  @Test
  void aMovedCheckoutPreparesItsQuickStartAgain() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
        "needs bash");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    script(bin.resolve("java"), "exit 0\n"); // a stand-in: the command itself is not what is tested
    Path first = checkout(dir.resolve("one/tutor"));
    assertEquals(0, run(first, bin), Files.readString(dir.resolve("output")));
    assertEquals(List.of(first.resolve("target/tutor.jar").toString()), prepared());
    assertEquals(0, run(first, bin));
    assertEquals(1, prepared().size(), "made once per build");

    // The same checkout, moved: its quick start names the old place.
    Path moved = dir.resolve("two/tutor");
    Files.createDirectories(moved.getParent());
    Files.move(first, moved);
    assertEquals(0, run(moved, bin));
    assertEquals(
        List.of(
            first.resolve("target/tutor.jar").toString(),
            moved.resolve("target/tutor.jar").toString()),
        prepared());
    assertTrue(
        Files.readString(dir.resolve("output"))
            .contains("Preparing a quick start (the checkout has moved)"),
        Files.readString(dir.resolve("output")));
    assertEquals(0, run(moved, bin));
    assertEquals(2, prepared().size(), "and then not again");
  }
}
