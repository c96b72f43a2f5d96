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
            "(?s).*Come back in \\d+ minutes \\(at \\d\\d:\\d\\d\\) for the rest of today's 4"
                + " exercises\\..*"),
        summary);
  }
}
