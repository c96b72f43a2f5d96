package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cloze at a terminal: an Enter pressed too soon at a gap is no answer (the gap is asked again),
 * as an empty line is no answer to any other exercise; it never makes the exercise wrong.
 */
class ClozeGapLiveTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;

  @Test
  void anEmptyGapIsAskedAgainNotGradedWrong() throws Exception {
    Path db = dir.resolve("tutor.db");
    Path pack = dir.resolve("gaps");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        "id: gaps\ntitle: Gaps\nversion: 1.0.0\nskills:\n  - id: water\n    title: Water\n");
    Files.writeString(
        pack.resolve("exercises/all.yaml"),
        """
        exercises:
          - id: boil
            skill: water
            type: cloze
            text: "Water boils at {{100}} degrees {{Celsius}}."
        """);
    assertEquals(0, new Cli(db).run("pack", "add", pack.toString()).code());
    try (TerminalCli.Live live =
        new TerminalCli(db).size(50, 20).start("study", "--limit", "1", NOW)) {
      live.waitFor("[1/2] >");
      live.type("\r").waitFor("Type what fills gap 1, ? for a hint, or :skip.");
      live.waitFor("[1/2] >");
      live.type("100\r").waitFor("[2/2] >");
      live.type("Celsius\r").waitFor("Correct.");
      // The level moved up, drawn with the arrow the summary uses.
      live.waitFor("Water: new → learn");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      assertTrue(
          live.screen().text().contains("Session summary: 1 answered, 1 correct"),
          live.screen().text());
    }
  }

  /** A cloze of one gap: an Enter alone was graded "'' should be '--oneline'" (week5). */
  @Test
  void anEmptyAnswerToTheOnlyGapIsAskedAgain() throws Exception {
    Path db = dir.resolve("tutor.db");
    Path pack = dir.resolve("log");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        "id: log\ntitle: Log\nversion: 1.0.0\nskills:\n  - id: history\n    title: History\n");
    Files.writeString(
        pack.resolve("exercises/all.yaml"),
        """
        exercises:
          - id: oneline
            skill: history
            type: cloze
            text: "git log {{--oneline}}"
        """);
    assertEquals(0, new Cli(db).run("pack", "add", pack.toString()).code());
    try (TerminalCli.Live live =
        new TerminalCli(db).size(50, 20).start("study", "--limit", "1", NOW)) {
      live.waitForPromptAfter("Type what goes in the gap");
      live.type("\r").waitFor("Type what fills the gap, ? for a hint, or :skip.");
      live.waitForPromptAfter("or :skip.");
      live.type("--oneline\r").waitFor("Correct.");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      assertTrue(
          live.screen().text().contains("Session summary: 1 answered, 1 correct"),
          live.screen().text());
    }
  }
}
