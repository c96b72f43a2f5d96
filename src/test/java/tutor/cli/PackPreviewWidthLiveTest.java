package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tutor pack preview at a terminal of 50 columns (JLine's virtual one): its screens were written
 * for 80 whatever the terminal, so a 50-column terminal broke them inside words ("matches each
 * whol" / "e string"), unlike the session they preview.
 */
class PackPreviewWidthLiveTest {
  @TempDir Path dir;

  @Test
  void previewFitsItsScreensToTheTerminalAsTheSessionDoes() throws Exception {
    Path pack = dir.resolve("demo");
    assertEquals(
        0,
        new Cli(dir.resolve("tutor.db"))
            .run("pack", "new", "demo", "--dir", pack.toString())
            .code());
    TerminalCli.Result r =
        new TerminalCli(dir.resolve("tutor.db"))
            .size(50, 20)
            .keys("", "pack", "preview", pack.toString(), "--skill", "planets");
    assertEquals(0, r.code(), r.toString());
    // The screens go to standard output, styled as at a terminal: the width is of the words.
    String shown = (r.out() + r.text()).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
    assertTrue(shown.contains("Write a pattern that matches the name of a planet"), shown);
    for (String line : shown.split("\n")) {
      assertTrue(line.length() <= 50, "wider than the terminal: '" + line + "'\n" + shown);
    }
  }
}
