package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lesson's first page names it once (80x24 and 50x20): the bundled lessons open with their
 * skill's title as a heading ("# Branching"), and the line above the lesson said it too.
 */
class LessonTitleLiveTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    Path pack = dir.resolve("vcs");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        """
        id: vcs
        title: Version control
        version: 1.0.0
        skills:
          - id: branching
            title: Branching
            lesson: |
              # Branching

              A branch is a movable label that points at a commit.
          - id: nothing
            title: Nothing
            requires: [branching]
            lesson: |
              # Nothing: the missing value

              Nothing is not zero.
        """);
    Files.writeString(
        pack.resolve("exercises/all.yaml"),
        """
        exercises:
          - id: make-branch
            skill: branching
            type: text
            prompt: Which command makes a branch called topic?
            answers: [git branch topic]
          - id: none
            skill: nothing
            type: text
            prompt: Is nothing zero?
            answers: ["no"]
        """);
    assertEquals(0, new Cli(db).run("pack", "add", pack.toString()).code());
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void theFirstPageOfALessonNamesItOnce(int columns, int rows) throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("study", "--limit", "1", NOW)) {
      live.waitFor("Enter to practise");
      String page = live.screen().visible(rows);
      assertEquals(1, count(page, "Branching"), page);
      assertTrue(
          page.replaceAll("\\s+", " ").contains("New skill: Version control › Branching"), page);
      assertTrue(page.contains("A branch is a movable label"), page);
      live.type("q").waitForPromptAfter("Which command").type(":quit\r");
      assertEquals(0, live.finish().code());
    }
    // A heading that says more than the title ("Nothing: the missing value") takes its place.
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("lesson", "nothing", NOW)) {
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      String page = live.screen().text();
      assertEquals(1, count(page, "Nothing:"), page);
      assertTrue(
          page.replaceAll("\\s+", " ")
              .contains("Lesson: Version control › Nothing: the missing value"),
          page);
      live.screen().assertFits(columns);
    }
  }
}
