package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.json.Json;

/**
 * A goal met in a study session is recorded met at the session's end, that day: a learner who meets
 * a goal and next looks at it after its deadline, its skills faded by then, sees it met on time,
 * not "the deadline has passed" (a week's trial, F15).
 */
class GoalMetTest {
  @TempDir Path dir;

  /** One skill of three exercises, each answered "2". */
  private Path pack() throws Exception {
    Path pack = dir.resolve("twos");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        """
        id: twos
        title: Twos
        version: 1.0.0
        skills:
          - id: adding
            title: Adding
        """);
    StringBuilder exercises = new StringBuilder("exercises:\n");
    for (String prompt : List.of("1 + 1", "0 + 2", "3 - 1"))
      exercises.append(
          """
            - id: e%d
              skill: adding
              type: numeric
              difficulty: 1
              prompt: What is %s?
              answer: 2
          """
              .formatted(exercises.length(), prompt));
    Files.writeString(pack.resolve("exercises/adding.yaml"), exercises.toString());
    return pack;
  }

  @Test
  void aGoalMetInASessionIsMetThatDayAndStaysMetAfterItsDeadlineAndItsSkillsFade()
      throws Exception {
    Path db = dir.resolve("tutor.db");
    Cli cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", pack().toString()).code());
    Cli.Result added =
        cli.run("goal", "add", "--pack", "twos", "--by", "2026-12-12", "--now=2026-12-07T08:00Z");
    assertEquals(0, added.code(), added.toString());
    // one skill: "0 of 1 skills mastered" was said
    assertTrue(added.out().contains("\n0 of 1 skill mastered; "), added.out());
    String twos = "2\n".repeat(8);
    assertEquals(0, cli.input(twos, "study", "--now=2026-12-07T09:00Z").code());
    Cli.Result second = cli.input(twos, "study", "--ahead", "7", "--now=2026-12-08T09:00Z");
    assertTrue(second.out().contains("Adding: learned -> mastered"), second.out());
    // Recorded by the session's end, not by a later look at the goal.
    assertEquals(List.of(List.of("2026-12-08")), Rows.query(db, "SELECT met_on FROM goals"));

    Cli.Result months = cli.run("goal", "status", "--now=2027-03-01T09:00Z");
    assertEquals(0, months.code(), months.toString());
    String said = months.out().replaceAll("\\s+", " ");
    assertTrue(
        said.contains(
            "Met on 2026-12-08, by the deadline 2026-12-12. 1 skill has faded since and is due for"
                + " review: tutor study brings it back."),
        said);
    assertTrue(said.contains("to review: adding"), said);
    assertFalse(said.contains("passed"), said);
    // No pace, no daily need, no recall predicted for a day gone by.
    assertFalse(said.contains("pace"), said);
    assertFalse(said.contains("needed"), said);
    assertFalse(said.contains("predicted recall"), said);
    // The JSON says what the text says: met, no pace, no recall predicted for a day gone by.
    JsonNode goal = firstGoal(cli, "2027-03-01T09:00Z");
    assertEquals("met", goal.get("status").asText());
    assertEquals(List.of("adding"), List.of(goal.get("skills_remaining").get(0).asText()));
    assertNoPace(goal);
    assertFalse(goal.has("exam_recall_mean"), goal.toString());
    // The profile's goals say the same.
    JsonNode profiled =
        Json.MAPPER
            .readTree(cli.run("profile", "--format", "json", "--now=2027-03-01T09:00Z").out())
            .get("goals")
            .get(0);
    assertEquals("met", profiled.get("status").asText());
    for (String pace : List.of("days_ahead", "new_per_day", "estimate"))
      assertTrue(profiled.get(pace).isNull(), pace + " in " + profiled);
    // Done on the day it was met: no pace either (it asked for one until then).
    JsonNode done = firstGoal(cli, "2026-12-08T10:00Z");
    assertEquals("done", done.get("status").asText());
    assertNoPace(done);
    Cli.Result list = cli.run("goal", "list");
    assertTrue(list.out().contains("; met on 2026-12-08"), list.out());
  }

  /** The first goal of goal status --format json at {@code now}. */
  private static JsonNode firstGoal(Cli cli, String now) throws Exception {
    return Json.MAPPER
        .readTree(cli.run("goal", "status", "--format", "json", "--now=" + now).out())
        .get(0);
  }

  private static void assertNoPace(JsonNode goal) {
    for (String pace :
        List.of(
            "days_ahead",
            "new_per_day",
            "estimate",
            "seconds_per_exercise",
            "needed_per_day",
            "projected_finish")) {
      assertTrue(goal.has(pace) && goal.get(pace).isNull(), pace + " in " + goal);
    }
  }
}
