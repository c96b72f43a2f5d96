package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** The summary at the end of tutor study: what moved up, and when to come back. */
class SessionEndTest {
  @TempDir Path dir;

  @Test
  void theSummaryListsSkillsThatMovedUpAndWhenToComeBack() throws Exception {
    Cli cli = new Cli(dir.resolve("tutor.db"));
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    Cli.Result r =
        cli.input(
            "Paris\n5\n100\nCelsius\n1\n",
            "study",
            "--skill",
            "basics",
            "--limit",
            "4",
            "--now=2026-03-02T09:00:00Z");
    String summary = r.out().substring(r.out().indexOf("Session summary:"));
    assertTrue(summary.contains("Moved up a level (2 skills):"), summary);
    // Known on its first day, well enough to unlock what builds on it; mastered takes a second day.
    assertTrue(summary.contains("  The basics: new -> learned"), summary);
    assertTrue(summary.contains("  Building on the basics: locked -> new (unlocked)"), summary);
    assertTrue(
        summary.matches(
            "(?s).*Still due today: 4 exercises, the first in \\d+ minutes \\(at"
                + " \\d\\d:\\d\\d\\)\\..*"),
        summary);
  }

  /** A clock that moves on by a step each time it is read, as a slow learner's would. */
  private static final class SteppingClock extends java.time.Clock {
    private java.time.Instant now = java.time.Instant.parse("2026-03-02T09:00:00Z");
    private final java.time.Duration step;

    SteppingClock(java.time.Duration step) {
      this.step = step;
    }

    @Override
    public synchronized java.time.Instant instant() {
      now = now.plus(step);
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void aSessionOfSomeMinutesEndsWhenTheyAreUpWithTheSummary() throws Exception {
    Path db = dir.resolve("tutor.db");
    assertEquals(0, new Cli(db).run("pack", "add", TestPacks.demo(dir).toString()).code());
    // Every reading of the clock is 10 seconds later: a minute is up after a few answers.
    Cli cli = new Cli(db).clock(new SteppingClock(java.time.Duration.ofSeconds(10)));
    Cli.Result r =
        cli.input(
            "Paris\n5\n100\nCelsius\n1\nParis\n5\n100\nCelsius\n1\n",
            "study",
            "--skill",
            "basics",
            "--minutes",
            "1");
    assertEquals(0, r.code(), r.toString());
    String out = r.out();
    assertTrue(out.contains("Time is up (1 minute of study)."), out);
    assertTrue(out.indexOf("Time is up") < out.indexOf("Session summary:"), out);
    int answered =
        Integer.parseInt(out.replaceAll("(?s).*Session summary: (\\d+) answered.*", "$1"));
    assertTrue(answered >= 1 && answered < 10, "stopped by the time, not the input: " + out);
  }
}
