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
 * What a new learner's week at 50x20 and 80x24 turned up (week5), at JLine's virtual terminal:
 * placement's verdict read before the next long question, its summary's titles that have commas of
 * their own, a long query's lines wrapped between words, and goal status a screenful at a time.
 */
class NarrowWeekLiveTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    Path pack = dir.resolve("shop");
    Files.createDirectories(pack.resolve("exercises"));
    Files.createDirectories(pack.resolve("fixtures"));
    Files.writeString(
        pack.resolve("fixtures/shop.sql"),
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);\n"
            + "INSERT INTO customers VALUES (1, 'Ann', 'Berlin'), (2, 'Bo', 'Paris'),"
            + " (3, 'Cy', 'Rome');\n");
    Files.writeString(
        pack.resolve("pack.yaml"),
        """
        id: shop
        title: Shop
        version: 1.0.0
        fixtures:
          shop: fixtures/shop.sql
        skills:
          - id: read
            title: Reading one table
          - id: change
            title: INSERT, UPDATE and DELETE
        """);
    String longPrompt =
        "The marketing team plans a letter to some customers and needs their names only, with"
            + " nothing else: no city, no id. They will paste the list into a mail merge, so the"
            + " column must be the name as it is stored, and nobody may be on it twice."
            + " Customers in other cities get another letter later, in another campaign, so"
            + " they must not be on this list. The team reads the list before it goes out,"
            + " and a list with anybody else on it goes back to you to be done again. ";
    Files.writeString(
        pack.resolve("exercises/all.yaml"),
        """
        exercises:
          - id: berlin
            skill: read
            type: sql
            fixture: shop
            difficulty: 1
            prompt: "%sList the customers in Berlin."
            solution: |-
              SELECT name
              FROM customers
              WHERE city = 'Berlin' AND name IN (SELECT name FROM customers WHERE id > 0);
          - id: rome
            skill: change
            type: sql
            fixture: shop
            difficulty: 1
            prompt: "%sList the customers in Rome."
            solution: "SELECT name FROM customers WHERE city = 'Rome';"
        """
            .formatted(longPrompt, longPrompt));
    assertEquals(0, new Cli(db).run("pack", "add", pack.toString()).code());
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void placementsVerdictIsReadBeforeTheNextQuestion(int columns, int rows) throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start("placement", "--pack", "shop", "--seed", "1", NOW)) {
      live.waitForPromptAfter("Type one SQL query");
      live.type("SELECT city FROM customers;\r");
      live.waitUntil(
          s ->
              s.text().contains("-- Enter for the next question --")
                  || s.text().contains("Question 2"));
      String screen = live.screen().visible(rows);
      assertTrue(screen.contains("Not quite; the answer is"), "scrolled away:\n" + screen);
      if (screen.contains("-- Enter for the next question --")) {
        assertFalse(screen.contains("Question 2"), screen);
        live.type("\r");
      }
      live.waitForPromptAfter("Question 2");
      live.type(":skip\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      // Two titles, one with commas of its own: not read as four skills.
      assertTrue(
          r.text()
              .replace("\n", " ")
              .contains("To learn: Reading one table; INSERT, UPDATE and DELETE"),
          r.toString());
      live.screen().assertFits(columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void aLongLineOfTheRightQueryBreaksBetweenWords(int columns, int rows) throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db)
            .size(columns, rows)
            .start("study", "--pack", "shop", "--limit", "1", "--seed", "1", NOW)) {
      live.waitForPromptAfter("Type one SQL query");
      live.type(live.screen().text().contains("Berlin.") ? "SELECT 1;\r" : "SELECT 2;\r");
      live.waitFor("Next review");
      live.type(":quit\r");
      live.finish();
      // The answer's 76-column line: printed whole, the terminal cut it mid-word at 50.
      live.screen().assertFits(columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void goalStatusIsPagedWhenItIsTallerThanTheScreen(int columns, int rows) throws Exception {
    Cli cli = new Cli(db);
    for (int i = 0; i < 6; i++)
      assertEquals(
          0, cli.run("goal", "add", "--pack", "shop", "--by", "2026-04-0" + (i + 1), NOW).code());
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("goal", "status", NOW)) {
      live.waitFor("page 1/");
      String first = live.screen().visible(rows);
      assertTrue(first.contains("Goal 1: "), "the first goal scrolled away:\n" + first);
      live.type("q");
      assertEquals(0, live.finish().code());
      live.screen().assertFits(columns);
    }
  }
}
