package tutor.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command may touch of the outside world: environment, standard streams, and whether they
 * are terminals. Tests build one with their own streams; only {@link Main} uses the real ones,
 * and may have started opening the database ({@code early}, else null).
 */
public record Context(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err,
    boolean interactive, EarlyStore early) {

  public Context(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err, boolean interactive) {
    this(env, in, out, err, interactive, null);
  }

  public String env(String name) {
    String v = env.get(name);
    return v == null || v.isEmpty() ? null : v;
  }
}
