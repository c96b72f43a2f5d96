package tutor.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.kind.AnswerGrader;
import tutor.packfile.PackReader;
import tutor.schedule.FsrsScheduler;
import tutor.session.LearnerSettings;
import tutor.session.SessionSummary;
import tutor.session.StudySession;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.Stores;

/**
 * The interactive path: keys typed into a JLine terminal (a virtual one, over streams), read by
 * JLineInput, shown by ConsoleUi, in a real session on a real database. Covers the hint ladder then
 * :show, :dispute, the one prompt after the session's last answer (Enter, and :dispute there, typed
 * only once the prompt is on the screen: {@link #drive}), and :skip after a try showing the answer.
 */
class JLineStuckSessionTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  @TempDir Path dir;

  private record Run(String screen, SessionSummary summary) {}

  private Path installed() throws Exception {
    Path db = dir.resolve("t.db");
    try (Store store = Stores.open(db)) {
      store.installPack(PackReader.read(TestPacks.demo(dir)), "test", "hash", NOW);
    }
    return db;
  }

  private static List<List<Object>> reviews(Path db) throws Exception {
    List<List<Object>> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT exercise_id, rating, correct, answer, hints_used, shown, disputed"
                    + " FROM reviews ORDER BY id")) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= 7; i++) row.add(rs.getObject(i));
        out.add(row);
      }
    }
    return out;
  }

  @Test
  void hintsThenShowThenDisputeThenSkipAfterATryAtATerminal() throws Exception {
    Path db = installed();
    Run run =
        drive(
            db,
            3,
            Step.key("-- Enter to practise --", "\n"), // the new skill's lesson: Enter to practise
            new Step("What is the capital of France?", "?\n"), // capital: its only hint...
            new Step("Hint 1 of 1", "?\n"), // ...then no more
            new Step("That was the last hint", ":show\n"), // the answer, a miss
            new Step("Exercise 2 of 3", "4\n"), // sum: rejected (a second miss: help is offered)
            new Step(
                "You missed 2 in a row", ":dispute\n"), // ...at the help prompt: counted as right
            new Step("Counted as right", "\n"), // Enter to go on
            new Step("Exercise 3 of 3", "9\n"), // colour: no option 9, but a try
            new Step("9", ":skip\n"), // so the skip shows the answer
            new Step("Skipped. The answer", "100\n"), // boil: its two gaps
            new Step("100", "Celsius\n"));
    String s = run.screen();
    assertTrue(s.contains("Hint 1 of 1: It is on the Seine."), s);
    assertTrue(
        s.contains("That was the last hint. Type :show to see the answer (it counts as a miss)"),
        s);
    assertTrue(s.contains("The answer: Paris"), s);
    assertTrue(s.contains("Why: Paris has been the capital for centuries."), s);
    assertTrue(s.contains("Next review in 1 minute (rated Again)."), s);
    assertTrue(s.contains("If you were right, type :dispute."), s);
    assertTrue(s.contains("Counted as right: \"What is 2.5 + 2.5?\""), s);
    assertTrue(s.contains("Your answer '4' is noted as disputed for the pack's author."), s);
    assertTrue(s.contains("Skipped. The answer: 1) Red"), s);
    assertTrue(s.contains("Why: Red, green and blue."), s);
    assertEquals(3, run.summary().answered());
    assertEquals(2, run.summary().correct(), "the disputed answer counts as right");
    assertEquals(
        List.of(
            List.of("capital", 1, 0, "", 1, 1, 0),
            List.of("sum", 3, 1, "4", 0, 0, 1),
            List.of("boil", 4, 1, "100 | Celsius", 0, 0, 0)),
        reviews(db));
  }

  @Test
  void enterAtThatPromptFinishesWithTheVerdictAsItWas() throws Exception {
    Path db = installed();
    Run run =
        drive(
            db,
            1,
            Step.key("-- Enter to practise --", "\n"),
            new Step("What is the capital of France?", "London\n"),
            new Step("If you were right, type :dispute.", "\n"));
    assertEquals(0, run.summary().correct());
    assertEquals(List.of(List.of("capital", 1, 0, "London", 0, 0, 0)), reviews(db));
  }

  private static final String READING = "\u001b[?2004h";

  /**
   * Keys to type once the screen shows {@code after} (beyond what earlier steps waited for) and the
   * terminal then waits for a line.
   */
  /**
   * Keys to type once the screen shows {@code after}; {@code line}: typed into a line being read.
   */
  private record Step(String after, String keys, boolean line) {
    Step(String after, String keys) {
      this(after, keys, true);
    }

    /** A key for a prompt that reads single keys (the lesson pager): no line editor starts. */
    static Step key(String after, String keys) {
      return new Step(after, keys, false);
    }
  }

  /**
   * A session driven as a person would: each step's keys are typed only once the screen shows what
   * they answer, so a slow machine only makes the test slower, never cut short. The deadline is a
   * guard against a hang, not a measurement: past it the test fails with the screen so far.
   */
  private Run drive(Path db, int limit, Step... steps) throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream(); // its methods are synchronized
    PipedInputStream keyboard = new PipedInputStream(1 << 16);
    try (PipedOutputStream typing = new PipedOutputStream(keyboard);
        Store store = Stores.open(db);
        Terminal terminal = terminal(keyboard, screen)) {
      Learner learner = store.currentLearner(NOW);
      JLineInput input = JLineInput.on(terminal);
      PrintWriter out = terminal.writer();
      ConsoleUi ui = new ConsoleUi(input, out, Style.PLAIN, () -> NOW);
      LearnerSettings settings =
          LearnerSettings.from(store.settings(learner.id()), ZoneId.of("UTC"));
      StudySession session =
          new StudySession(
              store,
              learner,
              settings,
              new FsrsScheduler(settings.schedulerConfig(tutor.schedule.FsrsParameters.DEFAULT)),
              new AnswerGrader(),
              ui,
              Clock.fixed(NOW, ZoneOffset.UTC),
              new StudySession.Options(
                  Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.of(limit), 7),
              Map.of("demo", "Demo pack"));
      java.util.concurrent.CompletableFuture<SessionSummary> done =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  SessionSummary summary = session.run();
                  ui.summary(summary);
                  out.flush();
                  return summary;
                } catch (Exception e) {
                  throw new java.util.concurrent.CompletionException(e);
                }
              });
      int from = 0;
      for (Step step : steps) {
        from = waitFor(screen, step.after(), from, done);
        // JLine starts reading a line with this (bracketed paste on): keys typed now are read now.
        if (step.line() && !step.keys().isEmpty()) from = waitFor(screen, READING, from, done);
        typing.write(step.keys().getBytes(StandardCharsets.UTF_8));
        typing.flush();
      }
      SessionSummary summary;
      try {
        summary = done.get(2, java.util.concurrent.TimeUnit.MINUTES);
      } catch (java.util.concurrent.TimeoutException e) {
        typing.write(":quit\n:quit\n".getBytes(StandardCharsets.UTF_8)); // unblock it, then fail
        typing.flush();
        throw new AssertionError(
            "the session did not end after the last step:\n"
                + screen.toString(StandardCharsets.UTF_8));
      }
      terminal.flush();
      typing.close();
      return new Run(screen.toString(StandardCharsets.UTF_8), summary);
    }
  }

  /**
   * A terminal over the streams that writes what it is sent as it is sent. TerminalBuilder makes a
   * pseudo-terminal whose output reaches the screen through a pump thread of its own: the session
   * could end (its last lines written to the terminal) before the pump had passed them on, and
   * {@link #waitFor} then failed on a screen still missing them (4 runs in 40 under load).
   */
  private static Terminal terminal(PipedInputStream keyboard, ByteArrayOutputStream screen)
      throws java.io.IOException {
    Terminal t = new ExternalTerminal("test", "xterm", keyboard, screen, StandardCharsets.UTF_8);
    t.setSize(new Size(80, 24));
    return t;
  }

  /** Where {@code text} ends on the screen, once it shows beyond {@code from}. */
  private static int waitFor(
      ByteArrayOutputStream screen,
      String text,
      int from,
      java.util.concurrent.CompletableFuture<?> session)
      throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
    while (true) {
      // Whether it had ended before the screen is read: then the screen read is all it wrote.
      boolean ended = session.isDone();
      String shown = screen.toString(StandardCharsets.UTF_8);
      int at = shown.indexOf(text, from);
      if (at >= 0) return at + text.length();
      if (ended || System.nanoTime() > deadline) {
        Throwable failed = null;
        if (session.isCompletedExceptionally()) {
          try {
            session.join();
          } catch (java.util.concurrent.CompletionException e) {
            failed = e.getCause();
          }
        }
        throw new AssertionError(
            "the screen never showed '"
                + text
                + "'"
                + (ended ? " (the session ended)" : "")
                + ":\n"
                + shown,
            failed);
      }
      Thread.sleep(5);
    }
  }

  @Test
  void afterTheSessionsLastAnswerOnePromptAllowsADispute() throws Exception {
    Path db = installed();
    Run run =
        drive(
            db,
            1,
            Step.key("-- Enter to practise --", "\n"),
            new Step("What is the capital of France?", "London\n"),
            new Step("If you were right, type :dispute.", ":dispute\n"),
            new Step("Counted as right", ""));
    String s = run.screen();
    assertTrue(s.contains("Enter to finish, or :dispute"), s);
    assertTrue(s.contains("Counted as right: \"What is the capital of France?\""), s);
    assertEquals(1, run.summary().correct());
    assertEquals(List.of(List.of("capital", 3, 1, "London", 0, 0, 1)), reviews(db));
  }
}
