package tutor.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/**
 * Keys typed between two prompts (while tutor works out a verdict or prints a lesson) are not
 * echoed by the terminal into the middle of its output: the next prompt shows them in its line.
 * Before, the terminal echoed them where the cursor was, and JLine then moved its prompt to a fresh
 * line under them.
 */
class TypedAheadEchoTest {
  private final PipedOutputStream keys = new PipedOutputStream();
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

  private Terminal terminal() throws IOException {
    return TerminalBuilder.builder()
        .system(false)
        .streams(new PipedInputStream(keys, 4096), screen)
        .type("xterm")
        .size(new Size(50, 20))
        .encoding(StandardCharsets.UTF_8)
        .build();
  }

  private void type(String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  /** The screen once {@code text} has reached it (the terminal writes on a thread of its own). */
  private String shownUpTo(String text) throws InterruptedException {
    for (int i = 0; i < 2000; i++) {
      String shown = screen.toString(StandardCharsets.UTF_8);
      if (shown.contains(text)) return shown;
      Thread.sleep(5); // polling the screen, not waiting for time to pass
    }
    throw new AssertionError("never shown: " + text);
  }

  private static boolean echoes(Terminal terminal) {
    return terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ECHO);
  }

  @Test
  void theTerminalEchoesNothingBetweenPromptsAndAfterEachReadOrPause() throws Exception {
    Terminal terminal = terminal();
    assertTrue(echoes(terminal), "a new terminal echoes");
    try (JLineInput input = JLineInput.on(terminal)) {
      assertFalse(echoes(terminal));
      type("Paris\r");
      assertEquals("Paris", input.readLine("> "));
      assertFalse(echoes(terminal), "after a read");
      type("\r");
      input.pause("-- Enter for the next question --", false);
      assertFalse(echoes(terminal), "after a pause");
    }
  }

  @Test
  void keysTypedBetweenPromptsShowOnlyInTheNextPromptsLine() throws Exception {
    Terminal terminal = terminal();
    try (JLineInput input = JLineInput.on(terminal)) {
      type("Paris\r");
      assertEquals("Paris", input.readLine("> "));
      terminal.writer().println("Correct.");
      terminal.flush();
      // Typed while no prompt reads: once the terminal has taken the keys in, they wait for it.
      type("Berlin\r");
      assertEquals('B', terminal.reader().peek(10_000));
      assertEquals("Berlin", input.readLine("> "));
      terminal.writer().println("END");
      terminal.flush();
      String shown = shownUpTo("END");
      String after = shown.substring(shown.lastIndexOf("Correct."));
      int prompt = after.indexOf("> ");
      assertTrue(prompt > 0, after);
      assertFalse(after.substring(0, prompt).contains("B"), "echoed before the prompt: " + after);
    }
  }
}
