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
    // No backup that would keep them is made; this database had none to rewrite.
    assertTrue(r.out().replaceAll("\\s+", " ").contains("(it had no backups)"), r.out());
    assertFalse(java.nio.file.Files.exists(dir.resolve("backups")), "no backup holding them");
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

  /** --keep-backups: the old way, said as it is: a backup first, and the backups keep them. */
  @Test
  void keepingTheBackupsMakesOneFirstAndSaysItHoldsThem() throws Exception {
    Cli.Result r = cli.run("learner", "delete", "sam", "--yes", "--keep-backups");
    assertEquals(0, r.code(), r.toString());
    String said = r.out().replaceAll("\\s+", " ");
    java.util.regex.Matcher backup =
        java.util.regex.Pattern.compile("the one made just before: (\\S+)\\); delete those files")
            .matcher(said);
    assertTrue(backup.find(), said);
    Path kept = Path.of(backup.group(1));
    assertEquals(samId, Rows.learnerId(kept, "sam"), "the backup still holds them");
    assertEquals(0, Rows.count(db, "SELECT count(*) FROM learners WHERE name = 'sam'"));
  }

  /**
   * Deleting means from every copy tutor made and knows of: the automatic backups, tutor backup's
   * copy beside the database, the database restore set aside (with its log). Each is rewritten
   * without the learner, every other learner's rows in it kept exactly; afterwards no file in the
   * directory holds their name or anything only they had, in a row or in a free page.
   */
  @Test
  void deletingTakesTheLearnerOutOfEveryBackupAndKeepsEveryoneElse() throws Exception {
    String name = "Quenchwort";
    assertEquals(0, cli.run("learner", "add", name).code());
    assertEquals(0, cli.run("learner", "use", name).code());
    cli.input("Paris\n5\n100\nCelsius\n", "study", "--limit", "3", "--now=2026-03-03T09:00:00Z");
    assertTrue(
        Rows.count(
                db, "SELECT count(*) FROM reviews WHERE learner_id = " + Rows.learnerId(db, name))
            > 0);
    assertEquals(0, cli.run("learner", "use", "default").code());
    Cli.Result manual = cli.run("backup");
    assertEquals(0, manual.code(), manual.toString());
    // the day's automatic backup, taken while default studies
    cli.input("Paris\n5\n", "study", "--limit", "2", "--now=2026-03-04T09:00:00Z");
    Path copy = onlyFile(dir, "tutor-backup-");
    Cli.Result restored = cli.run("restore", copy.toString(), "--yes");
    assertEquals(0, restored.code(), restored.toString());
    Path aside = onlyFile(dir, "tutor.before-restore-");
    List<Path> backups = new java.util.ArrayList<>(List.of(copy, aside));
    try (var files = java.nio.file.Files.list(dir.resolve("backups"))) {
      backups.addAll(files.sorted().toList());
    }
    assertTrue(backups.size() >= 3, backups.toString());
    Map<Path, Map<String, List<List<Object>>>> others = new java.util.HashMap<>();
    for (Path b : backups) {
      assertTrue(contains(b, name), b + " holds them before");
      others.put(b, Rows.ofLearner(b, "default", true));
    }
    Cli.Result r = cli.run("learner", "delete", name, "--yes");
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.out()
            .replaceAll("\\s+", " ")
            .contains("from the database and from " + backups.size() + " backups"),
        r.out());
    for (Path b : backups) {
      assertEquals(others.get(b), Rows.ofLearner(b, "default", true), b + ": others kept");
      assertEquals(0, Rows.count(b, "SELECT count(*) FROM learners WHERE name = '" + name + "'"));
      assertEquals("ok", Rows.query(b, "PRAGMA integrity_check").get(0).get(0));
    }
    Cli.Result export = cli.run("export", "--out", dir.resolve("after.json").toString());
    assertEquals(0, export.code(), export.toString());
    List<Path> holding = new java.util.ArrayList<>();
    try (var all = java.nio.file.Files.walk(dir)) {
      for (Path f : all.filter(java.nio.file.Files::isRegularFile).toList())
        if (contains(f, name)) holding.add(f);
    }
    assertEquals(List.of(), holding, "files still holding the deleted learner");
    // the same delete again: nothing left anywhere to delete
    assertEquals(2, cli.run("learner", "delete", name, "--yes").code());
  }

  /** A backup that cannot be rewritten is named, left as it was, and the delete fails (exit 1). */
  @Test
  void aBackupThatCannotBeRewrittenIsNamedAndLeftAsItWas() throws Exception {
    assertEquals(0, cli.run("backup").code());
    Path copy = onlyFile(dir, "tutor-backup-");
    byte[] whole = java.nio.file.Files.readAllBytes(copy);
    // a damaged automatic backup: cut in the middle of its pages
    Path damaged = dir.resolve("backups").resolve("tutor-20260301-090000-daily.db");
    java.nio.file.Files.createDirectories(damaged.getParent());
    java.nio.file.Files.write(damaged, java.util.Arrays.copyOf(whole, whole.length / 2 + 100));
    byte[] before = java.nio.file.Files.readAllBytes(damaged);
    Cli.Result r = cli.run("learner", "delete", "sam", "--yes");
    assertEquals(1, r.code(), r.toString());
    List<String> lines = r.err().strip().lines().toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(
        lines.get(0).startsWith("tutor: " + damaged + " still holds learner 'sam'")
            && lines.get(0).endsWith("delete that file to leave nothing of them"),
        r.err());
    assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(damaged)));
    assertEquals(0, Rows.count(copy, "SELECT count(*) FROM learners WHERE name = 'sam'"));
    assertEquals(0, Rows.count(db, "SELECT count(*) FROM learners WHERE name = 'sam'"));
  }

  private static Path onlyFile(Path dir, String prefix) throws Exception {
    try (var files = java.nio.file.Files.list(dir)) {
      List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
      assertEquals(1, found.size(), found.toString());
      return found.get(0);
    }
  }

  private static boolean contains(Path file, String text) throws Exception {
    byte[] all = java.nio.file.Files.readAllBytes(file);
    byte[] want = text.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i + want.length <= all.length; i++) {
      for (int j = 0; j < want.length; j++) if (all[i + j] != want[j]) continue outer;
      return true;
    }
    return false;
  }
}
