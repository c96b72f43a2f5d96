package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * One session per learner, sessions of different learners side by side, a clock that jumps, future
 * dates repaired by doctor, and the small cases of issue 18 (through the real command line).
 */
class DataSafetyTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
  }

  private long number(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.getLong(1);
    }
  }

  /** A study session of the current learner that waits for input until {@code feed} is closed. */
  private record Open(PipedOutputStream feed, CompletableFuture<Integer> done, StringWriter out) {}

  private Open openSession() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(feed);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context ctx =
        new Context(
            Map.of("HOME", dir.toString()),
            in,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            false);
    CompletableFuture<Integer> done =
        CompletableFuture.supplyAsync(() -> Main.run(ctx, "study", NOW, "--db=" + db));
    for (int i = 0; i < 200 && !out.toString().contains("Exercise 1"); i++) Thread.sleep(50);
    assertTrue(out.toString().contains("Exercise 1"), out + "\n" + err);
    return new Open(feed, done, out);
  }

  @Test
  void aSecondSessionOfTheSameLearnerIsRefusedAndOtherLearnersStudySideBySide() throws Exception {
    Open first = openSession();
    try {
      Cli.Result second = cli.input("Paris\n", "study", NOW);
      assertEquals(1, second.code(), second.toString());
      assertEquals(
          "tutor: learner 'default' is already studying in another tutor (another terminal or window) on "
              + db
              + "; finish that session first, or switch learner\n",
          second.err());
      Cli.Result undo = cli.run("undo");
      assertEquals(1, undo.code(), "undo would take back the other session's answers");
      assertTrue(undo.err().contains("already studying"), undo.err());
      assertEquals(1, cli.run("learner", "delete", "default", "--yes").code());
      assertEquals(0, cli.run("learner", "add", "sam").code());
      Cli.Result sam = cli.input("Paris\n", "study", "--limit", "1", NOW);
      assertEquals(0, sam.code(), sam.toString());
      assertEquals(
          1,
          number(
              "SELECT count(*) FROM reviews r JOIN learners l ON l.id = r.learner_id WHERE l.name = 'sam'"));
      assertEquals(0, cli.run("learner", "use", "default").code());
    } finally {
      first.feed().write("Paris\n".getBytes(StandardCharsets.UTF_8));
      first.feed().close();
    }
    assertEquals(0, first.done().get());
    assertEquals(
        1,
        number(
            "SELECT count(*) FROM reviews r JOIN learners l ON l.id = r.learner_id WHERE l.name = 'default'"));
    Cli.Result again = cli.input("", "study", NOW);
    assertEquals(0, again.code(), "the lock went with the session: " + again);
  }

  @Test
  void aSessionWaitsForAnotherWriterSaysSoOnceAndKeepsTheAnswer() throws Exception {
    Open session = openSession();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = other.createStatement()) {
      s.execute(
          "BEGIN IMMEDIATE"); // another program writing, for longer than SQLite's busy timeout
      s.execute("INSERT INTO app_settings(key, value) VALUES ('other', 'writer')");
      session.feed().write("Paris\n".getBytes(StandardCharsets.UTF_8));
      session.feed().flush();
      for (int i = 0; i < 300 && !session.out().toString().contains(StudyCommand.WAITING); i++)
        Thread.sleep(50);
      assertTrue(session.out().toString().contains(StudyCommand.WAITING), session.out().toString());
      assertFalse(
          session.out().toString().contains("Next review"),
          "no feedback before the answer is written");
      s.execute("COMMIT");
    }
    session.feed().close();
    assertEquals(0, session.done().get());
    String out = session.out().toString();
    assertEquals(
        out.indexOf(StudyCommand.WAITING),
        out.lastIndexOf(StudyCommand.WAITING),
        "said once: " + out);
    assertTrue(out.contains("Next review"), out);
    assertEquals(1, number("SELECT count(*) FROM reviews"), "the answer is kept");
  }

  @Test
  void undoInASessionTakesBackOnlyThatSessionsAnswers() throws Exception {
    assertEquals(0, cli.input("Paris\n", "study", "--limit", "1", NOW).code());
    Cli.Result r = cli.input(":undo\n", "study", "--limit", "1", "--now=2026-03-02T09:30:00Z");
    assertTrue(r.out().contains("There is no answer of this session to undo."), r.out());
    assertEquals(1, number("SELECT count(*) FROM reviews"));
    assertEquals(
        0, cli.run("undo").code(), "tutor undo still takes back the earlier session's answer");
    assertEquals(0, number("SELECT count(*) FROM reviews"));
  }

  @Test
  void doctorReportsAndRepairsFutureDates() throws Exception {
    assertEquals(
        0,
        cli.input(
                "Paris\n",
                "study",
                "--limit",
                "1",
                "--skill",
                "basics",
                "--now=2200-01-01T09:00:00Z")
            .code());
    long now = java.time.Instant.parse("2026-03-02T09:00:00Z").toEpochMilli();
    Cli.Result doctor = cli.run("doctor", NOW);
    assertEquals(1, doctor.code(), doctor.toString());
    assertTrue(doctor.out().contains("dates: some dates are after now"), doctor.out());
    String words = doctor.out().replaceAll("\\s+", " ");
    assertTrue(
        words.matches(
            "(?s).*answers given in the future: 1 \\(the latest at 2200-01-01T09:00:\\d\\dZ\\).*"),
        doctor.out());
    assertTrue(words.contains("cards last reviewed in the future: 1"), doctor.out());
    Cli.Result fixed = cli.run("doctor", "--fix", "--yes", NOW);
    assertEquals(0, fixed.code(), fixed.toString());
    assertEquals(0, number("SELECT count(*) FROM reviews WHERE reviewed_at > " + now));
    assertEquals(0, number("SELECT count(*) FROM mastery WHERE updated_at > " + now));
    // the evidence's first right answer too: left in 2200, no answer before then would be on
    // "another day" after it, and the skill could not be mastered
    assertEquals(0, number("SELECT count(*) FROM mastery WHERE first_right_at > " + now));
    assertEquals(0, cli.run("doctor", NOW).code());
  }

  @Test
  void doctorRepairsACardStrandedInTheFuture() throws Exception {
    assertEquals(
        0,
        cli.input(
                "Paris\n",
                "study",
                "--limit",
                "1",
                "--skill",
                "basics",
                "--now=2200-01-01T09:00:00Z")
            .code());
    long interval = number("SELECT due - last_review FROM cards WHERE exercise_id = 'capital'");
    long stranded = number("SELECT last_review FROM cards WHERE exercise_id = 'capital'");
    assertEquals(1, cli.run("doctor", NOW).code());
    Cli.Result fixed = cli.run("doctor", "--fix", "--yes", NOW);
    assertEquals(0, fixed.code(), fixed.toString());
    long now = java.time.Instant.parse("2026-03-02T09:00:00Z").toEpochMilli();
    assertEquals(now, number("SELECT last_review FROM cards WHERE exercise_id = 'capital'"));
    assertEquals(
        now + interval,
        number("SELECT due FROM cards WHERE exercise_id = 'capital'"),
        "its interval, from now");
    // Repaired after a backup, which still has the card as it was.
    java.util.regex.Matcher backup =
        java.util.regex.Pattern.compile("Backed up the database first, to (\\S+?)[ (\n]")
            .matcher(fixed.err());
    assertTrue(backup.find(), fixed.err());
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + backup.group(1));
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs =
            st.executeQuery("SELECT last_review FROM cards WHERE exercise_id = 'capital'")) {
      assertEquals(stranded, rs.getLong(1), "the backup is of the database before the repair");
    }
    // No longer stranded: it comes due when its interval from now ends, and due and stats count it
    // then.
    String dueThen = "--now=" + java.time.Instant.ofEpochMilli(now + interval).plusSeconds(60);
    Cli.Result due = cli.run("due", "--format", "json", dueThen);
    assertEquals(0, due.code(), due.toString());
    assertTrue(due.out().contains("\"exercise\" : \"capital\""), due.out());
  }

  @Test
  void anEmptyFileIsNotMadeANewDatabase() throws Exception {
    Path empty = dir.resolve("empty.db");
    Files.createFile(empty);
    Cli.Result r = new Cli(empty).run("due");
    assertEquals(1, r.code());
    assertEquals(
        "tutor: "
            + empty
            + " is empty: not a tutor database (to start afresh, delete it or choose another"
            + " --db path)\n",
        r.err());
    assertEquals(0, Files.size(empty));
  }

  @Test
  void anExportThatIsNotUtf8IsRefusedWithItsName() throws Exception {
    assertEquals(0, cli.input("Paris\n", "study", "--limit", "1", NOW).code());
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    assertEquals(0, cli.run("export", "--out", out.toString()).code());
    Path export;
    try (var files = Files.list(out)) {
      export = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
    }
    // The same export, as an editor set to Latin-1 would save it after renaming the learner.
    Path bad = dir.resolve("latin1.json");
    Files.write(
        bad,
        Files.readString(export)
            .replace("\"default\"", "\"d\u00e9faut\"")
            .getBytes(StandardCharsets.ISO_8859_1));
    Cli.Result r = cli.run("import", bad.toString(), "--as", "copy");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("tutor: nothing imported: " + bad), r.err());
    assertTrue(r.err().contains("not a tutor export: it is not UTF-8 text at line "), r.err());
  }

  private List<JsonNode> jsonSession(String... commands) throws Exception {
    Cli.Result r =
        cli.input(String.join("\n", commands) + "\n", "study", "--jsonl", "--seed", "3", NOW);
    assertEquals(0, r.code(), r.toString());
    List<JsonNode> events = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      JsonNode e = JSON.readTree(line);
      if (!e.get("event").asText().equals("await")) events.add(e);
    }
    return events;
  }

  @Test
  void overJsonLinesQuitFalseDoesNotQuitTrailingTextIsAnErrorAndASkipIsNoError() throws Exception {
    List<JsonNode> events =
        jsonSession(
            "{\"quit\": false}",
            "{\"skip\": true} {\"quit\": true}",
            "{\"skip\": true}",
            "{\"quit\": true}");
    List<String> seen = new ArrayList<>();
    for (JsonNode e : events) {
      String name = e.get("event").asText();
      seen.add(
          name.equals("error")
              ? "error:" + e.get("code").asText()
              : name.equals("info") ? "info:" + e.get("message").asText() : name);
    }
    assertEquals("error:wrong_shape", seen.get(seen.indexOf("exercise") + 1), seen.toString());
    assertEquals("error:bad_json", seen.get(seen.indexOf("exercise") + 2), seen.toString());
    assertTrue(seen.contains("skipped"), seen.toString());
    assertFalse(seen.contains("error:invalid_answer"), seen.toString());
    assertEquals("summary", seen.get(seen.size() - 1));
    assertEquals("quit", events.get(events.size() - 1).get("ended_by").asText());
  }
}
