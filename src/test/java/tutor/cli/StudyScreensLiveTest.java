package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The study screens at a terminal (JLine's virtual one, 80x24 and 50x20) through the real command
 * line, typed at as a learner would: each key waits until the screen shows what it answers.
 * Asserted: what the learner sees (the banner before the lesson, page n/m, the question again after
 * a lesson, feedback, the summary), that no line is wider than the terminal, and the keys of the
 * pager and Ctrl-C with its exit code.
 */
class StudyScreensLiveTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    assertEquals(0, new Cli(db).run("pack", "add", longPack(dir).toString()).code());
  }

  /** A pack whose first lesson takes several screens, with a multi-select exercise. */
  static Path longPack(Path parent) throws Exception {
    Path pack = parent.resolve("long");
    Files.createDirectories(pack.resolve("exercises"));
    StringBuilder lesson = new StringBuilder("# Rivers and capitals\n");
    for (int i = 1; i <= 30; i++) {
      lesson
          .append("Paragraph ")
          .append(i)
          .append(": capitals sit on rivers more often than not, which is why a")
          .append(" learner who remembers the river remembers the city as well.\n\n");
    }
    Files.writeString(
        pack.resolve("pack.yaml"),
        """
        id: long
        title: Long pack
        version: 1.0.0
        skills:
          - id: capitals
            title: Capitals of Europe and their rivers
            lesson: |
        %s
          - id: colours
            title: Colours
            requires: [capitals]
            lesson: "# Colours\\nA short lesson on colours."
        """
            .formatted(lesson.toString().indent(6).stripTrailing()));
    Files.writeString(
        pack.resolve("exercises/capitals.yaml"),
        """
        exercises:
          - id: paris
            skill: capitals
            type: text
            difficulty: 1
            prompt: What is the capital of France?
            answers: [Paris]
            hints: [It is on the Seine.]
            explanation: Paris has been the capital of France for centuries, on both banks of the Seine.
          - id: berlin
            skill: capitals
            type: text
            difficulty: 2
            prompt: What is the capital of Germany?
            answers: [Berlin]
            explanation: Berlin, on the Spree.
          - id: rivers
            skill: capitals
            type: choice
            difficulty: 3
            prompt: Which of these capitals stand on the Danube?
            options: [Vienna, Budapest, Bratislava, Prague]
            correct: [Vienna, Budapest, Bratislava]
            shuffle: false
            explanation: Prague is on the Vltava.
        """);
    Files.writeString(
        pack.resolve("exercises/colours.yaml"),
        """
        exercises:
          - id: red
            skill: colours
            type: text
            prompt: Which colour is a stop sign?
            answers: [red]
        """);
    return pack;
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void aFirstSessionPagesTheLessonAndKeepsTheBannerAndFeedbackInSight(int columns, int rows)
      throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start("study", "--limit", "3", "--seed", "1", NOW)) {
      live.waitFor("page 1/");
      // The banner is still on the screen above the lesson's first page.
      String first = live.screen().visible(rows);
      assertTrue(first.contains("Studying as"), first);
      assertTrue(first.contains("New skill: Long pack"), first);
      // A key a pager has no use for is neither shown nor taken as Enter.
      live.type("x").type("\r").waitFor("page 2/");
      assertFalse(live.screen().raw().contains("--x"), live.screen().text());
      // Back with b, with Up and with PgUp; on with PgDn.
      live.type("b").waitFor("page 1/");
      live.type("\u001B[6~").waitFor("page 2/");
      live.type("\u001B[A").waitFor("page 1/");
      live.type(" ").waitFor("page 2/");
      live.type("\u001B[5~").waitFor("page 1/");
      // q leaves the lesson for the question, saying so under the page it cut.
      live.type("q").waitFor("What is the capital of France?");
      assertTrue(
          live.screen().visible(rows).contains("Lesson skipped: :lesson shows it again."),
          live.screen().text());
      assertFalse(
          live.screen().text().contains("page 3/"),
          "x was taken as Enter:\n" + live.screen().text());
      TerminalCli.Screen s = live.screen();
      assertTrue(s.text().contains("1/3"), "the counter counts to the limit:\n" + s.text());
      live.type("Rome\r").waitFor("Not quite.");
      live.waitFor("Why: Paris has been the capital");
      live.type("Berlin\r").waitFor("Correct.");
      live.type("1 2\r").waitFor("2 of 3 right; you missed 3) Bratislava.");
      live.type("\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      TerminalCli.Screen end = live.screen();
      assertTrue(end.text().contains("3/3"), end.text());
      assertTrue(end.text().contains("Session summary: 3 answered"), end.text());
      end.assertFits(columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void theQuestionComesBackAfterALessonAskedForAtItsPrompt(int columns, int rows) throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("study", "--seed", "1", NOW)) {
      live.waitFor("page 1/").type("q").waitFor("What is the capital of France?");
      live.type("?\r").waitFor("Hint 1 of 1: It is on the Seine.");
      live.type(":lesson\r").waitFor("page 1/");
      live.type("q").waitFor("What is the capital of France?");
      // With the hint given before the lesson.
      live.waitFor("Hint 1 of 1: It is on the Seine.");
      live.type(":resources\r").waitFor("This skill has no resources.");
      live.type(":quit\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      live.screen().assertFits(columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void afterTheLessonOfferedForMissesThePromptSaysWhatItWaitsFor(int columns, int rows)
      throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("study", "--seed", "1", NOW)) {
      live.waitFor("page 1/").type("q").waitFor("What is the capital of France?");
      live.type("Rome\r").waitFor("Not quite.");
      live.waitFor("2/3").type("4\r").waitFor("in a row on");
      live.type(":lesson\r").waitFor("page 1/");
      live.type("q").waitFor("Enter to go on >");
      // The lesson filled the screen: the offer is gone, the prompt says it instead.
      assertFalse(live.screen().visible(rows).contains("in a row on"), live.screen().text());
      live.type(":quit\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      live.screen().assertFits(columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void ctrlCEndsTheSessionWith130AfterTheSummaryAndKeepsTheAnswers(int columns, int rows)
      throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("study", "--seed", "1", NOW)) {
      live.waitFor("page 1/").type("q").waitFor("What is the capital of France?");
      live.type("Paris\r").waitFor("Correct.");
      live.waitForPromptAfter("capital of Germany?");
      live.type("\u0003");
      TerminalCli.Result r = live.finish();
      assertEquals(ExitCodes.INTERRUPTED, r.code(), r.toString());
      assertTrue(
          live.screen().text().contains("Session summary: 1 answered, 1 correct"),
          live.screen().text());
      assertEquals(1, Rows.count(db, "SELECT count(*) FROM reviews"));
      live.screen().assertFits(columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void ctrlCAtAPlacementQuestionEndsWith130AfterItsSummary(int columns, int rows) throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("placement", "--pack", "long", NOW)) {
      live.waitForPromptAfter("Question 1").type("\u0003");
      TerminalCli.Result r = live.finish();
      assertEquals(ExitCodes.INTERRUPTED, r.code(), r.toString());
      assertTrue(
          live.screen().text().contains("Placement stopped after 0 questions"),
          live.screen().text());
      live.screen().assertFits(columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void ctrlCInThePagerEndsTheSessionWith130(int columns, int rows) throws Exception {
    try (TerminalCli.Live live = new TerminalCli(db).size(columns, rows).start("study", NOW)) {
      live.waitFor("page 1/").type("\u0003");
      TerminalCli.Result r = live.finish();
      assertEquals(ExitCodes.INTERRUPTED, r.code(), r.toString());
      assertTrue(
          live.screen().text().contains("Session summary: no exercises answered."),
          live.screen().text());
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void tutorLessonIsPagedAtATerminal(int columns, int rows) throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("lesson", "capitals", NOW)) {
      live.waitFor("page 1/");
      live.type("\r").waitFor("page 2/");
      live.type("k").waitFor("page 1/");
      live.type("q");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      live.screen().assertFits(columns);
    }
    // Piped: everything at once, no pager.
    Cli.Result piped = new Cli(db).run("lesson", "capitals");
    assertTrue(
        piped.out().contains("Paragraph 30:") && !piped.out().contains("page 1/"), piped.out());
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void packListIsPagedAtATerminalAndWholeWhenPiped(int columns, int rows) throws Exception {
    // Three packs are a hundred lines: the first ones must not scroll away unread.
    for (String pack : List.of("content/git", "content/unix-shell"))
      assertEquals(0, new Cli(db).run("pack", "add", pack).code());
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("pack", "list", NOW)) {
      live.waitFor("page 1/");
      assertTrue(live.screen().visible(rows).contains("git 1."), live.screen().text());
      for (int page = 2; !live.ended(); page++) {
        String next = "page " + page + "/";
        live.type(" ").waitUntil(screen -> screen.text().contains(next) || live.ended());
      }
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      assertTrue(live.screen().text().contains("Skill ids (or titles"), live.screen().text());
      live.screen().assertFits(columns);
    }
    Cli.Result piped = new Cli(db).run("pack", "list");
    assertTrue(piped.out().contains("long 1.0.0") && !piped.out().contains("page 1/"), piped.out());
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void tutorStatsIsPagedAndFitsTheTerminal(int columns, int rows) throws Exception {
    new Cli(db).input("\nParis\nBerlin\n1 2 3\n", "study", "--limit", "3", NOW);
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("stats", "--now=2026-03-03T09:00:00Z")) {
      live.waitFor("page 1/");
      for (int page = 2; !live.ended(); page++) {
        String next = "page " + page + "/";
        live.type(" ").waitUntil(screen -> screen.text().contains(next) || live.ended());
      }
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      TerminalCli.Screen s = live.screen();
      assertTrue(s.text().contains("Study days in the last"), s.text());
      s.assertFits(columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void forecastIsPagedSoItsHeadingIsRead(int columns, int rows) throws Exception {
    new Cli(db).input("\nParis\nBerlin\n1 2 3\n", "study", "--limit", "3", NOW);
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("forecast", "--now=2026-03-03T09:00:00Z")) {
      live.waitFor("page 1/");
      // The heading that names the columns is on the first screen, not scrolled away.
      assertTrue(live.screen().visible(rows).contains("0.80"), live.screen().text());
      for (int page = 2; !live.ended(); page++) {
        String next = "page " + page + "/";
        live.type(" ").waitUntil(screen -> screen.text().contains(next) || live.ended());
      }
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      assertTrue(live.screen().text().contains("per day"), live.screen().text());
      live.screen().assertFits(columns);
    }
    Cli.Result piped = new Cli(db).run("forecast", "--now=2026-03-03T09:00:00Z");
    assertTrue(piped.out().contains("per day") && !piped.out().contains("page 1/"), piped.out());
  }

  /** What a command showed at a terminal, paged through: the screen, and how many pages. */
  private record PagedRun(TerminalCli.Screen screen, int pages) {}

  private PagedRun pagedThrough(int columns, int rows, String... args) throws Exception {
    try (TerminalCli.Live live = new TerminalCli(db).size(columns, rows).start(args)) {
      live.waitUntil(screen -> screen.text().contains("page 1/") || live.ended());
      int pages = 1;
      for (int page = 2; !live.ended(); page++) {
        String next = "page " + page + "/";
        live.type(" ").waitUntil(screen -> screen.text().contains(next) || live.ended());
        if (!live.ended()) pages = page;
      }
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      return new PagedRun(live.screen(), pages);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void settingsAtANarrowTerminalAreTheValuesOneALineAndLongAddsWhatEachMeans(int columns, int rows)
      throws Exception {
    assertEquals(0, new Cli(db).run("settings", "easy-days", "sat,sun").code());
    PagedRun listing = pagedThrough(columns, rows, "settings", NOW);
    listing.screen().assertFits(columns);
    String text = listing.screen().text();
    assertTrue(text.matches("(?s).*\\n  easy-days +sat,sun\\*[ \\n].*"), text);
    if (columns < 80) {
      // 22 values in two screens, not four: one a line, and where to read what they mean.
      assertTrue(listing.pages() <= 2, listing.pages() + " pages:\n" + text);
      assertFalse(text.contains("share of reviews you want to recall"), text);
      assertTrue(text.contains("What each means: tutor settings --long"), text);
      assertTrue(
          text.matches("(?s).*\\n  desired-retention +0\\.9\\n  new-per-day +20\\n.*"), text);
    } else {
      assertTrue(text.contains("share of reviews you want to recall"), text);
      assertFalse(text.contains("--long"), text);
    }
    // --long: what each means at any width, broken only between words.
    PagedRun longer = pagedThrough(columns, rows, "settings", "--long", NOW);
    longer.screen().assertFits(columns);
    String flat = longer.screen().text().replaceAll("-- page [^\\n]*", "").replaceAll("\\s+", " ");
    assertTrue(flat.contains("share of reviews you want to recall, 0.70-0.99 (default 0.9)"), flat);
    assertTrue(
        flat.contains(
            "share of letters that may differ for \"almost\" (you decide), 0-0.5; 0 is off"
                + " (default 0.2)"),
        flat);
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void dueIsPagedSoItsFirstLineIsRead(int columns, int rows) throws Exception {
    new Cli(db).input("\nParis\nBerlin\n1 2 3\n", "study", "--limit", "3", NOW);
    String later = "--now=2026-03-03T09:00:00Z";
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("due", "--days", "30", later)) {
      live.waitFor("page 1/");
      // "N due now" (or "Nothing is due now") is on the first screen, not scrolled away.
      assertTrue(live.screen().visible(rows).contains("due now"), live.screen().text());
      for (int page = 2; !live.ended(); page++) {
        String next = "page " + page + "/";
        live.type(" ").waitUntil(screen -> screen.text().contains(next) || live.ended());
      }
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      assertTrue(live.screen().text().contains("Study with: tutor study"), live.screen().text());
      live.screen().assertFits(columns);
    }
    Cli.Result piped = new Cli(db).run("due", "--days", "30", later);
    assertTrue(piped.out().contains("Study with") && !piped.out().contains("page 1/"), piped.out());
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void settingsArePagedSoTheirHeadingIsRead(int columns, int rows) throws Exception {
    try (TerminalCli.Live live = new TerminalCli(db).size(columns, rows).start("settings", NOW)) {
      live.waitFor("page 1/");
      assertTrue(live.screen().visible(rows).contains("Settings of learner"), live.screen().text());
      for (int page = 2; !live.ended(); page++) {
        String next = "page " + page + "/";
        live.type(" ").waitUntil(screen -> screen.text().contains(next) || live.ended());
      }
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      assertTrue(live.screen().text().contains("Change one: tutor settings"), live.screen().text());
      live.screen().assertFits(columns);
    }
  }
}
