package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** tutor due agrees with itself at any time, names exercises by their prompts and says how long. */
class DueTest {
  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void studyOnce() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    assertEquals(
        0,
        cli.input("Paris\n5\nred\n", "study", "--limit", "3", "--now=2026-03-02T09:00:00Z").code());
  }

  private static int today(String out) {
    Matcher m = Pattern.compile("(?m)^  today\\s+\\S+ \\d+ \\S+\\s+(\\d+)$").matcher(out);
    assertTrue(m.find(), out);
    return Integer.parseInt(m.group(1));
  }

  private static int dueNow(String out) {
    Matcher m = Pattern.compile("(?m)^(\\d+) due now").matcher(out);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  @Test
  void whatIsDueNowIsCountedInTodayAtEveryMoment() {
    for (String now :
        new String[] {
          "2026-03-02T09:00:30Z",
          "2026-03-02T09:30:00Z",
          "2026-03-03T09:00:00Z",
          "2026-03-05T20:00:00Z",
          "2026-03-20T09:00:00Z"
        }) {
      Cli.Result r = cli.run("due", "--now=" + now);
      assertEquals(0, r.code(), r.toString());
      assertTrue(today(r.out()) >= dueNow(r.out()), now + ":\n" + r.out());
      assertFalse(
          r.out().contains("Nothing is due now") && r.out().matches("(?s).*next review is now.*"),
          r.out());
      assertFalse(r.out().contains("review is now"), r.out());
    }
    Cli.Result tomorrow = cli.run("due", "--now=2026-03-03T09:00:00Z");
    assertTrue(dueNow(tomorrow.out()) > 0, tomorrow.out());
  }

  @Test
  void forecastAndDueGiveTheSameCountForTodayAndTheDaysAhead() throws Exception {
    for (String now : new String[] {"2026-03-02T09:00:30Z", "2026-03-03T09:00:00Z"}) {
      Cli.Result due = cli.run("due", "--now=" + now);
      Cli.Result forecast = cli.run("forecast", "--format", "json", "--days", "2", "--now=" + now);
      assertEquals(0, forecast.code(), forecast.toString());
      var json = tutor.json.Json.MAPPER.readTree(forecast.out());
      double retention = json.get("desired_retention").asDouble();
      int forecastToday = -1;
      for (var r : json.get("forecast")) {
        if (Math.abs(r.get("retention").asDouble() - retention) < 1e-9)
          forecastToday = r.get("due").get(0).get("due").asInt();
      }
      assertTrue(today(due.out()) > 0, due.out());
      assertEquals(today(due.out()), forecastToday, now + ":\n" + due.out() + forecast.out());
    }
  }

  @Test
  void dueItemsAreShownByTheirPromptsWithATimeEstimate() {
    Cli.Result r = cli.run("due", "--now=2026-03-03T09:00:00Z");
    assertTrue(r.out().matches("(?s)\\d+ due now \\(about \\d+ minutes?\\):.*"), r.out());
    assertTrue(r.out().contains("What is the capital of France?"), r.out());
    assertFalse(r.out().contains("demo  capital"), "not the exercise id:\n" + r.out());
  }

  @Test
  void underAMinuteAwayIsNotNow() {
    assertEquals(
        "in under a minute",
        DueText.in(java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(20)));
    assertEquals("What is the capital...", DueText.shorten("What is the capital of France?", 22));
    assertEquals("Short", DueText.shorten("  Short \n", 22));
    // Cut just after a sentence's period: one ellipsis, not "projects....".
    assertEquals(
        "Git tracks projects...",
        DueText.shorten("Git tracks projects. Which command starts one?", 24));
  }

  @Test
  void dueFitsFiftyColumns() throws Exception {
    TerminalCli.Result r =
        new TerminalCli(db).size(50, 20).keys("", "due", "--now=2026-03-03T09:00:00Z");
    assertEquals(0, r.code(), r.toString());
    for (String line : r.out().lines().toList())
      assertTrue(line.length() < 50, "too wide: " + line);
  }
}
