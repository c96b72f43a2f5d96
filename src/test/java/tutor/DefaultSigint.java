package tutor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starting a process as a terminal's Ctrl-C would find it: with SIGINT at its default. A shell
 * without job control (a CI runner, {@code mvn verify &} in a script) starts background jobs with
 * SIGINT ignored; the test JVM, and every process it starts, inherit that, and neither a JVM nor
 * bash can then be interrupted: a test of Ctrl-C would fail for a reason that is not tutor's.
 */
public final class DefaultSigint {
  private DefaultSigint() {}

  /**
   * The words to put before a command so that it starts with SIGINT at its default: none when this
   * process has it so; else GNU env's --default-signal, or perl; null when neither is here (the
   * caller skips, saying {@link #WHY}).
   */
  public static List<String> prefix() {
    if (!ignoredHere()) return List.of();
    if (runs("env", "--default-signal=INT", "true")) return List.of("env", "--default-signal=INT");
    Path perl = Path.of("/usr/bin/perl");
    if (Files.isExecutable(perl))
      return List.of(perl.toString(), "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die");
    return null;
  }

  public static final String WHY =
      "SIGINT is ignored in this test run (started in the background) and neither GNU env nor perl"
          + " is here to give it back its default";

  /** Whether this process ignores SIGINT (Linux: its SigIgn mask); false where unknown. */
  static boolean ignoredHere() {
    Path status = Path.of("/proc/self/status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("SigIgn:")) {
          long mask = Long.parseUnsignedLong(line.substring(7).strip(), 16);
          return (mask & (1L << (2 - 1))) != 0; // SIGINT is signal 2
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }

  private static boolean runs(String... command) {
    try {
      return new ProcessBuilder(command).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
