package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The counts a session starts and ends with, at a terminal (80x24 and 50x20): each says what it
 * counts. "Come back in 1 minute ... for the rest of today's 5 exercises" read as done, left or the
 * goal; "1 review is due" greeted a learner with learning steps due as well.
 */
class SessionCountsLiveTest {
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    assertEquals(
        0, new Cli(db).run("pack", "add", StudyScreensLiveTest.longPack(dir).toString()).code());
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void theSummarySaysWhatIsLeftTodayAndWhenApartFromTheDailyGoal(int columns, int rows)
      throws Exception {
    assertEquals(
        0,
        new Cli(db)
            .run("goal", "add", "--pack", "long", "--exercises", "5", "--now=2026-03-02T08:00:00Z")
            .code());
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start(
                "study",
                "--skill",
                "capitals",
                "--limit",
                "3",
                "--seed",
                "1",
                "--now=2026-03-02T09:00:00Z")) {
      // Three misses: three learning steps due again in a minute.
      live.waitFor("page 1/").type("q").waitForPromptAfter("What is the capital of France?");
      live.type("Rome\r").waitFor("Not quite.");
      live.waitForPromptAfter("capital of Germany?").type("Bonn\r").waitFor("Not quite.");
      live.waitForPromptAfter("press Enter to go on").type("\r");
      live.waitForPromptAfter("Danube").type("4\r").waitFor("Not quite.");
      live.type("\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      String flat = live.screen().text().replaceAll("\\s+", " ");
      assertTrue(
          flat.matches(
              ".*Still due today: 3 exercises, the first in \\d+ minutes? \\(at \\d\\d:\\d\\d\\)\\..*"),
          flat);
      assertTrue(flat.contains("Today's goal: 5 exercises, 3 done."), flat);
      assertFalse(flat.contains("rest of today's"), flat);
      live.screen().assertFits(columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void afterALimitTheSummarySaysTheNewWorkOpenTodayAndWhatIsLeftOfTheGoal(int columns, int rows)
      throws Exception {
    // "Come back tomorrow, when 3 exercises are due." beside "Today's goal: 10 exercises, 7 done."
    // and new material open today: the advice must be true.
    assertEquals(
        0,
        new Cli(db)
            .run("goal", "add", "--pack", "long", "--exercises", "5", "--now=2026-03-02T08:00:00Z")
            .code());
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start(
                "study",
                "--skill",
                "capitals",
                "--limit",
                "1",
                "--seed",
                "1",
                "--now=2026-03-02T09:00:00Z")) {
      live.waitFor("page 1/").type("q").waitForPromptAfter("What is the capital of France?");
      live.type("Paris\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      String flat = live.screen().text().replaceAll("\\s+", " ");
      assertTrue(
          flat.contains(
              "2 new exercises are still open today: go on whenever you like"
                  + " (tutor study --skill capitals)."),
          flat);
      assertTrue(
          flat.contains("Today's goal: 5 exercises, 1 done; 4 more exercises reach it."), flat);
      assertFalse(flat.contains("Come back"), flat);
      live.screen().assertFits(columns);
    }
  }

  /** Day one: France missed, in learning steps; nothing in review. */
  private void onlyALearningStep() throws Exception {
    Cli.Result r =
        new Cli(db)
            .input(
                "Rome\n",
                "study",
                "--skill",
                "capitals",
                "--limit",
                "1",
                "--seed",
                "1",
                "--now=2026-03-02T09:00:00Z");
    assertEquals(0, r.code(), r.toString());
    assertEquals(
        List.of(List.of("paris", "learning")),
        Rows.query(db, "SELECT exercise_id, phase FROM cards WHERE phase <> 'new'"));
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void aLearnerWithOnlyLearningStepsDueIsWelcomedBackAfterABreak(int columns, int rows)
      throws Exception {
    // The break was measured from cards in review alone: only steps due, no welcome at all.
    onlyALearningStep();
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start("study", "--seed", "1", "--now=2026-03-09T09:00:00Z")) {
      live.waitFor("Welcome back").waitForPromptAfter("capital of France");
      live.type(":quit\r");
      assertEquals(0, live.finish().code());
      String flat = live.screen().text().replaceAll("\\s+", " ");
      assertTrue(
          flat.matches(".*Welcome back after [67] days\\. Due now: 1 learning step\\..*"), flat);
      live.screen().assertFits(columns);
    }
  }

  @org.junit.jupiter.api.Test
  void theSessionOverCardsInMemoryWelcomesBackAfterLearningStepsToo() throws Exception {
    // The same break seen from the cards read whole (a session given its study data).
    onlyALearningStep();
    java.time.Instant now = java.time.Instant.parse("2026-03-09T09:00:00Z");
    java.io.StringWriter screen = new java.io.StringWriter();
    try (tutor.store.Store store = tutor.store.Stores.open(db)) {
      tutor.store.Learner learner = store.currentLearner(now);
      tutor.session.LearnerSettings settings =
          tutor.session.LearnerSettings.from(
              store.settings(learner.id()), java.time.ZoneId.of("UTC"));
      java.io.PrintWriter out = new java.io.PrintWriter(screen, true);
      tutor.terminal.ConsoleUi ui =
          new tutor.terminal.ConsoleUi(
              new tutor.terminal.PipedInput(
                  new java.io.BufferedReader(new java.io.StringReader(":quit\n"))),
              out,
              tutor.terminal.Style.PLAIN,
              () -> now);
      new tutor.session.StudySession(
              store,
              learner,
              settings,
              new tutor.schedule.FsrsScheduler(
                  settings.schedulerConfig(tutor.schedule.FsrsParameters.DEFAULT)),
              new tutor.kind.AnswerGrader(),
              ui,
              java.time.Clock.fixed(now, java.time.ZoneOffset.UTC),
              new tutor.session.StudySession.Options(
                  java.util.Optional.empty(),
                  java.util.Optional.empty(),
                  java.util.Optional.empty(),
                  java.util.OptionalInt.empty(),
                  1),
              java.util.Map.of("long", "Long pack"))
          .studyData(store.studyOutline(learner.id()))
          .run();
      out.flush();
    }
    String flat = screen.toString().replaceAll("\\s+", " ");
    assertTrue(
        flat.matches(".*Welcome back after [67] days\\. Due now: 1 learning step\\..*"), flat);
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void theWelcomeBackCountsTheLearningStepsDueWithTheReviews(int columns, int rows)
      throws Exception {
    Cli cli = new Cli(db);
    // Day one: Paris and Berlin learned (reviews two days later); the Danube missed, then right: in
    // learning steps still.
    cli.input(
        "Paris\nBerlin\n4\n",
        "study",
        "--skill",
        "capitals",
        "--limit",
        "3",
        "--seed",
        "1",
        "--now=2026-03-02T09:00:00Z");
    cli.input(
        "1 2 3\nParis\nBerlin\n",
        "study",
        "--skill",
        "capitals",
        "--limit",
        "3",
        "--seed",
        "1",
        "--now=2026-03-02T09:20:00Z");
    assertEquals(
        List.of(
            List.of("berlin", "review"), List.of("paris", "review"), List.of("rivers", "learning")),
        Rows.query(db, "SELECT exercise_id, phase FROM cards ORDER BY exercise_id"));
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start("study", "--seed", "1", "--now=2026-03-09T09:00:00Z")) {
      live.waitFor("Welcome back").waitForPromptAfter("Danube");
      live.type(":quit\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      String flat = live.screen().text().replaceAll("\\s+", " ");
      assertTrue(
          flat.contains("Welcome back after 6 days. Due now: 1 learning step and 2 reviews."),
          flat);
      live.screen().assertFits(columns);
    }
  }
}
