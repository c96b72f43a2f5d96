package tutor.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the real command line in-process against a given database, with piped standard input. */
final class Cli {
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
    }
  }

  private final Path db;
  private final Map<String, String> env = new HashMap<>();

  Cli(Path db) {
    this.db = db;
    env.put("HOME", db.getParent().toString());
  }

  private java.time.Clock clock = java.time.Clock.systemUTC();

  /** The real time the command sees (--now offsets it). */
  Cli clock(java.time.Clock clock) {
    this.clock = clock;
    return this;
  }

  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Result input(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db=" + db);
    Context ctx =
        new Context(
            env,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            false,
            null,
            tutor.terminal.JLineInput::systemTerminal,
            clock);
    int code = Main.run(ctx, all.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }

  Result run(String... args) {
    return input("", args);
  }

  /**
   * {@code credential issue} of the demo pack's unit first-steps ({@link tutor.TestPacks#demo}),
   * written to {@code out} ("-": standard output), with the options given (--now, ...).
   */
  Result issueFirstSteps(String out, String... options) {
    return issueDemo(out, concat(new String[] {"--unit", "first-steps"}, options));
  }

  /**
   * {@code credential issue} of the demo pack ({@link tutor.TestPacks#demo}), written to {@code
   * out} ("-": standard output; a directory: a file named by tutor), with the options given.
   */
  Result issueDemo(String out, String... options) {
    return run(
        concat(new String[] {"credential", "issue", "--pack", "demo", "--out", out}, options));
  }

  private static String[] concat(String[] first, String[] then) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(then));
    return all.toArray(String[]::new);
  }
}
