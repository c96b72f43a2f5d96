package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /**
   * A learner who types the whole command at the first gap of two (week6: graded "gap 1: 'cut -d
   * ':' -f1 /etc/passwd' should be '-d'" after being asked for gap 2 as well) is answered at once.
   */
  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void theWholeCommandAtTheFirstGapAnswersEveryGap(int columns, int rows) throws Exception {
    Path db = dir.resolve("tutor.db");
    Path pack = dir.resolve("shell");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        "id: shell\ntitle: Shell\nversion: 1.0.0\nskills:\n  - id: text\n    title: Text\n");
    Files.writeString(
        pack.resolve("exercises/all.yaml"),
        """
        exercises:
          - id: cut
            skill: text
            type: cloze
            match: command
            text: "cut {{-d|--delimiter}} ':' {{-f 1|-f1}} /etc/passwd"
        """);
    assertEquals(0, new Cli(db).run("pack", "add", pack.toString()).code());
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("study", "--limit", "1", NOW)) {
      live.waitFor("[1/2] >");
      live.type("cut -d ':' -f1 /etc/passwd\r").waitFor("Correct.");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      String text = live.screen().text();
      assertFalse(text.contains("[2/2]"), text);
      assertTrue(text.contains("Session summary: 1 answered, 1 correct"), text);
    }
  }
}
