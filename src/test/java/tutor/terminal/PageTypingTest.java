package tutor.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A key typed at a page that the pager has no use for ("x", or the first letter of an answer)
 * begins a line that the page takes whole, up to its Enter. A week's trial (F13): unseen, it made
 * the page deaf to Space, Down, b and q until an Enter the learner did not know was awaited, and
 * `tutor lesson` looked stuck. The line is shown as it is typed, with what Enter and Esc do; Esc or
 * Backspace over it gives the page its keys back.
 */
class PageTypingTest {
  private final PipedOutputStream keys = new PipedOutputStream();
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

  private Terminal terminal(int columns, int rows) throws IOException {
    return TerminalBuilder.builder()
        .system(false)
        .streams(new PipedInputStream(keys, 4096), screen)
        .type("xterm")
        .size(new Size(columns, rows))
        .encoding(StandardCharsets.UTF_8)
        .build();
  }

  private void type(String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  /** The screen once {@code text} has reached it {@code times} times in all. */
  private String shown(String text, int times) throws InterruptedException {
    for (int i = 0; i < 2000; i++) {
      String s = screen.toString(StandardCharsets.UTF_8);
      if (s.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) return s;
      Thread.sleep(5); // polling the screen, not waiting for time to pass
    }
    throw new AssertionError("never shown " + times + " times: " + text + "\n" + screen);
  }

  private static CompletableFuture<LineInput.PageKey> pageKey(JLineInput input, String status) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return input.pageKey(status);
          } catch (tutor.session.SessionEnd e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void aStrayKeyIsShownAndEscGivesThePageItsKeysBack(int columns, int rows) throws Exception {
    try (JLineInput input = JLineInput.on(terminal(columns, rows))) {
      String status = "-- page 1/3 · Enter more · q quit --";
      CompletableFuture<LineInput.PageKey> key = pageKey(input, status);
      shown(status, 1);
      type("x");
      String s = shown(JLineInput.TYPED_AT_PAGE.strip(), 1);
      assertTrue(s.endsWith("x"), "the key typed is shown: " + s);
      type("\u001B");
      shown(status, 2); // the page's own line again
      type(" ");
      assertEquals(LineInput.PageKey.NEXT, key.get(10, TimeUnit.SECONDS), "Space pages on again");

      // Backspace over the stray key does the same; then b goes back a page.
      key = pageKey(input, status);
      shown(status, 3);
      type("n");
      shown(JLineInput.TYPED_AT_PAGE.strip(), 2);
      type("\u007F");
      shown(status, 4);
      type("b");
      assertEquals(LineInput.PageKey.BACK, key.get(10, TimeUnit.SECONDS));

      // A line typed whole (an answer typed at a page) is taken up to its Enter, shown as typed.
      key = pageKey(input, status);
      shown(status, 5);
      type("ls -l");
      assertTrue(shown("ls -l", 1).contains(JLineInput.TYPED_AT_PAGE + "ls -l"));
      assertFalse(key.isDone(), "the space of 'ls -l' did not page on");
      type("\r");
      assertEquals(LineInput.PageKey.NEXT, key.get(10, TimeUnit.SECONDS));
      for (String line : screen.toString(StandardCharsets.UTF_8).split("\r|\n"))
        assertTrue(
            line.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").length() < columns,
            "wider than the terminal: " + line);
    }
  }
}
