package tutor.session;

/**
 * A timing log for finding where startup goes: with {@code -Dtutor.timing=true}, each mark prints
 * the milliseconds since the JVM started and a label on stderr. Off, a mark costs a field read.
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
    System.err.println("timing " + ms + " ms: " + label);
  }
}
