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
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.Size;
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
import tutor.store.SqliteStore;

/**
 * The interactive path: keys typed into a JLine terminal (a virtual one, over streams), read by
 * JLineInput, shown by ConsoleUi, in a real session on a real database. Covers the hint ladder
 * then :show, :dispute, the one prompt after the session's last answer, and :skip after a try
 * showing the answer.
 */
class JLineStuckSessionTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  @TempDir Path dir;

  private record Run(String screen, SessionSummary summary) {}

  private Run session(Path db, String keys, int limit) throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    // The keys wait in a pipe that stays open, as a keyboard does: the end of a byte array would
    // reach the terminal as end of input before the session had read them. ":quit" at the end
    // keeps a session that asks for more than the script from waiting for ever.
    PipedInputStream keyboard = new PipedInputStream(1 << 16);
    SessionSummary summary;
    try (PipedOutputStream typing = new PipedOutputStream(keyboard); SqliteStore store = SqliteStore.open(db);
        Terminal terminal = TerminalBuilder.builder().system(false).type("xterm")
            .streams(keyboard, screen).encoding(StandardCharsets.UTF_8).size(new Size(80, 24)).build()) {
      typing.write((keys + ":quit\n:quit\n").getBytes(StandardCharsets.UTF_8));
      typing.flush();
      Learner learner = store.currentLearner(NOW);
      JLineInput input = JLineInput.on(terminal);
      assertTrue(input.interactive());
      PrintWriter out = terminal.writer();
      ConsoleUi ui = new ConsoleUi(input, out, Style.PLAIN, () -> NOW);
      LearnerSettings settings = LearnerSettings.from(store.settings(learner.id()), ZoneId.of("UTC"));
      StudySession session = new StudySession(store, learner, settings,
          new FsrsScheduler(settings.schedulerConfig(tutor.schedule.FsrsParameters.DEFAULT)), new AnswerGrader(), ui,
          Clock.fixed(NOW, ZoneOffset.UTC), new StudySession.Options(Optional.empty(), Optional.empty(),
              Optional.empty(), OptionalInt.of(limit), 7), Map.of("demo", "Demo pack"));
      summary = session.run();
      ui.summary(summary);
      out.flush();
      terminal.flush();
      typing.close(); // end of the keys before the terminal closes: its reader ends quietly
    }
    // Read once the terminal is closed: all it had to write is written.
    return new Run(screen.toString(StandardCharsets.UTF_8), summary);
  }

  private Path installed() throws Exception {
    Path db = dir.resolve("t.db");
    try (SqliteStore store = SqliteStore.open(db)) {
      store.installPack(PackReader.read(TestPacks.demo(dir)), "test", "hash", NOW);
    }
    return db;
  }

  private static List<List<Object>> reviews(Path db) throws Exception {
    List<List<Object>> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT exercise_id, rating, correct, answer, hints_used, shown, disputed"
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
    String keys = String.join("\n",
        "",            // the new skill's lesson: Enter to start practising
        "?", "?",      // capital: its only hint, then no more
        ":show",       // the answer, a miss
        "4",           // sum: rejected (a second miss: help is offered)
        ":dispute",    // ...at the help prompt: counted as right
        "",            // Enter to go on
        "9",           // colour: no option 9, but a try
        ":skip",       // so the skip shows the answer
        "100", "Celsius") + "\n";
    Run run = session(db, keys, 3);
    String s = run.screen();
    assertTrue(s.contains("Hint 1 of 1: It is on the Seine."), s);
    assertTrue(s.contains("That was the last hint. Type :show to see the answer (it counts as a miss)"), s);
    assertTrue(s.contains("The answer: Paris"), s);
    assertTrue(s.contains("Why: Paris has been the capital for centuries."), s);
    assertTrue(s.contains("Next review in 1 minute (rated Again)."), s);
    assertTrue(s.contains("If you were right, type :dispute."), s);
    assertTrue(s.contains("Counted as right: your answer '4' to sum, noted as disputed"), s);
    assertTrue(s.contains("Skipped. The answer: 1) Red"), s);
    assertTrue(s.contains("Why: Red, green and blue."), s);
    assertEquals(3, run.summary().answered());
    assertEquals(2, run.summary().correct(), "the disputed answer counts as right");
    assertEquals(List.of(
        List.of("capital", 1, 0, "", 1, 1, 0),
        List.of("sum", 3, 1, "4", 0, 0, 1),
        List.of("boil", 4, 1, "100 | Celsius", 0, 0, 0)), reviews(db));
  }

  @Test
  void enterAtThatPromptFinishesWithTheVerdictAsItWas() throws Exception {
    Path db = installed();
    Run run = session(db, "\nLondon\n\n", 1);
    assertEquals(0, run.summary().correct());
    assertEquals(List.of(List.of("capital", 1, 0, "London", 0, 0, 0)), reviews(db));
  }
}
