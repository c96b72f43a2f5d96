package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * SIGINT at a study session whose input is a pipe (no prompt to catch Ctrl-C): the summary of what
 * was done is printed, then tutor exits 130. Needs a process of its own, and kill(1) to send the
 * signal.
 */
class PipedInterruptTest {
  private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

  @TempDir Path dir;

  @Test
  void sigintPrintsTheSummaryThenExits130() throws Exception {
    Path kill =
        List.of(Path.of("/bin/kill"), Path.of("/usr/bin/kill")).stream()
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    assumeTrue(kill != null, "no kill(1) on this system to send SIGINT with");
    Path db = dir.resolve("tutor.db");
    assertEquals(0, new Cli(db).run("pack", "add", TestPacks.demo(dir).toString()).code());
    List<String> command = new java.util.ArrayList<>();
    List<String> defaultSigint = tutor.DefaultSigint.prefix();
    assumeTrue(defaultSigint != null, tutor.DefaultSigint.WHY);
    command.addAll(defaultSigint);
    command.addAll(
        List.of(
            JAVA,
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            "tutor.cli.Main",
            "--db=" + db,
            "study",
            "--skill",
            "basics",
            "--now=2026-03-02T09:00:00Z"));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("TUTOR_CONTENT");
    pb.environment().put("HOME", dir.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread reader = drain(p.getInputStream(), out);
    try (OutputStream in = p.getOutputStream()) {
      // One answer, and the pipe stays open: the session waits for the next.
      in.write("Paris\n".getBytes(StandardCharsets.UTF_8));
      in.flush();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!text(out).contains("Next review") && p.isAlive() && System.nanoTime() < deadline)
        Thread.sleep(100);
      assertTrue(text(out).contains("Next review"), "the answer was taken: " + text(out));
      Process signal = new ProcessBuilder(kill.toString(), "-INT", "" + p.pid()).start();
      assertEquals(0, signal.waitFor(), "kill -INT");
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tutor ended after SIGINT");
    } finally {
      p.destroyForcibly();
    }
    reader.join(10_000);
    String text = text(out);
    assertEquals(ExitCodes.INTERRUPTED, p.exitValue(), text);
    assertTrue(text.contains("Session summary: 1 answered"), text);
    assertTrue(!text.contains("Exception"), text);
  }

  /** Whether this process ignores SIGINT (Linux: the SigIgn mask in /proc/self/status). */
  private static String text(ByteArrayOutputStream out) {
    synchronized (out) {
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream to) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[8192];
              try {
                for (int n; (n = in.read(buf)) > 0; ) {
                  synchronized (to) {
                    to.write(buf, 0, n);
                  }
                }
              } catch (IOException ignored) {
                // the process is gone
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }
}
