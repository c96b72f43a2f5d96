package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** tutor learner delete: nothing of the learner is left, in any table, and only after a yes. */
class LearnerDeleteTest {
  @TempDir static Path shared;
  private static Path template;
  @TempDir Path dir;
  private Path db;
  private Cli cli;
  private long samId;

  /** Two learners who studied, made once: each test gets its own copy of the database. */
  @BeforeAll
  static void twoLearnersWithData() throws Exception {
    template = shared.resolve("template.db");
    Cli cli = new Cli(template);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(shared).toString()).code());
    for (String name : new String[] {"default", "sam"}) {
      if (name.equals("sam")) assertEquals(0, cli.run("learner", "add", "sam").code());
      assertEquals(0, cli.run("settings", "new-per-day", "9").code());
      assertEquals(
          0,
          cli.run(
                  "goal",
                  "add",
                  "--pack",
                  "demo",
                  "--by",
                  "2026-04-01",
                  "--now=2026-03-02T08:00:00Z")
              .code());
      cli.input(
          "Paris\n5\n100\nCelsius\n",
          "study",
          "--skill",
          "basics",
          "--limit",
          "3",
          "--now=2026-03-02T09:00:00Z");
    }
    long sam = Rows.learnerId(template, "sam");
    // A table a later migration might add: found by its learner_id column, not by name.
    Rows.exec(
        template,
        "CREATE TABLE future_notes (learner_id INTEGER NOT NULL, note TEXT)",
        "INSERT INTO future_notes VALUES ("
            + sam
            + ", 'mine'), ("
            + Rows.learnerId(template, "default")
            + ", 'theirs')",
        "INSERT OR REPLACE INTO app_settings VALUES ('last_pick:" + sam + "', 'demo/capital')");
  }

  @BeforeEach
  void copy() throws Exception {
    db = dir.resolve("tutor.db");
    java.nio.file.Files.copy(template, db);
    cli = new Cli(db);
    samId = Rows.learnerId(db, "sam");
  }

  private Map<String, Long> rowsOf(long learnerId) throws Exception {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (String t : Rows.learnerTables(db)) {
      out.put(
          t, Rows.count(db, "SELECT count(*) FROM \"" + t + "\" WHERE learner_id = " + learnerId));
    }
    return out;
  }

  @Test
  void deletingALearnerLeavesNothingOfTheirsInAnyTableAndKeepsTheOthers() throws Exception {
    Map<String, List<List<Object>>> others = Rows.ofLearner(db, "default", true);
    assertTrue(
        rowsOf(samId).get("reviews") > 0
            && rowsOf(samId).get("goals") > 0
            && rowsOf(samId).get("future_notes") > 0);
    Cli.Result r = cli.run("learner", "delete", "sam", "--yes");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Deleted learner 'sam'"), r.out());
    // The backup taken first still holds them, and the learner is told which file that is.
    String said = r.out().replaceAll("\\s+", " ");
    java.util.regex.Matcher backup =
        java.util.regex.Pattern.compile("still holds them: delete (\\S+) to leave nothing")
            .matcher(said);
    assertTrue(backup.find(), said);
    assertTrue(java.nio.file.Files.exists(java.nio.file.Path.of(backup.group(1))), said);
    assertTrue(rowsOf(samId).values().stream().allMatch(n -> n == 0), rowsOf(samId).toString());
    assertTrue(
        rowsOf(samId)
            .keySet()
            .containsAll(
                List.of(
                    "cards",
                    "reviews",
                    "mastery",
                    "goals",
                    "learner_settings",
                    "lessons_seen",
                    "future_notes")),
        rowsOf(samId).keySet().toString());
    assertEquals(
        0, Rows.count(db, "SELECT count(*) FROM learners WHERE name = 'sam' OR id = " + samId));
    assertEquals(
        0,
        Rows.count(
            db,
            "SELECT count(*) FROM app_settings WHERE value = 'sam' OR key LIKE '%:" + samId + "'"));
    assertEquals(others, Rows.ofLearner(db, "default", true));
    assertEquals(1, Rows.count(db, "SELECT count(*) FROM future_notes"));
    assertTrue(
        cli.run("learner", "list").out().contains("* default"), "back to the remaining learner");
  }

  @Test
  void withoutATerminalAndWithoutYesNothingIsDeletedAndTheMessageSaysWhy() throws Exception {
    Map<String, Long> before = rowsOf(samId);
    Cli.Result r = cli.run("learner", "delete", "sam");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("not a terminal") && r.err().contains("--yes"), r.err());
    assertEquals(before, rowsOf(samId));
  }

  private Cli.Result onTerminal(String typed, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context ctx =
        new Context(
            Map.of("HOME", dir.toString(), "NO_COLOR", "1"),
            new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            true);
    String[] all =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(args), java.util.stream.Stream.of("--db=" + db))
            .toArray(String[]::new);
    return new Cli.Result(Main.run(ctx, all), out.toString(), err.toString());
  }

  @Test
  void onATerminalItAsksAndOnlyYesDeletes() throws Exception {
    Map<String, Long> before = rowsOf(samId);
    Cli.Result no = onTerminal("\n", "learner", "delete", "sam");
    assertTrue(
        no.err().contains("Delete learner 'sam' and all their data") && no.err().contains("[y/N]"),
        no.err());
    assertEquals(1, no.code());
    assertEquals(before, rowsOf(samId));
    Cli.Result yes = onTerminal("y\n", "learner", "delete", "sam");
    assertEquals(0, yes.code(), yes.toString());
    assertFalse(cli.run("learner", "list").out().contains("sam"));
  }

  @Test
  void deletingSomeoneWhoDoesNotExistIsAUsageError() {
    Cli.Result r = cli.run("learner", "delete", "nobody", "--yes");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no learner 'nobody'"), r.err());
  }
}
