package tutor.terminal;

import java.io.IOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import tutor.session.SessionEnd;

/** Reads answers with JLine: line editing, Ctrl-C and Ctrl-D handled as session ends. */
public final class JLineInput implements LineInput, AutoCloseable {
  private final Terminal terminal;
  private final LineReader reader;

  private JLineInput(Terminal terminal) {
    this.terminal = terminal;
    this.reader = LineReaderBuilder.builder()
        .terminal(terminal)
        // Answers are commands like "echo hi!" or "!!": never expand history events in them.
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.AUTO_FRESH_LINE, true)
        .variable(LineReader.HISTORY_SIZE, 0)
        .build();
  }

  public static JLineInput open() throws IOException {
    return new JLineInput(TerminalBuilder.builder().system(true).build());
  }

  public Terminal terminal() {
    return terminal;
  }

  @Override
  public String readLine(String prompt) throws SessionEnd {
    try {
      return reader.readLine(prompt);
    } catch (UserInterruptException e) {
      throw new SessionEnd(SessionEnd.Cause.INTERRUPT);
    } catch (EndOfFileException e) {
      throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
    }
  }

  @Override
  public boolean interactive() {
    return true;
  }

  @Override
  public int width() {
    int w = terminal.getWidth();
    return w <= 0 ? 80 : Math.min(w, 100);
  }

  @Override
  public int height() {
    int h = terminal.getHeight();
    return h <= 0 ? 24 : h;
  }

  @Override
  public void close() throws IOException {
    terminal.close();
  }
}
