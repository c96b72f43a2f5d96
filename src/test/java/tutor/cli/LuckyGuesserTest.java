package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.json.Json;

/**
 * A lucky guesser: "1" typed to every exercise of the basics on two days, right only on the
 * three-option choice, with a mastery row as knowledge tracing's learning step can leave it after a
 * lucky streak (known, shown on two exercises and two days). Two right of ten, a third of the time
 * by chance: not beyond guessing (tutor.mastery.Chance), so no display calls it mastered. The same
 * row with every answer right is mastered everywhere: the count follows the answers.
 */
class LuckyGuesserTest {
  private static final String NOW = "--now=2026-03-02T10:00:00Z";

  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void aLuckyGuesser() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    ok(cli.run("pack", "add", TestPacks.demo(dir).toString()));
    for (String day : new String[] {"2026-03-01T09:00:00Z", "2026-03-02T09:00:00Z"}) {
      ok(cli.input("1\n".repeat(12), "study", "--skill", "basics", "--limit", "5", "--now=" + day));
    }
    assertEquals(
        2,
        Rows.count(db, "SELECT count(*) FROM reviews WHERE correct = 1 AND exercise_id = 'colour'"),
        "the choice guessed right on both days");
    assertEquals(8, Rows.count(db, "SELECT count(*) FROM reviews WHERE correct = 0"));
    Rows.exec(
        db,
        "UPDATE mastery SET p_known = 0.97, another_exercise = 1, another_day = 1"
            + " WHERE skill_id = 'basics'");
  }

  @Test
  void packListCountsNoMasteredSkillWhereStatsShowsNone() throws Exception {
    assertEquals("learned", statsLevel());
    Cli.Result list = cli.run("pack", "list", NOW);
    ok(list);
    assertTrue(list.out().contains("mastered 0 of 2 skills"), list.toString());
    assertEquals(0, packListJson().path("skills_mastered").asInt(), "pack list --format json");

    Rows.exec(db, "UPDATE reviews SET correct = 1");
    assertEquals("mastered", statsLevel(), "every answer right: beyond guessing");
    list = cli.run("pack", "list", NOW);
    assertTrue(list.out().contains("mastered 1 of 2 skills"), list.toString());
    assertEquals(1, packListJson().path("skills_mastered").asInt(), "pack list --format json");
  }

  /**
   * A mentor's report from the guesser's export says what the guesser's own stats say: with the
   * pack, not mastered (it said mastered: it read P(known) and the evidence alone); without it,
   * mastered cannot be checked, and it says known, and how to check. In CSV and JSON too.
   */
  @Test
  void theMentorsReportSaysMasteredOnlyWhereStatsWould() throws Exception {
    Path export = dir.resolve("guesser.json");
    ok(cli.run("export", "--out", export.toString(), NOW));
    String pack = dir.resolve("demo-1.0.0").toString();
    Cli.Result text = cli.run("report", "learners", export.toString(), "--pack", pack);
    ok(text);
    assertTrue(text.out().contains("mastery in demo: 0 of 2 skills"), text.toString());
    Cli.Result json =
        cli.run("report", "learners", export.toString(), "--pack", pack, "--format", "json");
    ok(json);
    JsonNode packRow = Json.MAPPER.readTree(json.out()).path("rows").get(0).path("packs").get(0);
    assertEquals(0, packRow.path("skills_mastered").asInt(), json.toString());
    assertEquals(1, packRow.path("skills_known").asInt(), json.toString());

    Cli.Result unchecked = cli.run("report", "learners", export.toString());
    ok(unchecked);
    assertTrue(
        unchecked
            .out()
            .contains(
                "mastery in demo: 1 known of 1 practised skills (--pack PATH checks which are"
                    + " mastered)"),
        unchecked.toString());
    Cli.Result csv = cli.run("report", "learners", export.toString(), "--format", "csv");
    ok(csv);
    assertTrue(csv.out().lines().skip(1).findFirst().orElseThrow().contains(",,1,"), csv.out());

    // The same learner with every answer right: mastered in the report as in stats.
    Rows.exec(db, "UPDATE reviews SET correct = 1");
    assertEquals("mastered", statsLevel());
    Path allRight = dir.resolve("all-right.json");
    ok(cli.run("export", "--out", allRight.toString(), NOW));
    text = cli.run("report", "learners", allRight.toString(), "--pack", pack);
    assertTrue(text.out().contains("mastery in demo: 1 of 2 skills"), text.toString());
  }

  private JsonNode packListJson() throws Exception {
    Cli.Result r = cli.run("pack", "list", "--format", "json", NOW);
    ok(r);
    return Json.MAPPER.readTree(r.out()).get(0);
  }

  private String statsLevel() throws Exception {
    Cli.Result r = cli.run("stats", "--pack", "demo", "--format", "json", NOW);
    ok(r);
    return Json.MAPPER
        .readTree(r.out())
        .path("packs")
        .get(0)
        .path("skills")
        .get(0)
        .path("level")
        .asText();
  }

  private static void ok(Cli.Result r) {
    assertEquals(0, r.code(), r.toString());
  }
}
