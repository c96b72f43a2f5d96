package tutor.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a command and measures the wall time until a marker appears in its output (the first
 * exercise shown) or, without a marker, until it exits. Also reads its peak resident memory.
 */
final class Launch {
  /** What JLine writes as it starts reading a line: the prompt is on the screen. */
  static final String PROMPT_MARKER = "\u001b[?2004h";

  /**
   * The first exercise of a piped session (and what the probe prints instead): "Exercise 1 of 20"
   * with a count, "Exercise 1 - ..." with a time budget (a goal's minutes a day).
   */
  static final String PIPED_MARKER = "Exercise 1 ";

  /** A run that has not shown its marker by then is stopped, and the benchmark fails saying so. */
  static final long MARKER_TIMEOUT_SECONDS = 120;

  record Result(double seconds, String output, long peakKb) {}

  private Launch() {}

  /** Runs {@code cmd} in a pseudo-terminal (script(1)), as a learner at a terminal would. */
  static Result inTerminal(String cmd, Map<String, String> env, String marker) throws Exception {
    return run(List.of("script", "-qec", cmd, "/dev/null"), env, marker);
  }

  static Result run(List<String> cmd, Map<String, String> env, String marker) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    long t0 = System.nanoTime();
    Process p = pb.start();
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    InputStream in = p.getInputStream();
    byte[] buf = new byte[8192];
    double seconds = Double.NaN;
    long peak = 0;
    // Without it, a marker that never comes (a screen changed) left the benchmark waiting forever:
    // the process waits for an answer on its open input.
    Thread watchdog =
        new Thread(
            () -> {
              try {
                if (!p.waitFor(MARKER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                  p.descendants().forEach(ProcessHandle::destroyForcibly);
                  p.destroyForcibly();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "launch-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    try {
      while (true) {
        int n = in.read(buf);
        if (n < 0) break;
        seen.write(buf, 0, n);
        if (marker != null && seen.toString(StandardCharsets.UTF_8).contains(marker)) {
          seconds = (System.nanoTime() - t0) / 1e9;
          peak = peakKb(p);
          break;
        }
      }
      if (marker == null) {
        p.waitFor();
        seconds = (System.nanoTime() - t0) / 1e9;
      }
    } finally {
      p.getOutputStream().close(); // end of input: a piped session ends
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
      in.close();
      watchdog.interrupt();
    }
    if (Double.isNaN(seconds)) {
      throw new IllegalStateException(
          String.join(" ", cmd)
              + ": no '"
              + marker.replace("\u001b", "ESC")
              + "' in its output:\n"
              + seen.toString(StandardCharsets.UTF_8));
    }
    return new Result(seconds, seen.toString(StandardCharsets.UTF_8), peak);
  }

  /** Peak resident memory (VmHWM) of the process or of its deepest java child, in kB. */
  static long peakKb(Process p) {
    long best = hwm(p.pid());
    for (ProcessHandle h : p.descendants().toList()) best = Math.max(best, hwm(h.pid()));
    return best;
  }

  private static long hwm(long pid) {
    try {
      for (String line :
          java.nio.file.Files.readAllLines(
              java.nio.file.Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    } catch (IOException | RuntimeException e) {
      return 0; // gone already
    }
    return 0;
  }
}
