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
 * Runs the real command line in-process as if at a terminal of a given size: the keys go to a JLine
 * virtual terminal (as JLineStuckSessionTest's), and what the terminal was sent is the screen.
 */
final class TerminalCli {
  record Result(int code, String screen, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- screen\n" + screen + "\n--- out\n" + out + "\n--- err\n" + err;
    }

    /** The screen without escape sequences and carriage returns: the words the learner read. */
    String text() {
      return screen
          .replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "")
          .replaceAll("\u001B[=>]", "")
          .replace("\r", "");
    }
  }

  private final Path db;
  private final Map<String, String> env = new HashMap<>();

  /** Keyboards whose typing end the test has closed: their terminals then read the end of input. */
  private final java.util.Set<PipedInputStream> unplugged =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

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
      Context ctx =
          new Context(
              env,
              new ByteArrayInputStream(new byte[0]),
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              true,
              null,
              () -> terminal(keyboard, screen));
      int code = Main.run(ctx, all.toArray(String[]::new));
      unplug(typing, keyboard);
      return new Result(
          code, screen.toString(StandardCharsets.UTF_8), out.toString(), err.toString());
    }
  }

  /**
   * A terminal over the streams that writes what it is sent as it is sent: TerminalBuilder would
   * make a pseudo-terminal whose output pump thread may not have passed the last lines on when the
   * command closes it. It reads the keyboard through a view of its own, which stops reading when
   * the terminal closes: a closed ExternalTerminal's input pump goes on reading, so the terminal a
   * command opens only to learn the width took keys meant for the next one, and two pumps waiting
   * on one pipe woke each other for ever (a verify hung in HelpAndUsageTest).
   */
  private Terminal terminal(PipedInputStream keyboard, ByteArrayOutputStream screen)
      throws IOException {
    KeyboardView keys = new KeyboardView(keyboard, () -> unplugged.contains(keyboard));
    Terminal t =
        new ExternalTerminal("test", "xterm", keys, screen, StandardCharsets.UTF_8) {
          @Override
          protected void doClose() throws IOException {
            keys.closed = true;
            super.doClose();
          }
        };
    t.setSize(new Size(columns, rows));
    return t;
  }

  /** Closes the typing end of {@code keyboard}: what is left in it is read, then its end. */
  private void unplug(PipedOutputStream typing, PipedInputStream keyboard) throws IOException {
    unplugged.add(keyboard);
    typing.close();
  }

  /**
   * The keyboard as one terminal reads it: the end of input once that terminal is closed, or once
   * the test has closed the keyboard and nothing is left in it.
   */
  private static final class KeyboardView extends java.io.InputStream {
    private final PipedInputStream keyboard;
    private final java.util.function.BooleanSupplier unplugged;
    private volatile boolean closed;

    KeyboardView(PipedInputStream keyboard, java.util.function.BooleanSupplier unplugged) {
      this.keyboard = keyboard;
      this.unplugged = unplugged;
    }

    @Override
    public int read() throws IOException {
      // Polls rather than waits inside the pipe, so that closing is seen within milliseconds.
      while (!closed) {
        try {
          if (keyboard.available() > 0) return keyboard.read();
        } catch (IOException e) {
          return -1; // the keyboard is gone
        }
        if (unplugged.getAsBoolean()) return -1;
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return -1;
        }
      }
      return -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) return 0;
      int first = read();
      if (first < 0) return -1;
      b[off] = (byte) first;
      int n = 1;
      while (n < len && !closed && keyboard.available() > 0) {
        int next = keyboard.read();
        if (next < 0) break;
        b[off + n++] = (byte) next;
      }
      return n;
    }
  }

  /**
   * Starts the command at the terminal and hands it back running, to be typed at as a person would:
   * wait until the screen shows something, then type. (Keys typed ahead would be echoed by the
   * virtual terminal before the command reads them, and a Ctrl-C typed ahead would interrupt it at
   * once.)
   */
  Live start(String... args) throws IOException {
    return new Live(args);
  }

  final class Live implements AutoCloseable {
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PipedOutputStream typing;
    private final PipedInputStream keyboard;
    private final java.util.concurrent.CompletableFuture<Integer> exit;

    /**
     * Where the screen was when the learner last typed (clear-screens so far, the line the cursor
     * was on): what they wait for comes after.
     */
    private int markClears;

    private int markLine;

    private Live(String... args) throws IOException {
      List<String> all = new ArrayList<>(List.of(args));
      all.add("--db=" + db);
      keyboard = new PipedInputStream(1 << 16);
      typing = new PipedOutputStream(keyboard);
      Context ctx =
          new Context(
              env,
              new ByteArrayInputStream(new byte[0]),
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              true,
              null,
              () -> terminal(keyboard, screen));
      exit =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> Main.run(ctx, all.toArray(String[]::new)));
    }

    /** What the terminal was sent so far, as the screen model sees it (see {@link Screen}). */
    Screen screen() {
      return new Screen(screen.toString(StandardCharsets.UTF_8));
    }

    /** Waits until {@code text} shows after what was there when the learner last typed. */
    Live waitFor(String text) {
      long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      while (true) {
        Screen s = screen();
        String now = s.text();
        List<String> lines = s.lines();
        int from = s.clears() > markClears ? 0 : Math.min(markLine, lines.size() - 1);
        if (String.join("\n", lines.subList(from, lines.size())).contains(text)) return this;
        if (exit.isDone() || System.nanoTime() > until) {
          throw new AssertionError(
              "the screen never showed '"
                  + text
                  + "'"
                  + (exit.isDone() ? " (the command ended)" : "")
                  + "\n--- screen\n"
                  + now
                  + "\n--- err\n"
                  + err);
        }
        Thread.onSpinWait();
        try {
          Thread.sleep(5); // polling the screen, not waiting for time to pass
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
    }

    /**
     * Waits for {@code text} and then for the answer prompt under it: the line reader is reading. A
     * key typed before that reaches a terminal in its ordinary mode (JLine's virtual one ignores a
     * Ctrl-C there, where a real one stops the JVM).
     */
    Live waitForPromptAfter(String text) {
      waitFor(text);
      return waitUntil(
          s -> {
            List<String> lines = s.lines();
            return lines.get(lines.size() - 1).startsWith("> ");
          });
    }

    boolean ended() {
      return exit.isDone();
    }

    /**
     * Waits until the screen is as {@code shows} says (polling it; nothing waits for time to pass).
     */
    Live waitUntil(java.util.function.Predicate<Screen> shows) {
      long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      while (!shows.test(screen())) {
        if (System.nanoTime() > until)
          throw new AssertionError("the screen never showed it:\n" + screen().text());
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
      return this;
    }

    Live type(String keys) throws IOException {
      Screen s = screen();
      markClears = s.clears();
      markLine = s.lines().size() - 1;
      typing.write(keys.getBytes(StandardCharsets.UTF_8));
      typing.flush();
      return this;
    }

    /** Waits for the command to end (closing the keyboard if it still reads): its result. */
    Result finish() throws Exception {
      Integer code;
      try {
        code = exit.get(60, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        unplug(typing, keyboard);
        code = exit.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
      return new Result(
          code, screen.toString(StandardCharsets.UTF_8), out.toString(), err.toString());
    }

    @Override
    public void close() throws IOException {
      unplug(typing, keyboard);
    }
  }

  /**
   * The terminal's output read as lines the way a terminal shows them: a carriage return goes back
   * to the start of the line, erase-line ends it there, clear-screen starts afresh, colours take no
   * room. Every line is kept (the scrollback too), so widths can be checked line by line.
   */
  record Screen(String raw) {
    /** How many times the screen was cleared. */
    int clears() {
      int n = 0;
      for (int i = raw.indexOf("\u001B["); i >= 0; i = raw.indexOf("\u001B[", i + 1)) {
        int j = i + 2;
        while (j < raw.length() && !Character.isLetter(raw.charAt(j))) j++;
        if (j < raw.length() && raw.charAt(j) == 'J' && raw.substring(i + 2, j).contains("2")) n++;
      }
      return n;
    }

    List<String> lines() {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      int col = 0;
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '\u001B') {
          int j = i + 1;
          if (j < raw.length() && raw.charAt(j) == '[') {
            j++;
            int start = j;
            while (j < raw.length() && !Character.isLetter(raw.charAt(j)) && raw.charAt(j) != '~')
              j++;
            String params = raw.substring(start, Math.min(j, raw.length()));
            char op = j < raw.length() ? raw.charAt(j) : ' ';
            if (op == 'K') line.setLength(Math.min(col, line.length()));
            if (op == 'J' && params.contains("2")) {
              lines.clear();
              line.setLength(0);
              col = 0;
            }
            if (op == 'C')
              col += params.isEmpty() ? 1 : Integer.parseInt(params.replaceAll("[^0-9]", "0"));
            if (op == 'D')
              col =
                  Math.max(
                      0,
                      col
                          - (params.isEmpty()
                              ? 1
                              : Integer.parseInt(params.replaceAll("[^0-9]", "0"))));
            i = j;
          } else {
            i = j; // ESC = or ESC > and the like
          }
          continue;
        }
        if (c == '\r') {
          col = 0;
        } else if (c == '\n') {
          lines.add(line.toString());
          line.setLength(0);
          col = 0;
        } else if (c == '\u0007') {
          // a bell takes no room
        } else {
          while (line.length() < col) line.append(' ');
          if (col < line.length()) line.setCharAt(col, c);
          else line.append(c);
          col++;
        }
      }
      lines.add(line.toString());
      return lines;
    }

    String text() {
      return String.join("\n", lines());
    }

    /**
     * What the last {@code rows} rows of the terminal show now (the screen, not the scrollback).
     */
    String visible(int rows) {
      List<String> all = lines();
      return String.join("\n", all.subList(Math.max(0, all.size() - rows), all.size()));
    }

    /** Fails, showing them and the screen, when lines are wider than {@code columns}. */
    void assertFits(int columns) {
      List<String> wide = tooWide(columns);
      org.junit.jupiter.api.Assertions.assertTrue(
          wide.isEmpty(),
          "lines wider than "
              + columns
              + " columns:\n"
              + String.join("\n", wide)
              + "\n--- screen\n"
              + text());
    }

    /** Lines wider than the terminal, which it would wrap wherever the edge falls (mid-word). */
    List<String> tooWide(int columns) {
      return lines().stream().filter(l -> l.codePointCount(0, l.length()) > columns).toList();
    }
  }

  static String lastLines(String text, int n) {
    String[] lines = text.split("\n", -1);
    return String.join(
        "\n", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - n), lines.length));
  }
}
