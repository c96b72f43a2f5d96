package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * tutor backup makes a consistent, checked copy; tutor doctor finds what is wrong and says what to
 * do.
 */
class BackupDoctorTest {
  @TempDir static Path shared;
  private static Path template;
  @TempDir Path dir;
  private Path db;
  private Cli cli;

  /** A learner with three answers, made once: each test gets its own copy of the database. */
  @BeforeAll
  static void studied() throws Exception {
    template = shared.resolve("template.db");
    Cli cli = new Cli(template);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(shared).toString()).code());
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

  private static Path backupPath(Cli.Result r) {
    return Path.of(
        r.out().strip().replaceFirst("^Backed up .* to ", "").replaceFirst(" \\(.*$", ""));
  }

  @Test
  void aBackupBesideTheDatabaseHasEveryRowAndAStampedName() throws Exception {
    Cli.Result r = cli.run("backup", "--now=2026-03-02T10:00:00Z");
    assertEquals(0, r.code(), r.toString());
    Path copy = backupPath(r);
    assertEquals(db.toAbsolutePath().getParent(), copy.getParent());
    assertTrue(
        copy.getFileName().toString().matches("tutor-backup-2026030\\d-\\d{6}\\.db"),
        copy.toString());
    for (String t : List.of("learners", "packs", "exercises", "cards", "reviews", "mastery")) {
      assertEquals(Rows.query(db, "SELECT * FROM " + t), Rows.query(copy, "SELECT * FROM " + t), t);
    }
    assertEquals(0, new Cli(copy).run("doctor").code(), "the copy is a healthy tutor database");
  }

  @Test
  void aBackupTakenDuringAnUnfinishedWriteHasTheLastCommittedStateAndDoesNotWait()
      throws Exception {
    try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = writer.createStatement()) {
      writer.setAutoCommit(false);
      s.execute("INSERT INTO learners(name, created_at) VALUES ('half-written', 0)");
      Cli.Result r = cli.run("backup", dir.resolve("during.db").toString());
      assertEquals(0, r.code(), r.toString());
      assertEquals(
          0,
          Rows.count(
              dir.resolve("during.db"),
              "SELECT count(*) FROM learners WHERE name = 'half-written'"));
      assertEquals(3, Rows.count(dir.resolve("during.db"), "SELECT count(*) FROM reviews"));
      writer.rollback();
    }
  }

  @Test
  void aBackupNeverOverwritesAFile() throws Exception {
    Path existing = dir.resolve("keep.db");
    Files.writeString(existing, "precious");
    Cli.Result r = cli.run("backup", existing.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("already exists"), r.err());
    assertEquals("precious", Files.readString(existing));
  }

  @Test
  void aBackupIntoADirectoryUsesTheDefaultName() throws Exception {
    Path into = Files.createDirectory(dir.resolve("backups"));
    Cli.Result r = cli.run("backup", into.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals(into, backupPath(r).getParent());
  }

  @Test
  void aHealthyDatabaseGetsExitZeroAndEveryCheck() throws Exception {
    Cli.Result r = cli.run("doctor");
    assertEquals(0, r.code(), r.toString());
    for (String check :
        new String[] {"integrity", "schema", "foreign keys", "orphan rows", "journal"}) {
      assertTrue(r.out().contains(check + ":"), check + "\n" + r.out());
    }
    assertTrue(r.out().contains("All is well."), r.out());
    JsonNode json = new ObjectMapper().readTree(cli.run("doctor", "--format", "json").out());
    assertTrue(json.get("healthy").asBoolean());
  }

  private void breakReferences() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = OFF");
      s.execute("INSERT INTO cards VALUES (1, 'demo', 'gone', 'review', 0, 1.0, 5.0, 0, 0, 1, 0)");
      s.execute("INSERT INTO lessons_seen VALUES (1, 'demo', 'no-such-skill', 0)");
    }
  }

  @Test
  void rowsThatBelongToNothingAreFoundAndTheFixRemovesThemAfterABackup() throws Exception {
    breakReferences();
    Cli.Result r = cli.run("doctor");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().contains("cards: 1 row refers to a missing exercises row"), r.out());
    assertTrue(r.out().contains("lessons_seen: 1 row for skills no installed pack has"), r.out());
    assertTrue(r.out().contains("What to do:") && r.out().contains("tutor doctor --fix"), r.out());
    Cli.Result refused = cli.run("doctor", "--fix");
    assertEquals(2, refused.code(), "no terminal, no --yes: " + refused);
    Cli.Result fixed = cli.run("doctor", "--fix", "--yes");
    assertEquals(0, fixed.code(), fixed.toString());
    assertTrue(fixed.err().contains("Repaired 2 rows"), fixed.err());
    assertEquals(3, Rows.count(db, "SELECT count(*) FROM cards"), "the learner's real cards stay");
    try (var files = Files.list(dir.resolve("backups"))) {
      assertTrue(
          files.anyMatch(
              f ->
                  f.getFileName()
                      .toString()
                      .matches("tutor-\\d{8}-\\d{6}[+-]\\d{4}-before-doctor-fix\\.db")));
    }
    assertEquals(0, cli.run("doctor").code());
  }

  @Test
  void valuesTutorWouldNeverWriteAreFoundAndTheSafeOnesRepairedAfterABackup() throws Exception {
    Rows.exec(
        db,
        "UPDATE cards SET phase = 'zombie' WHERE rowid = (SELECT min(rowid) FROM cards)",
        "INSERT INTO learner_settings VALUES (1, 'new-per-day', 'lots')",
        "INSERT INTO goals(learner_id, pack_id, skills, deadline, created_at) VALUES (1, 'demo', '[]', 'yesterday', 0)",
        "UPDATE reviews SET rating = 9 WHERE id = 1");
    Cli.Result r = cli.run("doctor");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().contains("values:"), r.out());
    assertTrue(
        r.out().contains("cards: 1 row (first: column 'phase': 'zombie' is not a card phase"),
        r.out());
    assertTrue(r.out().contains("learner_settings: 1 row"), r.out());
    assertTrue(
        r.out().contains("goals: 1 row (first: column 'deadline': 'yesterday' is not a date"),
        r.out());
    assertTrue(
        r.out().contains("reviews: 1 row (first: column 'rating': 9 is out of range"), r.out());
    Cli.Result fixed = cli.run("doctor", "--fix", "--yes");
    assertEquals(1, fixed.code(), "the review cannot be repaired safely: " + fixed);
    assertTrue(fixed.err().contains("before-doctor-fix"), fixed.err());
    assertEquals(0, Rows.count(db, "SELECT count(*) FROM cards WHERE phase = 'zombie'"));
    assertEquals(0, Rows.count(db, "SELECT count(*) FROM learner_settings WHERE value = 'lots'"));
    assertEquals(0, Rows.count(db, "SELECT count(*) FROM goals WHERE deadline = 'yesterday'"));
    assertEquals(
        1,
        Rows.count(db, "SELECT count(*) FROM reviews WHERE rating = 9"),
        "the history is not rewritten");
    Cli.Result after = cli.run("doctor");
    assertTrue(after.out().contains("cannot be repaired safely"), after.out());
  }

  @Test
  void aDamagedFileIsReportedWithWhatToDo() throws Exception {
    Path damaged = dir.resolve("damaged.db");
    Files.copy(db, damaged);
    try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
      for (long at = 4096 * 2; at < f.length(); at += 4096) {
        f.seek(at + 8);
        f.write(new byte[200]);
      }
    }
    Cli.Result r = new Cli(damaged).run("doctor");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().contains("PROBLEM"), r.out());
    assertTrue(r.out().contains("backup"), r.out());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aDatabaseOfANewerTutorIsAProblemAndSoIsOneWhoseVersionWasSetBack() throws Exception {
    Rows.exec(db, "PRAGMA user_version = 99");
    Cli.Result r = cli.run("doctor");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().contains("newer tutor"), r.out());
    // Version 1 stated, the tables of today: the upgrade would fail, so it is no mere note (an
    // honest older database is: SchemaVersionTamperTest).
    Rows.exec(db, "PRAGMA user_version = 1");
    Cli.Result older = cli.run("doctor");
    assertEquals(1, older.code(), older.toString());
    assertTrue(older.out().contains("cannot upgrade it"), older.out());
    assertTrue(older.out().contains("migration 002-lessons-goals.sql"), older.out());
    Cli.Result due = cli.run("due");
    assertEquals(1, due.code(), due.toString());
    assertTrue(due.err().strip().startsWith("tutor: " + db + " cannot be upgraded"), due.err());
    assertEquals(1, due.err().strip().lines().count(), due.err());
  }

  @Test
  void aMissingDatabaseIsReportedAndNotCreated() {
    Path none = dir.resolve("none.db");
    Cli.Result r = new Cli(none).run("doctor");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("no database at"), r.out());
    assertFalse(Files.exists(none));
    assertEquals(1, new Cli(none).run("backup").code());
    assertFalse(Files.exists(none));
  }
}
