package tutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import org.jline.terminal.Terminal;
import tutor.terminal.JLineInput;

/**
 * What a command may touch of the outside world: environment, standard streams, and whether they
 * are terminals. Tests build one with their own streams (and a virtual terminal); only {@link Main}
 * uses the real ones, and may have started opening the database ({@code early}, else null).
 *
 * @param clock the real time, which --now offsets (tests pass one they move on themselves)
 */
public record Context(
    Map<String, String> env,
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    boolean interactive,
    EarlyStore early,
    Terminals terminals,
    Clock clock) {

  /** Opens the terminal an interactive command talks to: the system's, or a test's virtual one. */
  @FunctionalInterface
  public interface Terminals {
    Terminal open() throws IOException;
  }

  public Context(
      Map<String, String> env,
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      boolean interactive,
      EarlyStore early,
      Terminals terminals) {
    this(env, in, out, err, interactive, early, terminals, Clock.systemUTC());
  }

  public Context(
      Map<String, String> env,
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      boolean interactive) {
    this(env, in, out, err, interactive, null, JLineInput::systemTerminal);
  }

  public Context(
      Map<String, String> env,
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      boolean interactive,
      EarlyStore early) {
    this(env, in, out, err, interactive, early, JLineInput::systemTerminal);
  }

  public String env(String name) {
    String v = env.get(name);
    return v == null || v.isEmpty() ? null : v;
  }
}
