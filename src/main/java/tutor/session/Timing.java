package tutor.session;

/**
 * A timing log for finding where startup goes: with {@code -Dtutor.timing=true}, each mark prints
 * the milliseconds since the JVM started, a label, and its thread's CPU time on stderr. Off, a mark
 * costs a field read.
 */
public final class Timing {
  private static final boolean ON = Boolean.getBoolean("tutor.timing");

  private Timing() {}

  public static void mark(String label) {
    if (!ON) return;
    long ms =
        System.currentTimeMillis()
            - ProcessHandle.current()
                .info()
                .startInstant()
                .map(java.time.Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
    System.err.println(
        "timing "
            + ms
            + " ms: "
            + label
            + " ("
            + Thread.currentThread().getName()
            + ", "
            + threadCpuMillis()
            + " ms of CPU)");
  }

  /**
   * The CPU time of the calling thread (Linux: the first field of its schedstat, in nanoseconds),
   * which load on the machine changes much less than the time on the clock; -1 where unknown.
   */
  private static long threadCpuMillis() {
    try {
      String s =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/schedstat"));
      return Long.parseLong(s.substring(0, s.indexOf(' '))) / 1_000_000;
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }
}
