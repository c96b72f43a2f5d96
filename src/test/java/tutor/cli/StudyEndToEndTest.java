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

/** The real CLI, piped answers, a temporary database; then what the database holds. */
class StudyEndToEndTest {
  private static final String DAY1 = "--now=2026-03-02T09:00:00Z";
  private static final String DAY2 = "--now=2026-03-03T09:00:00Z";

  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    Cli.Result r = cli.run("pack", "add", TestPacks.demo(dir).toString());
    assertEquals(0, r.code(), r.toString());
  }

  private List<List<Object>> rows(String sql) throws Exception {
    List<List<Object>> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
        out.add(row);
      }
    }
    return out;
  }

  private long count(String sql) throws Exception {
    return ((Number) rows(sql).get(0).get(0)).longValue();
  }

  @Test
  void pipedAnswersAreGradedAndEveryAnswerIsInTheDatabase() throws Exception {
    Cli.Result r =
        cli.input(
            "Paris\n5\n100\nCelsius\n1\n",
            "study",
            "--skill",
            "basics",
            "--limit",
            "4",
            "--seed",
            "7",
            DAY1);
    assertEquals(0, r.code(), r.toString());
    assertEquals(4, r.out().split("Correct\\.", -1).length - 1, r.out());
    assertTrue(r.out().contains("4 answered, 4 correct (100%)"), r.out());
    // Two typed answers make the skill known, so the harder cloze comes before the choice: it is
    // now the one whose predicted success is closest to the target.
    assertEquals(
        List.of(
            List.of("capital", 3, 1, "Paris"),
            List.of("sum", 3, 1, "5"),
            List.of("boil", 3, 1, "100 | Celsius"),
            List.of("colour", 3, 1, "1")),
        rows("SELECT exercise_id, rating, correct, answer FROM reviews ORDER BY id"));
    assertEquals(4, count("SELECT count(*) FROM cards WHERE phase = 'learning'"));
    assertTrue(
        (double) rows("SELECT p_known FROM mastery WHERE skill_id = 'basics'").get(0).get(0)
            >= 0.95,
        "four right answers master the skill");
  }

  @Test
  void knowingASkillUnlocksTheNextTheSameDayAndMasteringItTakesASecondDay() {
    Cli.Result r =
        cli.input(
            "Paris\n5\n100\nCelsius\n1\n", "study", "--skill", "basics", "--limit", "4", DAY1);
    assertTrue(r.out().contains("Unlocked: Building on the basics"), r.out());
    assertTrue(r.out().contains("The basics: learning -> learned"), r.out());
    assertFalse(
        r.out().contains("-> mastered"), "right answers on one day are not mastery:\n" + r.out());
    Cli.Result next = cli.input("Paris\n5\n", "study", "--skill", "basics", "--limit", "2", DAY2);
    assertTrue(next.out().contains("The basics: learned -> mastered"), next.out());
  }

  @Test
  void aWrongAnswerShowsTheExpectedAnswerAndTheExplanation() throws Exception {
    Cli.Result r = cli.input("London\n", "study", "--limit", "1", DAY1);
    assertTrue(r.out().contains("Not quite."), r.out());
    assertTrue(r.out().contains("Expected: Paris"), r.out());
    assertTrue(r.out().contains("Why: Paris has been the capital for centuries."), r.out());
    assertEquals(List.of(List.of(1, 0)), rows("SELECT rating, correct FROM reviews"));
  }

  @Test
  void aHintIsShownOnRequestAndARightAnswerAfterItIsRatedHard() throws Exception {
    Cli.Result r = cli.input("?\nParis\n", "study", "--limit", "1", DAY1);
    assertTrue(r.out().contains("Hint 1 of 1: It is on the Seine."), r.out());
    assertEquals(
        List.of(List.of(2, 1, 1)), rows("SELECT rating, correct, hints_used FROM reviews"));
  }

  @Test
  void anAnswerOfTheWrongShapeIsAskedAgainNotCountedWrong() throws Exception {
    Cli.Result r =
        cli.input(
            "Paris\n5\n100\nCelsius\n7\n1\n", "study", "--skill", "basics", "--limit", "4", DAY1);
    assertTrue(r.out().contains("Type the number of your choice (1-3)"), r.out());
    assertEquals(4, count("SELECT count(*) FROM reviews WHERE correct = 1"));
  }

  @Test
  void quitEndsTheSessionWithASummaryAndKeepsWhatWasAnswered() throws Exception {
    Cli.Result r = cli.input("Paris\n:quit\n", "study", DAY1);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Session summary: 1 answered, 1 correct (100%)"), r.out());
    assertTrue(r.out().contains("Next review in 10 minutes"), r.out());
    assertEquals(1, count("SELECT count(*) FROM reviews"));
  }

  @Test
  void endOfInputEndsTheSessionCleanly() throws Exception {
    Cli.Result r = cli.input("Paris\n5\n", "study", DAY1);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("2 answered"), r.out());
    assertEquals(2, count("SELECT count(*) FROM reviews"));
  }

  @Test
  void skipMovesOnWithoutRecordingAnything() throws Exception {
    Cli.Result r = cli.input(":skip\n5\n", "study", "--limit", "1", DAY1);
    assertTrue(r.out().contains("Skipped."), r.out());
    assertEquals(List.of(List.of("sum")), rows("SELECT exercise_id FROM reviews"));
  }

  @Test
  void pipedOutputHasNoEscapeCodesEvenWithoutNoColor() {
    Cli.Result r = cli.input("Paris\n", "study", "--limit", "1", DAY1);
    assertFalse(r.out().contains("\u001b["), r.out());
    assertFalse(r.err().contains("\u001b["), r.err());
  }

  @Test
  void comingBackTheNextDayShowsTheRightReviewsDueAndStudiesThemFirst() throws Exception {
    cli.input("Paris\n5\n100\nCelsius\n1\n", "study", "--skill", "basics", "--limit", "4", DAY1);
    Cli.Result due = cli.run("due", DAY2);
    assertEquals(0, due.code(), due.toString());
    assertTrue(due.out().startsWith("4 due now (about "), due.out());
    // Shown by their prompts; the ids are in --format json.
    for (String prompt :
        List.of(
            "What is the capital of France?",
            "What is 2.5 + 2.5?",
            "Which is a primary colour of light?")) {
      assertTrue(due.out().contains(prompt), due.out());
    }
    String json = cli.run("due", "--format", "json", DAY2).out();
    for (String id : List.of("capital", "sum", "colour", "boil"))
      assertTrue(json.contains("\"" + id + "\""), json);

    // The steps come in the order they fell due (the answers', or the pack's when answers share a
    // millisecond): a choice given the cloze's gaps asks again, so these answers fit both.
    Cli.Result r =
        cli.input(
            "Paris\n5\n100\nCelsius\n1\n100\nCelsius\n",
            "study",
            "--skill",
            "basics",
            "--limit",
            "4",
            DAY2);
    assertEquals(
        4,
        r.out().split("\\(learning step\\)", -1).length - 1,
        "the due steps come before new material:\n" + r.out());
    assertEquals(8, count("SELECT count(*) FROM reviews"));
    assertEquals(4, count("SELECT count(*) FROM reviews WHERE phase_before = 'learning'"));
    assertEquals(
        4,
        count("SELECT count(*) FROM cards WHERE phase = 'review'"),
        "a day late, Good graduates them");
  }

  @Test
  void withNothingDueAndTodaysNewExercisesUsedUpTheSessionSaysSo() {
    assertEquals(0, cli.run("settings", "new-per-day", "0").code());
    Cli.Result s = cli.input("", "study", DAY1);
    assertEquals(0, s.code(), s.toString());
    assertTrue(
        s.out().contains("Nothing is due, and you have had today's 0 new exercises"), s.out());
  }

  @Test
  void aSessionEndedByTodaysNewExercisesSaysSo() {
    assertEquals(0, cli.run("settings", "new-per-day", "1").code());
    Cli.Result s = cli.input("Paris\n".repeat(6), "study", "--limit", "5", DAY1);
    assertEquals(0, s.code(), s.toString());
    assertTrue(
        s.out()
            .replace('\n', ' ')
            .contains(
                "That is all for now: nothing else is due, and you have had today's 1 new"
                    + " exercises"),
        s.out());
  }

  @Test
  void aFlashcardIsRevealedThenSelfRated() throws Exception {
    Cli.Result r = cli.input("\n3\n", "study", "--skill", "more", "--limit", "2", DAY1);
    assertTrue(r.out().contains("Answer: Water"), r.out());
    assertTrue(r.out().contains("How well did you recall it?"), r.out());
    assertTrue(
        rows("SELECT exercise_id, rating FROM reviews").contains(List.of("water", 3)), r.out());
  }

  @Test
  void studyingAnUnknownPackIsAUsageError() {
    Cli.Result r = cli.run("study", "--pack", "nope");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no installed pack 'nope'"), r.err());
  }

  @Test
  void aNearMissIsShownAndTheLearnersDecisionIsLogged() throws Exception {
    Cli.Result r = cli.input("Pari\ny\n", "study", "--limit", "1", DAY1);
    assertTrue(
        r.out()
            .contains("Almost: you typed Pari\n    the answer is Paris\n                      ^\n"),
        r.out());
    assertEquals(
        List.of(List.of(2, 1, "accepted")), rows("SELECT rating, correct, near_miss FROM reviews"));
    Cli.Result no = cli.input("Suum\n", "study", "--limit", "1", DAY1); // numeric: never "almost"
    assertTrue(!no.out().contains("Almost"), no.out());
  }

  @Test
  void aRejectedNearMissCountsAsWrong() throws Exception {
    cli.input("Pari\nn\n", "study", "--limit", "1", DAY1);
    assertEquals(
        List.of(List.of(1, 0, "rejected")), rows("SELECT rating, correct, near_miss FROM reviews"));
  }

  @Test
  void withConfidenceOnTheLearnerSaysHowSureBeforeTheVerdictAndItIsLogged() throws Exception {
    assertEquals(0, cli.run("profile", "set", "confidence", "on").code());
    Cli.Result r = cli.input("Paris\n3\nLondon\n", "study", "--limit", "2", DAY1);
    assertTrue(r.out().indexOf("How sure are you?") < r.out().indexOf("Correct."), r.out());
    assertTrue(r.out().contains("Confidence this session:"), r.out());
    assertEquals(
        List.of(List.of("capital", 3)), rows("SELECT exercise_id, confidence FROM reviews"));
  }
}
