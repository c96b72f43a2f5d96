package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A learner knows an exercise by its prompt, never by its id: the confirmation of {@code :dispute}
 * and the leech line name it by its prompt, cut to the first line at the terminal's width (80x24
 * and 50x20, JLine's virtual terminal), as {@code tutor why} does. Both said "budget-sum".
 */
class ExerciseByPromptLiveTest {
  private static final String PROMPT =
      "In the household budget spreadsheet that your flatmate shared last week, which"
          + " function adds up every number in a column?";
  private static final String ID = "budget-sum";
  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", pack(dir, "1.0.0", "SUM").toString()).code());
  }

  /** The pack in {@code parent}/sheets: one exercise, with a long prompt. */
  private static Path pack(Path parent, String version, String answer) throws Exception {
    Path pack = parent.resolve("sheets");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        """
        id: sheets
        title: Spreadsheets
        version: %s
        skills:
          - id: functions
            title: Functions
            lesson: "SUM adds a range up."
        """
            .formatted(version));
    Files.writeString(
        pack.resolve("exercises/functions.yaml"),
        """
        exercises:
          - id: %s
            skill: functions
            type: text
            prompt: %s
            answers: [%s]
        """
            .formatted(ID, PROMPT, answer));
    return pack;
  }

  /** The line of the screen that starts with {@code head}. */
  private static String lineOf(TerminalCli.Screen screen, String head) {
    return screen.lines().stream()
        .filter(l -> l.contains(head))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no line with " + head + ":\n" + screen.text()));
  }

  /** The prompt's start, cut at a word with "..." before the closing quote, on the one line. */
  private static void namedByPrompt(TerminalCli.Screen screen, String line, int columns) {
    assertTrue(line.contains("\"In the household budget"), line + "\n---\n" + screen.text());
    assertTrue(line.contains("...\""), "cut to fit, with an ellipsis: " + line);
    assertTrue(line.length() <= columns, line);
    assertFalse(screen.text().contains(ID), "the id shown:\n" + screen.text());
    screen.assertFits(columns);
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void aDisputeIsConfirmedWithThePromptOfTheExercise(int columns, int rows) throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start("study", "--limit", "1", "--now=2026-03-02T09:00:00Z")) {
      live.waitFor("Enter to practise").type("\r").waitForPromptAfter("In the household");
      live.type("total\r").waitFor("Enter to finish, or :dispute");
      live.type(":dispute\r").waitFor("noted as disputed");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      TerminalCli.Screen screen = live.screen();
      namedByPrompt(screen, lineOf(screen, "Counted as right:"), columns);
      String flat = screen.text().replace('\n', ' ');
      assertTrue(
          flat.contains("Your answer 'total' is noted as disputed for the pack's author."), flat);
      assertTrue(flat.contains("You reached the limit of 1 exercise."), flat);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void aLeechIsNamedByItsPrompt(int columns, int rows) throws Exception {
    assertEquals(0, cli.run("settings", "leech-threshold", "2").code());
    // Learned on the first day, then forgotten once and learned again: one lapse.
    cli.input("SUM\nSUM\n", "study", "--limit", "2", "--now=2026-03-02T09:00:00Z");
    Instant due = null;
    for (int day = 1; day <= 60; day++) {
      List<Object> card = Rows.query(db, "SELECT lapses, phase, due FROM cards").get(0);
      if (((Number) card.get(0)).intValue() == 1 && card.get(1).equals("review")) {
        due = Instant.ofEpochMilli(((Number) card.get(2)).longValue());
        break;
      }
      String now = "--now=" + Instant.parse("2026-03-02T09:00:00Z").plusSeconds(86_400L * day);
      cli.input("total\nSUM\nSUM\n", "study", "--limit", "3", now);
    }
    assertTrue(due != null, "no lapse in 60 days");
    // Forgotten a second time, at a terminal: a leech.
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start("study", "--limit", "1", "--now=" + due.plusSeconds(60))) {
      live.waitForPromptAfter("In the household").type("total\r").waitFor("Suspend it (S)");
      live.type("\r").waitFor("unsuspend");
      live.type("\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      TerminalCli.Screen screen = live.screen();
      String flat = screen.text().replace('\n', ' ');
      assertTrue(flat.contains("\": you have forgotten it 2 times after learning it."), flat);
      // The id where it is typed, to bring the exercise back; nowhere else.
      namedByPrompt(
          new TerminalCli.Screen(live.screen().raw().replace("sheets/" + ID, "")),
          lineOf(screen, "Leech:"),
          columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void aPackUpdatedAsStudyStartsIsToldInLinesThatFit(int columns, int rows) throws Exception {
    cli.input("SUM\n", "study", "--limit", "1", "--now=2026-03-02T09:00:00Z");
    // The shipped pack comes in a new version whose exercise has another answer: it starts again.
    Path content = dir.resolve("content");
    pack(content, "1.1.0", "SUMME");
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .env("TUTOR_CONTENT", content.toString())
            .size(columns, rows)
            .start("study", "--limit", "1", "--now=2026-03-03T09:00:00Z")) {
      // Input ends (Ctrl-D): keys typed would go to the terminal that was opened to ask the width
      // (a virtual terminal's input thread reads ahead, a real one's does not).
      live.waitFor("In the household").close();
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      // A path wider than the terminal stands whole on a line of its own (Wrap: the terminal
      // wraps it softly and copies it whole); every other line fits.
      List<String> wide =
          r.err()
              .lines()
              .filter(l -> l.length() > columns)
              .filter(l -> !(l.startsWith("/") && !l.contains(" ")))
              .toList();
      assertTrue(wide.isEmpty(), "lines wider than " + columns + ":\n" + r);
      String flat = r.err().replaceAll("\\s+", " ");
      assertTrue(flat.contains("Updated pack 'sheets' 1.0.0 -> 1.1.0."), r.err());
      assertTrue(
          flat.contains(
              "1 exercise changed its answer or type and starts again (past answers stay in your"
                  + " history):"),
          r.err());
      // By its prompt, cut to a line's start, and why.
      assertTrue(flat.contains("\"In the household budget"), r.err());
      assertTrue(flat.contains("...\": the answer 'SUM' is no longer accepted"), r.err());
      assertFalse(r.err().contains(ID), r.err());
    }
  }
}
