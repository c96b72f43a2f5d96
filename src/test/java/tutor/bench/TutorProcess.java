package tutor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tutor.cli.Context;
import tutor.cli.Main;

/**
 * The real tutor, run through its own entry point ({@link Main#run}, what {@code main} calls after
 * opening the standard streams) with piped streams and a clock the caller moves: a learner's time
 * passes only when the simulated learner takes it. Plain commands run to their end; a study session
 * runs on its own thread, read and written line by line as a client of docs/protocol.md would.
 */
final class TutorProcess {
  /** What one command left: its exit code and both streams. */
  record Result(int code, String out, String err) {}

  private final Path db;
  private final tutor.MovableClock clock;

  TutorProcess(Path db, Instant start) {
    this.db = db;
    this.clock = new tutor.MovableClock(start);
  }

  tutor.MovableClock clock() {
    return clock;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            context(InputStream.nullInputStream(), new PrintWriter(out, true), err), withDb(args));
    return new Result(code, out.toString(), err.toString());
  }

  Session study(String... args) {
    return new Session(withDb(args));
  }

  private String[] withDb(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db=" + db);
    all.add("--now=" + clock.instant());
    return all.toArray(String[]::new);
  }

  private Context context(InputStream in, PrintWriter out, StringWriter err) {
    return new Context(
        Map.of("HOME", db.getParent().toString(), "NO_COLOR", "1"),
        in,
        out,
        new PrintWriter(err, true),
        false,
        null,
        tutor.terminal.JLineInput::systemTerminal,
        clock);
  }

  /** A study session: lines out of tutor as they come, commands in one line at a time. */
  final class Session implements AutoCloseable {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final LineInput input = new LineInput();
    private final StringWriter err = new StringWriter();
    private final Thread thread;
    private volatile int code = -1;

    private Session(String[] args) {
      PrintWriter out = new PrintWriter(new LineWriter(lines), true);
      thread =
          new Thread(
              () -> {
                code = Main.run(context(input, out, err), args);
                out.flush();
                lines.add(END);
              },
              "tutor-session");
      thread.setDaemon(true);
      thread.start();
    }

    /** The next line tutor wrote; null once the session has ended. */
    String next() throws InterruptedException {
      String line = lines.poll(120, TimeUnit.SECONDS);
      if (line == null) throw new IllegalStateException("tutor wrote nothing for 2 minutes");
      return line == END ? null : line;
    }

    void send(String command) {
      input.add(command + "\n");
    }

    /** Waits for the session's end; its exit code. */
    int exitCode() throws InterruptedException {
      input.close();
      thread.join(120_000);
      return code;
    }

    String err() {
      return err.toString();
    }

    @Override
    public void close() throws InterruptedException {
      exitCode();
    }
  }

  private static final String END = new String("end of the session");

  /** Standard input fed line by line; end of input once closed. */
  private static final class LineInput extends InputStream {
    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private byte[] current = new byte[0];
    private int at;
    private volatile boolean closed;

    void add(String s) {
      chunks.add(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      closed = true;
      chunks.add(new byte[0]);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (at >= current.length) {
        if (closed && chunks.isEmpty()) return -1;
        try {
          current = chunks.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted");
        }
        at = 0;
        if (current.length == 0 && closed && chunks.isEmpty()) return -1;
      }
      int n = Math.min(len, current.length - at);
      System.arraycopy(current, at, b, off, n);
      at += n;
      return n;
    }

    @Override
    public int available() {
      return current.length - at;
    }
  }

  /** Standard output cut into lines. */
  private static final class LineWriter extends Writer {
    private final BlockingQueue<String> lines;
    private final StringBuilder line = new StringBuilder();

    LineWriter(BlockingQueue<String> lines) {
      this.lines = lines;
    }

    @Override
    public synchronized void write(char[] buf, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (buf[i] == '\n') {
          lines.add(line.toString());
          line.setLength(0);
        } else line.append(buf[i]);
      }
    }

    @Override
    public void flush() {}

    @Override
    public synchronized void close() {
      if (line.length() > 0) lines.add(line.toString());
      line.setLength(0);
    }
  }
}
