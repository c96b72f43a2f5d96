package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** tutor restore puts a backup in place safely, even over a database a crash left with a log. */
class RestoreTest {
  @TempDir static Path shared;
  private static Path template;
  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeAll
  static void studied() throws Exception {
    template = shared.resolve("template.db");
    Cli cli = new Cli(template);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(shared).toString()).code());
    // The basics: known after two typed answers, the cloze comes third (docs/mastery.md).
    cli.input(
        "Paris\n5\n100\nCelsius\n",
        "study",
        "--skill",
        "basics",
        "--limit",
        "3",
        "--now=2026-03-02T09:00:00Z");
  }

  @BeforeEach
  void copy() throws Exception {
    db = dir.resolve("tutor.db");
    Files.copy(template, db);
    cli = new Cli(db);
  }

  private Path backup(String name) {
    Path b = dir.resolve(name);
    assertEquals(0, cli.run("backup", b.toString()).code());
    return b;
  }

  /**
   * Starts a child JVM that writes to the database without checkpointing, then kills it with
   * SIGKILL.
   */
  private void crashWhileWriting(int rows) throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashingWriter.class.getName(),
                db.toString(),
                Integer.toString(rows))
            .redirectErrorStream(true)
            .start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("ready", r.readLine(), "the writer started");
    }
    p.destroyForcibly(); // SIGKILL: no checkpoint, no cleanup
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
  }

  @Test
  void afterAKillTheBackupIsRestoredWholeAndTheCrashedDatabaseIsKeptWithItsLog() throws Exception {
    Path b = backup("before.db");
    crashWhileWriting(300);
    Path wal = dir.resolve("tutor.db-wal");
    assertTrue(Files.exists(wal) && Files.size(wal) > 0, "the crash left a write-ahead log");

    Cli.Result r = cli.run("restore", b.toString(), "--yes", "--now=2026-03-03T10:00:00Z");
    assertEquals(0, r.code(), r.toString());
    assertFalse(Files.exists(wal), "the old log went aside with the database it belongs to");
    assertEquals(List.of(List.of("ok")), Rows.query(db, "PRAGMA integrity_check"));
    assertEquals(Rows.query(b, "SELECT * FROM learners"), Rows.query(db, "SELECT * FROM learners"));
    assertEquals(Rows.query(b, "SELECT * FROM reviews"), Rows.query(db, "SELECT * FROM reviews"));
    assertEquals(0, cli.run("doctor").code(), "the restored database is healthy");
    assertEquals(
        0, cli.input("Paris\n", "study", "--limit", "1", "--now=2026-03-03T10:05:00Z").code());

    Path aside = dir.resolve("tutor.before-restore-20260303-100000.db");
    assertTrue(r.out().contains(aside.toString()), r.out());
    assertTrue(
        Files.exists(Path.of(aside + "-wal")), "the log stays with the database it belongs to");
    assertEquals(
        300,
        Rows.count(aside, "SELECT count(*) FROM learners WHERE name LIKE 'crashed-%'"),
        "the replaced database, opened with its log, still has every committed row");
    assertEquals(List.of(List.of("ok")), Rows.query(aside, "PRAGMA integrity_check"));
  }

  @Test
  void withoutATerminalItAsksForYesAndChangesNothing() throws Exception {
    Path b = backup("b.db");
    byte[] before = Files.readAllBytes(db);
    Cli.Result r = cli.run("restore", b.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("--yes"), r.err());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)));
  }

  @Test
  void whatIsNotASoundTutorBackupIsRefusedWithOneLineAndTheDatabaseIsUntouched() throws Exception {
    Path text = dir.resolve("notes.db");
    Files.writeString(text, "not a database");
    Path other = dir.resolve("other.db");
    Rows.exec(other, "CREATE TABLE t(x)");
    Path newer = backup("newer.db");
    Rows.exec(newer, "PRAGMA user_version = 999");
    Path empty = backup("empty.db");
    Rows.exec(empty, "DROP TABLE reviews");
    Path damaged = backup("damaged.db");
    try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
      for (long at = 4096 * 2; at < f.length(); at += 4096) {
        f.seek(at + 8);
        f.write(new byte[64]);
      }
    }
    byte[] before = Files.readAllBytes(db);
    for (var c :
        List.of(
            List.of(text, "not an SQLite database"),
            List.of(other, "another program"),
            List.of(newer, "newer tutor"),
            List.of(empty, "lacks the tables reviews"),
            List.of(damaged, "integrity_check"),
            List.of(dir.resolve("missing.db"), "no backup"),
            List.of(db, "the database itself"))) {
      Cli.Result r = cli.run("restore", c.get(0).toString(), "--yes");
      assertEquals(2, r.code(), r.toString());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains((String) c.get(1)), c.get(1) + ": " + r.err());
    }
    assertTrue(
        java.util.Arrays.equals(before, Files.readAllBytes(db)), "the database was not touched");
    try (var files = Files.list(dir)) {
      assertTrue(
          files.noneMatch(
              f ->
                  f.getFileName().toString().contains("before-restore")
                      || f.getFileName().toString().contains(".partial")));
    }
  }

  @Test
  void anAutomaticBackupIsRestoredByItsName() throws Exception {
    Cli.Result deleted =
        cli.run(
            "learner",
            "delete",
            "default",
            "--yes",
            "--keep-backups", // the backup made before it keeps them, to be restored
            "--now=2026-03-04T08:00:00Z");
    assertEquals(0, deleted.code(), deleted.toString());
    assertTrue(deleted.err().contains("before-learner-delete"), deleted.err());
    assertEquals(0, Rows.count(db, "SELECT count(*) FROM reviews"));
    Cli.Result list = cli.run("backup", "--list");
    assertEquals(0, list.code(), list.toString());
    String name = "tutor-20260304-080000+0000-before-learner-delete.db";
    assertTrue(list.out().contains(name), list.out());
    Cli.Result r = cli.run("restore", name, "--yes");
    assertEquals(0, r.code(), r.toString());
    assertEquals(
        3, Rows.count(db, "SELECT count(*) FROM reviews"), "the learner's answers are back");
  }

  /**
   * A week's trial: a learner ran tutor backup, then looked for their copy in backup --list, which
   * lists the automatic backups only. tutor keeps no record of the copies it is asked for; the list
   * and its help say so, and where the copies went.
   */
  @Test
  void backupListSaysTheCopiesYouMadeAreNotListedAndWhereTheyAre() throws Exception {
    Path mine = dir.resolve("mine.db");
    assertEquals(0, cli.run("backup", mine.toString()).code());
    assertEquals(0, cli.run("backup").code()); // beside the database, under the default name
    Cli.Result list = cli.run("backup", "--list");
    assertEquals(0, list.code(), list.toString());
    assertFalse(list.out().contains("mine.db"), list.out());
    assertFalse(list.out().contains("-backup-"), list.out());
    String said = list.err().replaceAll("\\s+", " ");
    assertTrue(
        said.contains(
            "Copies made with tutor backup are not listed (tutor keeps no record of them)"),
        said);
    assertTrue(
        said.contains(
            "by default beside the database in "
                + db.toAbsolutePath().getParent()
                + " as tutor-backup-DATE-TIME.db"),
        said);
    String help = cli.run("backup", "--help").out().replaceAll("\\s+", " ");
    assertTrue(
        help.contains("Copies you make with tutor backup are not recorded, so not listed"), help);
  }

  @Test
  void aBackupOfADamagedDatabaseLeavesNoFileBehind() throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
      for (long at = 4096 * 2; at < f.length(); at += 4096) {
        f.seek(at + 8);
        f.write(new byte[64]);
      }
    }
    Path target = dir.resolve("out").resolve("copy.db");
    Cli.Result r = cli.run("backup", target.toString());
    assertEquals(1, r.code(), r.toString());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    try (var files = Files.list(target.getParent())) {
      assertEquals(
          List.of(), files.toList(), "no copy under its name, no temporary file, no journal");
    }
  }

  @Test
  void studyingMakesOneBackupADayAndDestructiveCommandsOneEach() throws Exception {
    assertEquals(
        0, cli.input("Paris\n", "study", "--limit", "1", "--now=2026-03-05T09:00:00Z").code());
    assertEquals(
        0, cli.input("Paris\n", "study", "--limit", "1", "--now=2026-03-05T18:00:00Z").code());
    assertEquals(
        0, cli.input("Paris\n", "study", "--limit", "1", "--now=2026-03-06T09:00:00Z").code());
    // Two answers reach past the last session (one answer): --yes, as no one is there to ask.
    assertEquals(0, cli.run("undo", "--count", "2", "--yes", "--now=2026-03-06T09:30:00Z").code());
    assertEquals(0, cli.run("settings", "backup-keep-daily", "3").code());
    assertEquals(2, cli.run("settings", "backup-keep-daily", "lots").code());
    Cli.Result list = cli.run("backup", "--list", "--format", "json");
    assertEquals(0, list.code(), list.toString());
    var names =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(list.out())
            .findValuesAsText("name");
    assertEquals(
        List.of(
            "tutor-20260305-090000+0000-daily.db",
            "tutor-20260306-090000+0000-daily.db",
            "tutor-20260306-093000+0000-before-undo.db"),
        names);
    assertEquals(
        List.of(List.of("ok")),
        Rows.query(dir.resolve("backups").resolve(names.get(0)), "PRAGMA integrity_check"));
  }

  @Test
  void anUpdateOfAnInstalledPackIsBackedUpFirstWhetherAddedOrBundled() throws Exception {
    Path v11 = TestPacks.demo(dir.resolve("v11"), "1.1.0", true);
    Cli.Result added = cli.run("pack", "add", v11.toString(), "--now=2026-03-04T08:00:00Z");
    assertEquals(0, added.code(), added.toString());
    assertTrue(added.err().contains("before-pack-update"), added.err());
    Path content = dir.resolve("content");
    TestPacks.demo(content, "1.2.0", true);
    Cli.Result bundled =
        cli.env("TUTOR_CONTENT", content.toString()).run("due", "--now=2026-03-04T09:00:00Z");
    assertEquals(0, bundled.code(), bundled.toString());
    assertTrue(
        bundled.err().contains("tutor-20260304-090000+0000-before-pack-update.db"), bundled.err());
    try (var files = Files.list(dir.resolve("backups"))) {
      assertEquals(2, files.count());
    }
  }

  /**
   * A backup whose mastery was raised by hand (known and shown, as no answer made it): restoring it
   * would put back what the learner never had, and doctor only said so afterwards. Refused in one
   * line naming the skill and --mend, the database untouched; with --mend restored with the mastery
   * its answers give, said so, and the backup file left as it was.
   */
  @Test
  void aBackupWhoseMasteryWasChangedByHandIsRefusedOrMended() throws Exception {
    Path b = backup("edited.db");
    Rows.exec(
        b,
        "UPDATE mastery SET p_known = 0.999, another_exercise = 1, another_day = 1"
            + " WHERE skill_id = 'basics'");
    byte[] backupBytes = Files.readAllBytes(b);
    Rows.exec(db, "INSERT INTO learners(name, created_at) VALUES ('since the backup', 0)");
    byte[] before = Files.readAllBytes(db);

    Cli.Result refused = cli.run("restore", b.toString(), "--yes");
    assertEquals(2, refused.code(), refused.toString());
    assertEquals(1, refused.err().lines().count(), refused.err());
    assertTrue(refused.err().contains("demo/basics"), refused.err());
    assertTrue(refused.err().contains("tutor restore " + b + " --mend"), refused.err());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "the database untouched");
    assertEquals(
        1, Rows.count(db, "SELECT count(*) FROM learners WHERE name = 'since the backup'"));

    Cli.Result mended = cli.run("restore", b.toString(), "--yes", "--mend");
    assertEquals(0, mended.code(), mended.toString());
    assertTrue(mended.out().contains("Mended: 1 skill's mastery"), mended.out());
    assertTrue(mended.out().contains("demo/basics"), mended.out());
    assertEquals(0, Rows.count(db, "SELECT count(*) FROM mastery WHERE another_day = 1"));
    Cli.Result doctor = cli.run("doctor");
    assertTrue(
        doctor.out().contains("every skill's mastery agrees with the answer log"),
        doctor.toString());
    assertTrue(java.util.Arrays.equals(backupBytes, Files.readAllBytes(b)), "the backup as it was");
  }
}
