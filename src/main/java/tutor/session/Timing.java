package tutor.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A timing log for finding where startup goes: with {@code -Dtutor.timing=true}, each mark prints
 * the milliseconds since the process started, a label, and its thread's CPU time on stderr. Off, a
 * mark costs a field read.
 */
public final class Timing {
  private static final boolean ON = Boolean.getBoolean("tutor.timing");

  private Timing() {}

  public static void mark(String label) {
    if (!ON) return;
    System.err.println(
        "timing "
            + millisSinceStart()
            + " ms: "
            + label
            + " ("
            + Thread.currentThread().getName()
            + ", "
            + threadCpuMillis()
            + " ms of CPU)");
  }

  /**
   * Since the process started, to a hundredth of a second (Linux: its start in clock ticks after
   * boot and the time since boot, on one clock). ProcessHandle's start instant adds the boot time,
   * which Linux gives to the second and the wall clock has drifted from since: it was a second or
   * more off. Elsewhere, that instant.
   */
  private static long millisSinceStart() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // the fields after the command name, which may hold spaces: the 22nd field is the start
      String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long startTicks = Long.parseLong(after[22 - 3]);
      double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
      return Math.round(uptime * 1000) - startTicks * 10; // /proc counts 100 ticks a second
    } catch (IOException | RuntimeException e) {
      return System.currentTimeMillis()
          - ProcessHandle.current()
              .info()
              .startInstant()
              .map(java.time.Instant::toEpochMilli)
              .orElse(System.currentTimeMillis());
    }
  }

  /**
   * The CPU time of the calling thread (Linux: the first field of its schedstat, in nanoseconds),
   * which load on the machine changes much less than the time on the clock; -1 where unknown.
   */
  private static long threadCpuMillis() {
    try {
      String s = Files.readString(Path.of("/proc/thread-self/schedstat"));
      return Long.parseLong(s.substring(0, s.indexOf(' '))) / 1_000_000;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
