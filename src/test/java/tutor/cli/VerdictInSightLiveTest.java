package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verdict stays in sight at a terminal (JLine's virtual one, 80x24 and 50x20): a wrong query
 * whose result tables are taller than the screen is paged from its first line, and the next
 * question never pushes a verdict off the top before the learner has read it.
 */
class VerdictInSightLiveTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    Path pack = dir.resolve("shop");
    Files.createDirectories(pack.resolve("exercises"));
    Files.createDirectories(pack.resolve("fixtures"));
    StringBuilder customers = new StringBuilder();
    String[] cities = {"Berlin", "Hamburg", "Paris", "Lyon", "Rome", "Milan"};
    for (int i = 1; i <= 12; i++) {
      customers.append(i == 1 ? "" : ", ");
      customers.append("(" + i + ", 'Customer " + i + "', '" + cities[i % cities.length] + "')");
    }
    Files.writeString(
        pack.resolve("fixtures/shop.sql"),
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);\n"
            + "INSERT INTO customers VALUES "
            + customers
            + ";\n");
    Files.writeString(
        pack.resolve("pack.yaml"),
        """
        id: shop
        title: Shop
        version: 1.0.0
        fixtures:
          shop: fixtures/shop.sql
        skills:
          - id: query
            title: Queries
        """);
    Files.writeString(
        pack.resolve("exercises/all.yaml"),
        """
        exercises:
          - id: berlin
            skill: query
            type: sql
            fixture: shop
            difficulty: 1
            prompt: List the name and city of every customer in Berlin.
            solution: "SELECT name, city FROM customers WHERE city = 'Berlin';"
            explanation: WHERE keeps the rows whose city is Berlin.
          - id: paris
            skill: query
            type: sql
            fixture: shop
            difficulty: 2
            prompt: >-
              The marketing team plans a letter to every customer who lives in Paris, and
              needs their names only, in any order, with nothing else: no city, no id. They
              will paste the list into a mail merge, so the column must be the customer's
              name as it is stored. Customers in other cities get another letter later, in
              another campaign, so they must not be on this list; nor must anybody twice.
              List the name of every customer in Paris, and only those.
            solution: "SELECT name FROM customers WHERE city = 'Paris';"
            explanation: The city goes in the WHERE clause; only the name is selected.
        """);
    assertEquals(0, new Cli(db).run("pack", "add", pack.toString()).code());
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void aWrongQuerysTablesArePagedFromTheVerdict(int columns, int rows) throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start("study", "--limit", "2", "--seed", "1", NOW)) {
      live.waitForPromptAfter("List the name and city");
      // Every customer: 12 rows where 2 are expected; with the tables, taller than the screen.
      live.type("SELECT name, city FROM customers;\r").waitFor("page 1/2");
      String first = live.screen().visible(rows);
      assertTrue(first.contains("Not quite."), "the verdict scrolled away:\n" + first);
      assertTrue(first.contains("Your result has 12 rows"), first);
      // The last page stays until Enter: the next question does not push it away.
      live.type("\r").waitFor("-- Enter for the next question --");
      String last = live.screen().visible(rows);
      assertTrue(last.contains("If you were right, type :dispute."), last);
      assertTrue(last.contains("Next review in"), last);
      assertFalse(last.contains("marketing"), last);
      live.type("\r").waitFor("marketing");
      live.type(":quit\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      live.screen().assertFits(columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void aLongNextQuestionWaitsUntilTheVerdictIsRead(int columns, int rows) throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start("study", "--limit", "2", "--seed", "1", NOW)) {
      live.waitForPromptAfter("List the name and city");
      live.type("select c.city, c.name\rfrom customers c\rwhere c.city = 'Berlin'\r\r");
      live.waitUntil(
          s ->
              s.text().contains("-- Enter for the next question --")
                  || s.text().contains("Type one SQL query") && s.text().contains("marketing"));
      // Either the verdict is still on the screen under the question, or tutor waits for Enter.
      String screen = live.screen().visible(rows);
      boolean waits = screen.contains("-- Enter for the next question --");
      assertTrue(screen.contains("Correct."), "the verdict scrolled away:\n" + screen);
      if (waits) {
        assertFalse(screen.contains("marketing"), screen);
        live.type("\r");
      }
      live.waitFor("Tables: customers");
      live.type(":quit\r");
      assertEquals(0, live.finish().code());
      // At 50x20 the question does not fit under the verdict: tutor waited.
      if (rows == 20) assertTrue(waits, "no wait at " + columns + "x" + rows);
      live.screen().assertFits(columns);
    }
  }
}
