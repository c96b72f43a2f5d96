package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** After a break, the backlog is announced and spread: no day goes over the review budget. */
class BacklogTest {
  @TempDir Path dir;

  private long reviewsOn(Path db, String day) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM reviews WHERE phase_before = 'review'"
                    + " AND date(reviewed_at / 1000, 'unixepoch') = '"
                    + day
                    + "'")) {
      return rs.getLong(1);
    }
  }

  @Test
  void aBacklogIsSpreadWithinTheDailyBudgetAndSaidSo() throws Exception {
    Path db = dir.resolve("tutor.db");
    Cli cli = new Cli(db);
    cli.run("pack", "add", TestPacks.demo(dir).toString());
    String answers = "Paris\n5\n100\nCelsius\n1\n";
    cli.input(answers, "study", "--skill", "basics", "--limit", "4", "--now=2026-03-02T09:00:00Z");
    // Graduate all four. The steps come in the order they fell due (the answers', or the pack's
    // when
    // answers share a millisecond): a choice given the cloze's gaps asks again, so this fits both.
    cli.input(
        "Paris\n5\n100\nCelsius\n1\n100\nCelsius\n",
        "study",
        "--skill",
        "basics",
        "--limit",
        "4",
        "--now=2026-03-02T09:20:00Z");
    assertEquals(0, cli.run("settings", "reviews-per-day", "2").code());
    assertEquals(0, cli.run("settings", "timezone", "UTC").code());
    String many = "Paris\n5\n100\nCelsius\n1\n".repeat(3);
    Cli.Result back =
        cli.input(
            many, "study", "--pack", "demo", "--skill", "basics", "--now=2026-04-20T09:00:00Z");
    String flat = back.out().replace('\n', ' ');
    assertTrue(
        flat.contains(
            "Welcome back to this skill after 48 days. 4 reviews are due, more than today's"
                + " limit of 2."),
        back.out());
    assertTrue(flat.contains("the other 2 over the next 1 day"), back.out());
    assertEquals(2, reviewsOn(db, "2026-04-20"), "never over the budget");
    cli.input(many, "study", "--pack", "demo", "--skill", "basics", "--now=2026-04-21T09:00:00Z");
    assertEquals(2, reviewsOn(db, "2026-04-21"));
  }
}
