package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * What a learner sees at a terminal (a JLine virtual one, 80x24 or 50x20), through the real command
 * line.
 */
class TerminalScreensTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    assertEquals(0, new Cli(db).run("pack", "add", TestPacks.demo(dir).toString()).code());
  }

  @Test
  void placementShowsItsSummaryAtATerminal() throws Exception {
    TerminalCli.Result r = new TerminalCli(db).keys("7\n", "placement", "--pack", "demo", NOW);
    assertEquals(0, r.code(), r.toString());
    String s = r.text();
    assertTrue(s.contains("Placement done: 1 question"), r.toString());
    assertTrue(s.contains("To learn: The basics and Building on the basics"), r.toString());
    assertTrue(s.contains("Next: tutor study --pack demo"), r.toString());
  }

  private static final String ANSWERS = "\nParis\n\n5\n\n1\n\n100\nCelsius\n\n:quit\n:quit\n";

  @Test
  void withALimitTheCounterCountsToIt() throws Exception {
    TerminalCli.Result r =
        new TerminalCli(db)
            .env("TUTOR_PLAIN", "1")
            .keys(ANSWERS, "study", "--limit", "3", "--seed", "1", NOW);
    String s = r.text();
    assertTrue(s.contains("Exercise 1 of 3 - Demo pack"), r.toString());
    assertTrue(s.contains("Exercise 3 of 3 - Demo pack"), r.toString());
  }

  @Test
  void withMinutesTheClockCountsDownAndNoTotalIsMadeUp() throws Exception {
    TerminalCli.Result r =
        new TerminalCli(db)
            .env("TUTOR_PLAIN", "1")
            .keys(ANSWERS, "study", "--minutes", "5", "--seed", "1", NOW);
    String s = r.text();
    assertTrue(
        s.contains("Exercise 1 - Demo pack, The basics (new exercise) - 5 min left"), r.toString());
    assertTrue(!s.contains("Exercise 1 of"), r.toString());
  }

  /**
   * Answered at once (typed ahead), a right answer is Easy; the same answer after reading the
   * worked examples (:example, which show answers) is Hard, as after a hint, and after the lesson
   * it is at most Good: a query copied from the worked example was sent 9 days away as Easy.
   */
  @Test
  void aRightAnswerAfterLookingThingsUpIsNeverEasy() throws Exception {
    String study = "\nParis\n\n:quit\n:quit\n";
    TerminalCli.Result plain =
        new TerminalCli(db).env("TUTOR_PLAIN", "1").keys(study, "study", "--seed", "1", NOW);
    assertTrue(plain.text().contains("(rated Easy)"), plain.toString());
    Path second = dir.resolve("second.db");
    assertEquals(0, new Cli(second).run("pack", "add", TestPacks.demo(dir).toString()).code());
    TerminalCli.Result example =
        new TerminalCli(second)
            .env("TUTOR_PLAIN", "1")
            .keys("\n:example\nq" + study.substring(1), "study", "--seed", "1", NOW);
    assertTrue(example.text().contains("What is 1 + 1?"), example.toString());
    assertTrue(example.text().contains("Correct."), example.toString());
    assertTrue(example.text().contains("(rated Hard)"), example.toString());
    Path third = dir.resolve("third.db");
    assertEquals(0, new Cli(third).run("pack", "add", TestPacks.demo(dir).toString()).code());
    TerminalCli.Result lesson =
        new TerminalCli(third)
            .env("TUTOR_PLAIN", "1")
            .keys("\n:lesson\nq" + study.substring(1), "study", "--seed", "1", NOW);
    assertTrue(lesson.text().contains("Correct."), lesson.toString());
    assertTrue(lesson.text().contains("(rated Good)"), lesson.toString());
  }

  /**
   * The daily-minutes setting is a daily goal as a goal's minutes are: set to 20, nothing said it.
   */
  @Test
  void theDailyMinutesSettingIsTodaysGoal() throws Exception {
    assertEquals(0, new Cli(db).run("settings", "daily-minutes", "20").code());
    TerminalCli.Result r =
        new TerminalCli(db)
            .env("TUTOR_PLAIN", "1")
            .keys("\n:quit\n:quit\n", "study", "--seed", "1", NOW);
    String s = r.text().replace("\n", " ");
    assertTrue(s.contains("Today's goal: 20 minutes of study"), r.toString());
    assertTrue(s.contains("20 min left"), r.toString());
  }
}
