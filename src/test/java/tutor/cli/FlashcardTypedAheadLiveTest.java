package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tutor.TestPacks;

/**
 * What a learner types at a flashcard's "Press Enter to see the answer" is said back, whatever it
 * is, at a terminal of 80x24 and 50x20 (JLine's virtual terminal): "1" was ("You typed 1 before
 * seeing the answer"), a word such as "lss" went unmentioned.
 */
class FlashcardTypedAheadLiveTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    assertEquals(0, new Cli(db).run("pack", "add", TestPacks.demo(dir).toString()).code());
  }

  @ParameterizedTest(name = "{0}x{1} typed {2}")
  @CsvSource({"80, 24, lss", "50, 20, lss", "80, 24, 1", "50, 20, 1"})
  void whateverIsTypedBeforeTheAnswerIsSaidBack(int columns, int rows, String typed)
      throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start("study", "--skill", "more", "--limit", "1", NOW)) {
      live.waitUntil(
          s -> s.text().contains("Enter to practise") || s.text().contains("see the answer >"));
      if (!live.screen().text().contains("see the answer >")) {
        live.type("\r").waitFor("see the answer >");
      }
      live.type(typed + "\r").waitFor("How well did you recall it?");
      live.type("3\r").waitFor("Rated Good.");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      TerminalCli.Screen screen = live.screen();
      String flat = screen.text().replaceAll("\\s+", " ");
      assertTrue(
          flat.contains(
              "You typed '"
                  + typed
                  + "' before seeing the answer; rate your recall now that you have."),
          screen.text());
      screen.assertFits(columns);
    }
  }
}
