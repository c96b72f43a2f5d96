package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** sql and regex exercises through the real command line: piped, over --jsonl and at a terminal. */
class RunKindsCliTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    Path pack = TestPacks.runKinds(dir);
    assertEquals(0, cli.run("pack", "validate", pack.toString()).code());
    Cli.Result test = cli.run("pack", "test", pack.toString());
    assertEquals(0, test.code(), test.toString());
    assertTrue(test.out().contains("11 passed, 0 failed"), test.toString());
    Cli.Result add = cli.run("pack", "add", pack.toString());
    assertEquals(0, add.code(), add.toString());
  }

  /** Words as read, whatever the wrapping. */
  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private Cli.Result study(String skill, String input) {
    return cli.input(input, "study", "--skill", skill, "--limit", "1", "--seed", "1", NOW);
  }

  @Test
  void aQueryOfSeveralLinesEndsAtItsSemicolon() {
    Cli.Result r = study("query", "SELECT name,\n  city FROM customers\nWHERE city = 'Berlin';\n");
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.out().contains("Tables: customers (id, name, city); orders (id, customer_id, total)"),
        r.out());
    assertTrue(r.out().contains("Correct."), r.out());
    assertTrue(
        r.out()
            .contains("One correct query: SELECT name, city FROM customers WHERE city = 'Berlin';"),
        r.out());
  }

  /** A change is named a statement ("One correct query: CREATE UNIQUE INDEX ..." misnamed it). */
  @Test
  void aChangeIsAStatementAndAQueryAQuery() throws Exception {
    Cli.Result change = study("change", "DELETE FROM orders WHERE total < 10;\n");
    assertTrue(change.out().contains("One correct statement: DELETE FROM orders"), change.out());
    // At a terminal an Enter alone is asked again, named as the instructions name the answer.
    TerminalCli.Result query =
        new TerminalCli(db)
            .env("TUTOR_PLAIN", "1")
            .keys("\n\n:quit\n:quit\n", "study", "--skill", "query", "--seed", "1", NOW);
    assertTrue(query.text().contains("Type an SQL query, or :skip."), query.toString());
  }

  @Test
  void aCommandOnALaterLineOfAQueryIsACommandNotPartOfTheQuery() {
    // "?" typed when stuck half-way was graded with the query: near "?": syntax error.
    Cli.Result r =
        study(
            "query", "SELECT name,\n?\nSELECT name, city FROM customers WHERE city = 'Berlin';\n");
    assertEquals(0, r.code(), r.toString());
    assertFalse(r.out().contains("syntax error"), r.out());
    assertTrue(r.out().contains("Hint 1 of") || r.out().contains("no hints"), r.out());
    assertTrue(r.out().contains("Correct."), r.out());
    Cli.Result skipped = study("query", "SELECT name\n:skip\n");
    assertTrue(skipped.out().contains("Skipped."), skipped.out());
    assertFalse(skipped.out().contains("Not quite."), skipped.out());
  }

  @Test
  void aWrongResultIsExplainedByRowsAndAnEmptyLineEndsTheQuery() {
    Cli.Result r = study("query", "SELECT name, city\nFROM customers\n\n");
    assertTrue(r.out().contains("Not quite."), r.out());
    assertTrue(
        r.out().contains("Your result has 4 rows; the expected result has 2: 2 rows not expected."),
        r.out());
    assertTrue(r.out().contains("Not expected (in yours) (2 rows):"), r.out());
    assertTrue(r.out().contains("  Ben  | Hamburg"), r.out());
    assertTrue(r.out().contains("  Dora | NULL"), r.out());
  }

  @Test
  void aSyntaxErrorIsAWrongAnswerNotACrash() {
    Cli.Result r = study("query", "SELEC name FROM customers;\n");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("SQLite says: near \"SELEC\": syntax error"), r.out());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void attachIsRefusedAndNoFileIsMade() throws Exception {
    Path file = dir.resolve("x.db");
    Cli.Result r = study("query", "ATTACH '" + file + "' AS x;\n");
    assertTrue(r.out().contains("ATTACH is not allowed"), r.out());
    assertFalse(Files.exists(file));
  }

  @Test
  void aRunawayQueryIsStopped() {
    Cli.Result r =
        study(
            "query",
            "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)\n"
                + "SELECT count(*), 'x' FROM r;\n");
    assertTrue(r.out().contains("It ran for more than 1 second and was stopped."), r.out());
  }

  @Test
  void aChangeIsGradedByTheTablesItLeaves() {
    Cli.Result r = study("change", "DELETE FROM orders\nWHERE total < 10;\n");
    assertTrue(r.out().contains("Correct."), r.out());
    Cli.Result wrong = study("change", "DELETE FROM orders;\n");
    assertTrue(
        flat(wrong.out())
            .contains(
                "After your statement, table orders: your result has 0 rows; the expected"
                    + " result has 1: 1 row missing."),
        wrong.out());
  }

  @Test
  void aBacktrackingPatternCannotHangTheSession() {
    Cli.Result r = study("patterns", "(.*a){12}$\n");
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.out().contains("Your pattern took too long on 'aaaaaaaaaaaaaaaaaaaaaaaa…'"), r.out());
    Cli.Result wrong = study("patterns", "a*\n");
    assertTrue(wrong.out().contains("It should not match 1 hidden string but does."), wrong.out());
    assertTrue(wrong.out().contains("One pattern that works: a+"), wrong.out());
  }

  @Test
  void overJsonLinesAQueryIsOneStringAndWrongRowsComeAsTables() throws Exception {
    Cli.Result r =
        cli.input(
            "{\"answer\": \"SELECT name\\nFROM customers\"}\n",
            "study",
            "--jsonl",
            "--skill",
            "query",
            "--limit",
            "1",
            NOW);
    JsonNode exercise = null;
    JsonNode feedback = null;
    for (String line : r.out().split("\n")) {
      JsonNode n = JSON.readTree(line);
      if (n.path("event").asText().equals("exercise")) exercise = n;
      if (n.path("event").asText().equals("feedback")) feedback = n;
    }
    assertEquals("sql", exercise.path("type").asText(), r.out());
    assertEquals("query", exercise.path("mode").asText(), exercise.toString());
    assertEquals(
        "customers (id, name, city)", exercise.path("tables").get(0).asText(), exercise.toString());
    assertFalse(feedback.path("correct").asBoolean(), feedback.toString());
    assertEquals(
        "Your result has 1 column (name); the expected result has 2 (name, city).",
        feedback.path("detail").asText());
    JsonNode yours = feedback.path("tables").get(0);
    assertEquals("yours", yours.path("role").asText(), feedback.toString());
    assertEquals("[\"name\"]", yours.path("columns").toString());
    assertEquals("[[\"Anna\"],[\"Ben\"],[\"Cem\"]]", yours.path("rows").toString());
    assertEquals(4, yours.path("total_rows").asInt());
    assertEquals("expected", feedback.path("tables").get(1).path("role").asText());
  }

  @Test
  void atATerminalOf50ColumnsTheRowsFit() throws Exception {
    TerminalCli.Result r =
        new TerminalCli(db)
            .size(50, 20)
            .env("TUTOR_PLAIN", "1")
            .keys(
                "SELECT name, city,\n  'a long text that makes the table wide' AS note\nFROM customers;\n:quit\n",
                "study",
                "--skill",
                "query",
                "--limit",
                "1",
                "--seed",
                "1",
                NOW);
    assertEquals(0, r.code(), r.toString());
    String s = r.text();
    assertTrue(
        flat(s).contains("Your result has 3 columns (name, city, note); the expected result has 2"),
        s);
    assertTrue(s.contains("name | city    | note"), s);
    // The verdict, from "Not quite." to the query shown (JLine's own redrawing of the input line
    // aside).
    String verdict = s.substring(s.indexOf("Not quite."), s.indexOf("One correct query"));
    assertTrue(verdict.contains("…"), "a long value is cut: " + verdict);
    for (String line : verdict.split("\n"))
      assertTrue(line.length() <= 50, "wider than 50: '" + line + "'");
  }

  @Test
  void atATerminalAQueryContinuesOnTheNextLine() throws Exception {
    TerminalCli.Result r =
        new TerminalCli(db)
            .env("TUTOR_PLAIN", "1")
            .keys(
                "SELECT name, city\nFROM customers\nWHERE city = 'Berlin'\n\n:quit\n",
                "study",
                "--skill",
                "query",
                "--limit",
                "1",
                "--seed",
                "1",
                NOW);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.text().contains("... FROM customers"), r.text());
    assertTrue(r.text().contains("Correct."), r.text());
  }

  @Test
  void quitOnALaterLineOfAQueryEndsTheSessionWithoutGradingHalfAQuery() {
    Cli.Result r = study("query", "SELECT name\n:quit\n");
    assertEquals(0, r.code(), r.toString());
    assertFalse(r.out().contains("Not quite."), r.out());
    assertFalse(r.out().contains("SQLite says"), r.out());
    assertTrue(r.out().contains("Session summary: no exercises answered."), r.out());
  }
}
