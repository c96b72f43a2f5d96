package tutor.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
    return run(bin, "bash", checkout.resolve("scripts/tutor").toString(), "due");
  }

  private int run(Path bin, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("output").toFile());
    return pb.start().waitFor();
  }

  private List<String> prepared() throws IOException {
    Path p = dir.resolve("prepared");
    return Files.exists(p) ? Files.readAllLines(p) : List.of();
  }

  /** The command with SIGINT at its default, as a terminal's Ctrl-C finds it. */
  private static List<String> withCtrlC(String... command) {
    List<String> prefix = tutor.DefaultSigint.prefix();
    Assumptions.assumeTrue(prefix != null, tutor.DefaultSigint.WHY);
    List<String> out = new java.util.ArrayList<>(prefix);
    out.addAll(List.of(command));
    return out;
  }

  private static void assumeInstalled(String... programs) {
    for (String program : programs) {
      Assumptions.assumeTrue(
          Files.isExecutable(Path.of("/bin", program))
              || Files.isExecutable(Path.of("/usr/bin", program)),
          "needs " + program);
    }
  }

  @Test
  void aMovedCheckoutPreparesItsQuickStartAgain() throws Exception {
    assumeInstalled("bash");
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
            .contains("Preparing a quick start (checkout moved)"),
        Files.readString(dir.resolve("output")));
    assertEquals(0, run(moved, bin));
    assertEquals(2, prepared().size(), "and then not again");
  }

  /**
   * The build's line says which build it is: "the first build takes a minute" greeted every rebuild
   * after a change to the sources (seen by week5).
   */
  @Test
  void aRebuildIsNotCalledTheFirstBuild() throws Exception {
    assumeInstalled("bash");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    script(bin.resolve("java"), "exit 0\n");
    script(bin.resolve("mvn"), "touch target/tutor.jar\n"); // a stand-in build: a newer jar
    Path at = checkout(dir.resolve("tutor"));
    Path jar = at.resolve("target/tutor.jar");

    Files.setLastModifiedTime(
        at.resolve("pom.xml"), FileTime.fromMillis(System.currentTimeMillis()));
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 30_000));
    assertEquals(0, run(at, bin), output());
    assertTrue(output().contains("Building tutor again (its sources changed)..."), output());

    Files.delete(jar);
    assertEquals(0, run(at, bin), output());
    assertTrue(output().contains("Building tutor (the first build takes a minute)..."), output());
  }

  private String output() throws IOException {
    return Files.readString(dir.resolve("output"));
  }

  private List<String> lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }

  /**
   * Ctrl-C while the quick start is made stops tutor. Java exits 130 on SIGINT, and bash took that
   * for a step that failed on its own: tutor started anyway. A terminal's Ctrl-C goes to the whole
   * process group; here the stand-in sends it, in a session of its own (setsid).
   */
  @Test
  void ctrlCWhilePreparingStopsTutorAndTheNextRunPreparesAgain() throws Exception {
    assumeInstalled("bash", "setsid");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path started = dir.resolve("started");
    script(bin.resolve("java"), "echo tutor >>\"" + started + "\"\n");
    Path checkout = checkout(dir.resolve("tutor"));
    Path interrupt = Files.writeString(dir.resolve("interrupt"), "once");
    // Interrupted the first time, as java is: it exits 130 on SIGINT.
    script(
        checkout.resolve("scripts/quick-start"),
        "echo \"$1\" >>\""
            + dir.resolve("prepared")
            + "\"\nif [ -f \""
            + interrupt
            + "\" ]; then rm \""
            + interrupt
            + "\"; trap 'exit 130' INT; kill -INT 0; sleep 10; fi\n"
            + "mkdir -p \"$2\"\n: >\"$2/flags\"\n");
    String tutor = checkout.resolve("scripts/tutor").toString();

    assertEquals(
        130, run(bin, withCtrlC("setsid", "bash", tutor, "due").toArray(String[]::new)), output());
    assertTrue(output().contains("tutor: interrupted"), output());
    assertEquals(List.of(), lines(started), "tutor did not start");

    assertEquals(0, run(bin, "setsid", "bash", tutor, "due"), output());
    assertEquals(2, prepared().size(), "prepared again, this time to the end");
    assertEquals(List.of("tutor"), lines(started));
  }

  /**
   * And scripts/quick-start stops at the first interrupted training run instead of going on to the
   * next ones (each a JVM started, a few seconds).
   */
  @Test
  void ctrlCStopsTheWholePreparationNotOneTrainingRun() throws Exception {
    assumeInstalled("bash", "setsid", "unzip");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path trained = dir.resolve("trained");
    script(
        bin.resolve("java"),
        "case \"$*\" in\n"
            + "  *OSInfo*) echo Linux/x86_64 ;;\n"
            + "  *DumpLoadedClassList*) echo run >>\""
            + trained
            + "\"; trap 'exit 130' INT; kill -INT 0; sleep 10 ;;\n"
            + "esac\n");
    Path jar = dir.resolve("tutor.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (String entry :
          List.of(
              "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
              "org/jline/nativ/Linux/x86_64/libjlinenative.so")) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.closeEntry();
      }
    }
    Path quick = dir.resolve("quick");
    String quickStart = Path.of("scripts/quick-start").toAbsolutePath().toString();

    assertEquals(
        130,
        run(
            bin,
            withCtrlC("setsid", "bash", quickStart, jar.toString(), quick.toString())
                .toArray(String[]::new)));
    assertEquals(List.of("run"), lines(trained), output());
    assertFalse(Files.exists(quick.resolve("flags")), "no quick start announced");
  }

  /**
   * Keys typed while tutor prepares are neither shown nor kept: an impatient Enter must not answer
   * the first question before the learner has seen it. Run at a terminal made by script(1).
   */
  @Test
  void keysTypedWhilePreparingAreNeitherShownNorKept() throws Exception {
    assumeInstalled("bash", "script", "stty");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path log = dir.resolve("log");
    String echoes =
        "stty -a </dev/tty | grep -qw -- -echo && echo '%1$s: no echo' >>\"%2$s\" "
            + "|| echo '%1$s: echo' >>\"%2$s\"\n";
    script(
        bin.resolve("java"),
        String.format(echoes, "tutor", log)
            + "if IFS= read -r -t 1 line </dev/tty; then echo \"tutor read: $line\" >>\""
            + log
            + "\"; else echo 'tutor read nothing' >>\""
            + log
            + "\"; fi\n");
    Path checkout = checkout(dir.resolve("tutor"));
    Path preparing = dir.resolve("preparing");
    // Says it is preparing, then waits for the keys the test types.
    script(
        checkout.resolve("scripts/quick-start"),
        ": >\""
            + preparing
            + "\"\nfor i in $(seq 200); do read -t 0 </dev/tty && break; sleep 0.05; done\n"
            + String.format(echoes, "preparing", log)
            + "mkdir -p \"$2\"\n: >\"$2/flags\"\n");
    ProcessBuilder pb =
        new ProcessBuilder(
            "script", "-qec", "bash '" + checkout.resolve("scripts/tutor") + "' due", "/dev/null");
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("output").toFile());
    Process tutor = pb.start();
    try (OutputStream keys = tutor.getOutputStream()) {
      for (int i = 0; i < 400 && !Files.exists(preparing); i++) {
        Thread.sleep(50);
      }
      keys.write("abc\n".getBytes(StandardCharsets.UTF_8));
      keys.flush();
      assertTrue(tutor.waitFor(60, TimeUnit.SECONDS), "tutor ended");
    } finally {
      tutor.destroyForcibly();
    }
    assertEquals(
        List.of("preparing: no echo", "tutor: echo", "tutor read nothing"), lines(log), output());
    assertFalse(output().contains("abc"), output());
  }
}
