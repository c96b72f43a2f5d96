package tutor.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Runs the real command line in-process as if at a terminal of a given size: the keys go to a
 * JLine virtual terminal (as JLineStuckSessionTest's), and what the terminal was sent is the screen.
 */
final class TerminalCli {
  record Result(int code, String screen, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- screen\n" + screen + "\n--- out\n" + out + "\n--- err\n" + err;
    }

    /** The screen without escape sequences and carriage returns: the words the learner read. */
    String text() {
      return screen.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001B[=>]", "").replace("\r", "");
    }
  }

  private final Path db;
  private final Map<String, String> env = new HashMap<>();
  private int columns = 80;
  private int rows = 24;

  TerminalCli(Path db) {
    this.db = db;
    env.put("HOME", db.getParent().toString());
  }

  TerminalCli size(int columns, int rows) {
    this.columns = columns;
    this.rows = rows;
    return this;
  }

  TerminalCli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Types the keys (each line ends with Enter) and runs the command; stdin is the terminal. */
  Result keys(String keys, String... args) throws IOException {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db=" + db);
    // The keys wait in a pipe that stays open, as a keyboard does (see JLineStuckSessionTest).
    PipedInputStream keyboard = new PipedInputStream(1 << 16);
    try (PipedOutputStream typing = new PipedOutputStream(keyboard)) {
      typing.write(keys.getBytes(StandardCharsets.UTF_8));
      typing.flush();
      Context ctx = new Context(env, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
          new PrintWriter(err, true), true, null, () -> terminal(keyboard, screen));
      int code = Main.run(ctx, all.toArray(String[]::new));
      typing.close();
      return new Result(code, screen.toString(StandardCharsets.UTF_8), out.toString(), err.toString());
    }
  }

  /**
   * A terminal over the streams that writes what it is sent as it is sent: TerminalBuilder would
   * make a pseudo-terminal whose output pump thread may not have passed the last lines on when
   * the command closes it.
   */
  private Terminal terminal(PipedInputStream keyboard, ByteArrayOutputStream screen) throws IOException {
    Terminal t = new ExternalTerminal("test", "xterm", keyboard, screen, StandardCharsets.UTF_8);
    t.setSize(new Size(columns, rows));
    return t;
  }

  static String lastLines(String text, int n) {
    String[] lines = text.split("\n", -1);
    return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - n), lines.length));
  }

}
