package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** Undo returns card state, mastery and the review log exactly to what they were. */
class UndoTest {
  private static final String DAY1 = "--now=2026-03-02T09:00:00Z";
  private static final String EARLIER = "--now=2026-03-02T07:00:00Z";
  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
  }

  /** Every learner-state row, without the bookkeeping timestamp of the mastery table. */
  private List<String> state() throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      for (String sql :
          List.of(
              "SELECT * FROM cards ORDER BY exercise_id",
              "SELECT learner_id, pack_id, skill_id, p_known, attempts, correct FROM mastery ORDER BY skill_id",
              "SELECT * FROM reviews ORDER BY id")) {
        try (ResultSet rs = s.executeQuery(sql)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder(sql.substring(14, 22)).append(':');
            for (int i = 1; i <= n; i++) row.append(rs.getObject(i)).append('|');
            out.add(row.toString());
          }
        }
      }
    }
    return out;
  }

  @Test
  void undoingTheLastAnswersRestoresEverythingExactly() throws Exception {
    cli.input("Paris\n", "study", "--limit", "1", DAY1);
    List<String> afterOne = state();
    cli.input(
        "5\n100\nCelsius\n",
        "study",
        "--skill",
        "basics",
        "--limit",
        "2",
        "--now=2026-03-02T09:05:00Z");
    assertEquals(0, cli.run("undo", "--count", "2").code());
    assertEquals(afterOne, state());
    assertEquals(0, cli.run("undo").code());
    assertEquals(List.of(), state());
    Cli.Result nothing = cli.run("undo");
    assertEquals(1, nothing.code());
    assertTrue(nothing.err().contains("no answer to undo"), nothing.err());
  }

  @Test
  void undoNamesTheAnswerByItsPromptAndALocalTimeNotAnIdAndAnInstant() throws Exception {
    cli.input("Paris\n", "study", "--limit", "1", DAY1);
    Cli.Result r = cli.run("undo");
    assertEquals(0, r.code(), r.toString());
    var local =
        java.time.Instant.parse("2026-03-02T09:00:00Z").atZone(java.time.ZoneId.systemDefault());
    String when =
        tutor.session.EnglishDates.shortDate(local.toLocalDate())
            + String.format(" %02d:%02d", local.getHour(), local.getMinute());
    assertEquals(
        "Undone: your answer to \"What is the capital of France?\" (" + when + ").",
        r.out().strip());
    assertFalse(r.out().contains("2026-03-02T"), r.out());
  }

  @Test
  void undoSaysTheTimeOnTheLearnersClockAndFitsFiftyColumns() throws Exception {
    assertEquals(0, cli.run("settings", "timezone", "America/New_York").code());
    cli.input("Paris\n", "study", "--limit", "1", DAY1);
    TerminalCli.Result r = new TerminalCli(db).size(50, 20).keys("", "undo", DAY1);
    assertEquals(0, r.code(), r.toString());
    // 09:00 UTC is 04:00 in New York, whatever the machine's zone.
    assertTrue(r.out().replace('\n', ' ').contains("(Mon 2 Mar 04:00)."), r.toString());
    for (String line : r.out().lines().toList())
      assertTrue(line.length() < 50, "too wide: " + line);
  }

  @Test
  void undoingMoreThanTheLastSessionAsksFirstAndRefusesWithoutSomeoneToAsk() throws Exception {
    cli.input("Paris\n", "study", "--limit", "1", EARLIER); // two hours before the next session
    List<String> afterOne = state();
    cli.input(
        "5\n100\nCelsius\n",
        "study",
        "--skill",
        "basics",
        "--limit",
        "2",
        "--now=2026-03-02T09:05:00Z");
    List<String> afterBoth = state();
    Cli.Result refused = cli.run("undo", "--count", "500");
    assertEquals(2, refused.code(), refused.toString());
    assertEquals(1, refused.err().lines().count(), refused.err());
    assertTrue(
        refused.err().contains("not taking back 3 answers (more than the 2 of your last session)"),
        refused.err());
    assertTrue(refused.err().contains("--yes"), refused.err());
    assertEquals(afterBoth, state(), "nothing taken back");
    // Within the last session: no question.
    assertEquals(0, cli.run("undo", "--count", "2").code());
    assertEquals(afterOne, state());
    cli.input(
        "5\n100\nCelsius\n",
        "study",
        "--skill",
        "basics",
        "--limit",
        "2",
        "--now=2026-03-02T09:05:00Z");
    assertEquals(0, cli.run("undo", "--count", "500", "--yes").code());
    assertEquals(List.of(), state());
  }

  @Test
  void atATerminalTheQuestionIsAskedAndNoMeansNothingChanges() throws Exception {
    cli.input("Paris\n", "study", "--limit", "1", EARLIER); // two hours before the next session
    cli.input("5\n", "study", "--skill", "basics", "--limit", "1", "--now=2026-03-02T09:05:00Z");
    List<String> before = state();
    java.io.StringWriter err = new java.io.StringWriter();
    Context terminal =
        new Context(
            java.util.Map.of("HOME", dir.toString()),
            new java.io.ByteArrayInputStream(
                "n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new java.io.PrintWriter(err, true),
            true);
    assertEquals(1, Main.run(terminal, "undo", "--count", "2", "--db=" + db));
    assertTrue(err.toString().contains("Take back your last 2 answers"), err.toString());
    assertTrue(err.toString().contains("Nothing was changed."), err.toString());
    assertEquals(before, state());
  }

  @Test
  void theLastSessionEndsAtAnHourWithoutAnswers() {
    java.time.Instant t = java.time.Instant.parse("2026-03-02T10:00:00Z");
    assertEquals(
        3,
        UndoCommand.lastSession(
            List.of(t, t.minusSeconds(600), t.minusSeconds(3000), t.minusSeconds(3000 + 3601)),
            UndoCommand.SESSION_GAP));
    assertEquals(0, UndoCommand.lastSession(List.of(), UndoCommand.SESSION_GAP));
  }

  @Test
  void undoingAReviewRestoresTheCardAsItWasBeforeTheReview() throws Exception {
    cli.input("Paris\n", "study", "--limit", "1", DAY1);
    List<String> afterFirst = state();
    Cli.Result review = cli.input("Paris\n", "study", "--limit", "1", "--now=2026-03-05T09:00:00Z");
    // A learning step: named so, not with a skill level's word.
    assertTrue(review.out().contains("(learning step)"), review.out());
    assertEquals(0, cli.run("undo").code());
    assertEquals(afterFirst, state());
  }

  @Test
  void undoInsideASessionTakesBackTheLastAnswer() throws Exception {
    // Paris to capital, then :undo at the next question: capital is asked again at once, as Anki
    // shows an undone card again, and 5 answers it (wrong).
    Cli.Result r = cli.input("Paris\n:undo\n5\n", "study", "--limit", "2", DAY1);
    assertTrue(
        r.out().contains("Undone: your answer to \"What is the capital of France?\" is taken back"),
        r.out());
    assertTrue(r.out().contains("Session summary: 1 answered, 0 correct"), r.out());
    List<String> reviews = state().stream().filter(s -> s.startsWith("reviews")).toList();
    assertEquals(1, reviews.size());
    assertTrue(reviews.get(0).contains("|capital|"), reviews.toString());
    assertTrue(reviews.get(0).contains("|study|1|0|"), reviews.toString());
  }

  @Test
  void anUndoneAnswersExerciseIsAskedAgainAtOnceWithItsNumber() throws Exception {
    // #1 capital answered; :undo at #2 (sum): capital comes back as #1 at once, then sum as #2.
    Cli.Result r = cli.input("Paris\n:undo\nParis\n5\n", "study", "--limit", "2", DAY1);
    String out = r.out();
    assertEquals(2, out.split("Exercise 1 of 2 ", -1).length - 1, out);
    assertEquals(2, out.split("Exercise 2 of 2 ", -1).length - 1, out);
    int undone = out.indexOf("Undone: your answer to");
    int again = out.indexOf("Exercise 1 of 2 ", undone);
    assertTrue(undone > out.indexOf("Exercise 2 of 2 ") && again > undone, out);
    assertTrue(out.substring(again).contains("capital of France"), out);
    assertTrue(out.indexOf("Exercise 2 of 2 ", again) > again, out);
    assertTrue(out.contains("Session summary: 2 answered"), out);
  }
}
