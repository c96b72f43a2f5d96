package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tutor.TestPacks;

/**
 * A database, a backup and an export changed by hand or by an attacker: doctor names what is wrong
 * and --fix repairs what is safe without touching an answer; restore refuses a backup that is not
 * sound (exit 2, one line naming the file, the database left byte for byte as it was), also once
 * migrated from an older schema; import refuses an export with anything after it; and erasing a
 * learner leaves nothing of them in the file. The database is read directly here (sqlite_master,
 * the file's bytes), not through tutor's code.
 */
class TamperTest {
  @TempDir static Path shared;
  private static Path template;
  @TempDir Path dir;
  private Path db;
  private Cli cli;

  /** Streak marks (migration 023) are kept at the start of a session for the day before. */
  @BeforeAll
  static void studiedThreeDays() throws Exception {
    template = shared.resolve("template.db");
    Cli cli = new Cli(template);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(shared).toString()).code());
    // a goal: its plan keeps each skill's fading day (migration 029)
    assertEquals(
        0,
        cli.run("goal", "add", "--pack", "demo", "--by", "2026-04-01", "--now=2026-03-02T08:00Z")
            .code());
    for (String day : List.of("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05")) {
      Cli.Result r =
          cli.input("nope\nnope\nnope\n", "study", "--limit", "3", "--now=" + day + "T09:00Z");
      assertEquals(0, r.code(), r.toString());
    }
    assertEquals(0, cli.run("learner", "add", "Xylophonist").code());
    Cli.Result r =
        cli.input(
            "quokka7731\nquokka7731\nquokka7731\n",
            "study",
            "--limit",
            "3",
            "--now=2026-03-05T10:00Z");
    assertEquals(0, r.code(), r.toString());
    assertEquals(0, cli.run("learner", "use", "default").code());
    assertEquals(
        4,
        Rows.count(
            template,
            "SELECT count(DISTINCT date((reviewed_at - 14400000) / 1000, 'unixepoch')) FROM reviews"
                + " WHERE learner_id = 1"),
        "answers on four days");
    assertEquals(
        3,
        Rows.count(template, "SELECT days FROM streak_marks WHERE learner = 1"),
        "a streak of three days through 2026-03-04 kept at the fourth day's start");
    assertEquals(
        0, cli.run("goal", "status", "--now=2026-03-05T11:00Z").code(), "the goal planned");
    assertEquals(
        2, Rows.count(template, "SELECT count(*) FROM skill_fading"), "a day per skill kept");
  }

  @BeforeEach
  void copy() throws Exception {
    db = dir.resolve("tutor.db");
    Files.copy(template, db);
    cli = new Cli(db);
  }

  /** What no repair may change: every answer, card and mastery row, in order. */
  private static String answers(Path db) throws Exception {
    return answers(db, "*");
  }

  /** The answers, the mastery rows with {@code masteryColumns} only. */
  private static String answers(Path db, String masteryColumns) throws Exception {
    return Rows.query(db, "SELECT * FROM reviews ORDER BY id").toString()
        + Rows.query(db, "SELECT * FROM cards ORDER BY learner_id, pack_id, exercise_id")
        + Rows.query(
            db,
            "SELECT " + masteryColumns + " FROM mastery ORDER BY learner_id, pack_id, skill_id");
  }

  /** The columns of mastery before migration 028. */
  private static final String MASTERY_BEFORE_028 =
      "learner_id, pack_id, skill_id, p_known, attempts, correct, updated_at,"
          + " first_right_exercise, first_right_at, another_exercise, another_day, placed";

  private static String sha(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  /** Runs {@code sql}, statements separated by " ;; ", with foreign keys not enforced. */
  private static void tamper(Path db, String sql) throws Exception {
    List<String> all = new ArrayList<>(List.of("PRAGMA foreign_keys = OFF"));
    all.addAll(List.of(sql.split(" ;; ")));
    Rows.exec(db, all.toArray(String[]::new));
  }

  /** Changes by hand (statements separated by " ;; "), each with what doctor must say of it. */
  static Stream<Arguments> tampers() {
    return Stream.of(
        Arguments.of(
            "DROP TRIGGER streak_marks_answer_removed",
            "missing trigger streak_marks_answer_removed"),
        Arguments.of(
            "DROP TRIGGER streak_marks_past_answer_added",
            "missing trigger streak_marks_past_answer_added"),
        Arguments.of("DROP INDEX reviews_tally", "missing index reviews_tally"),
        Arguments.of(
            "DROP TRIGGER streak_marks_answer_moved ;; CREATE TRIGGER streak_marks_answer_moved"
                + " AFTER UPDATE OF learner_id ON reviews BEGIN SELECT 1; END",
            "changed trigger streak_marks_answer_moved"),
        Arguments.of(
            "CREATE TRIGGER quietly AFTER INSERT ON reviews BEGIN DELETE FROM cards; END",
            "extra trigger quietly"),
        Arguments.of("UPDATE streak_marks SET days = 400", "a streak of 400 days"),
        Arguments.of(
            "UPDATE streak_marks SET through_end = through_end + 86400000",
            "counts answers up to 2026-03-06T04:00:00Z, not to the end of 2026-03-04"),
        Arguments.of(
            "UPDATE streak_marks SET days = days + 1 WHERE learner = 2",
            "a streak of 1 day through 2026-03-04, the answers show 0"),
        Arguments.of(
            "INSERT INTO streak_marks VALUES (77, 'Etc/UTC', 4, '2026-03-01', 1772424000000, 9)",
            "streak_marks: 1 row refers to a missing learners row"),
        Arguments.of(
            "DROP TRIGGER skill_fading_card_changed", "missing trigger skill_fading_card_changed"),
        Arguments.of(
            "UPDATE skill_fading SET fading_from = 20600 WHERE skill_id = 'basics'",
            "skill demo/basics: kept fading from day 2026-05-27 over 4 exercises; its cards make"),
        Arguments.of(
            "UPDATE skill_fading SET basis = 'v0 who knows'", "days made as 'v0 who knows'"));
  }

  @ParameterizedTest
  @MethodSource("tampers")
  void doctorNamesEachChangeAndFixRepairsItWithoutTouchingAnAnswer(String sql, String said)
      throws Exception {
    String before = answers(db);
    tamper(db, sql);
    Cli.Result r = cli.run("doctor", "--now=2026-03-05T12:00Z");
    assertEquals(1, r.code(), r.toString());
    // (the report wraps its lines to the width)
    assertTrue(r.out().replaceAll("\\s+", " ").contains(said), r.toString());
    Cli.Result fix = cli.run("doctor", "--fix", "--yes", "--now=2026-03-05T12:00Z");
    assertEquals(0, fix.code(), fix.toString());
    assertEquals(0, cli.run("doctor", "--now=2026-03-05T12:00Z").code());
    assertEquals(before, answers(db), "no answer, card or mastery row changed");
    assertEquals(
        List.of(
            "skill_fading_card_added",
            "skill_fading_card_changed",
            "skill_fading_card_removed",
            "skill_fading_exercise_added",
            "skill_fading_exercise_changed",
            "skill_fading_exercise_removed",
            "skill_fading_exercise_skill_added",
            "skill_fading_exercise_skill_changed",
            "skill_fading_exercise_skill_removed",
            "streak_marks_answer_moved",
            "streak_marks_answer_removed",
            "streak_marks_past_answer_added"),
        Rows.query(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
            .stream()
            .map(row -> row.get(0))
            .toList());
    // the triggers work again: an undo drops the streak counted through the answers it changes
    Rows.exec(
        db, "DELETE FROM reviews WHERE id = (SELECT max(id) FROM reviews WHERE learner_id = 1)");
    assertEquals(0, Rows.count(db, "SELECT count(*) FROM streak_marks WHERE learner = 1"));
  }

  /**
   * Mastery changed by hand: a P(known) raised (a skill shown mastered, what builds on it
   * unlocked), evidence claimed, answers counted that the log does not have, a row for a skill
   * never answered. Doctor recomputes each skill's mastery from its last answer as the recorder
   * does, names the row, and --fix writes back exactly what the answers made of it.
   */
  static Stream<Arguments> masteryTampers() {
    return Stream.of(
        Arguments.of(
            "UPDATE mastery SET p_known = 0.99 WHERE learner_id = 1", "P(known) 0.9900, not"),
        Arguments.of(
            "UPDATE mastery SET first_right_exercise = 'capital', first_right_at = 1772442000000,"
                + " another_exercise = 1, another_day = 1 WHERE learner_id = 1",
            "first right answer capital at 2026-03-02T09:00:00Z, not null"),
        Arguments.of(
            "UPDATE mastery SET attempts = attempts + 5, correct = correct + 5 WHERE learner_id = 2",
            "attempts,"),
        Arguments.of(
            "UPDATE mastery SET another_day = 1 WHERE learner_id = 2", "another day: true"),
        Arguments.of(
            "INSERT INTO mastery(learner_id, pack_id, skill_id, p_known, attempts, correct,"
                + " updated_at) SELECT 2, pack_id, id, 0.99, 4, 4, 1772442000000 FROM skills"
                + " WHERE id NOT IN (SELECT skill_id FROM mastery WHERE learner_id = 2) LIMIT 1",
            "4 attempts, 4 right, but the answer log has none"));
  }

  @ParameterizedTest
  @MethodSource("masteryTampers")
  void doctorRecomputesMasteryFromTheAnswersAndFixRestoresIt(String sql, String said)
      throws Exception {
    String before = answers(db);
    assertEquals(0, cli.run("doctor", "--now=2026-03-05T12:00Z").code(), "clean before");
    tamper(db, sql);
    Cli.Result r = cli.run("doctor", "--now=2026-03-05T12:00Z");
    assertEquals(1, r.code(), r.toString());
    String out = r.out().replaceAll("\\s+", " ");
    assertTrue(out.contains("PROBLEM mastery"), r.toString());
    assertTrue(out.contains(said), r.toString());
    Cli.Result fix = cli.run("doctor", "--fix", "--yes", "--now=2026-03-05T12:00Z");
    assertEquals(0, fix.code(), fix.toString());
    assertEquals(0, cli.run("doctor", "--now=2026-03-05T12:00Z").code());
    assertEquals(before, answers(db), "every mastery row as the answers made it");
  }

  /**
   * A card row no FSRS state can come from (a phase that is none, a card answered before without a
   * memory): study says so in one line, and so does any other command that cannot read it (it was
   * "unexpected error: IllegalArgumentException"), doctor finds it, --fix starts the card again,
   * and study goes on with every answer kept.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE cards SET phase = 'bogus' WHERE learner_id = 1",
        "UPDATE cards SET difficulty = 0.5 WHERE learner_id = 1 AND phase <> 'new'",
        "UPDATE cards SET stability = 0 WHERE learner_id = 1 AND phase <> 'new'"
      })
  void aCardNoScheduleCanComeFromIsOneLineAndDoctorMendsIt(String sql) throws Exception {
    Rows.exec(db, sql);
    long answers = Rows.count(db, "SELECT count(*) FROM reviews");
    for (String[] command :
        new String[][] {
          {"study", "--limit", "1", "--now=2026-03-06T09:00Z"},
          {"due", "--now=2026-03-06T09:00Z"},
          {"stats", "--now=2026-03-06T09:00Z"}
        }) {
      Cli.Result r = cli.input("nope\n", command);
      // due and stats read no memory to schedule on: they may show what they can
      if (!command[0].equals("study") && r.code() == 0 && r.err().isBlank()) continue;
      assertEquals(1, r.code(), r.toString());
      String err = r.err().strip();
      assertEquals(1, err.lines().count(), r.toString());
      assertTrue(err.startsWith("tutor: the database holds a card"), r.toString());
      assertTrue(err.contains("tutor doctor --fix"), r.toString());
      assertFalse(err.contains("unexpected") || err.contains("Exception"), r.toString());
    }
    Cli.Result doctor = cli.run("doctor", "--now=2026-03-06T09:00Z");
    assertEquals(1, doctor.code(), doctor.toString());
    assertTrue(doctor.out().contains("PROBLEM  values"), doctor.out());
    Cli.Result fix = cli.run("doctor", "--fix", "--yes", "--now=2026-03-06T09:00Z");
    assertEquals(0, fix.code(), fix.toString());
    Cli.Result study = cli.input("nope\n", "study", "--limit", "1", "--now=2026-03-06T09:00Z");
    assertEquals(0, study.code(), study.toString());
    assertEquals(answers + 1, Rows.count(db, "SELECT count(*) FROM reviews"), "nothing lost");
  }

  /** A one-line refusal naming the file, exit 2, and the database exactly as it was. */
  private void assertRefused(Path backup, String said) throws Exception {
    String before = sha(db);
    Cli.Result r = cli.run("restore", backup.toString(), "--yes");
    assertEquals(2, r.code(), r.toString());
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), "one line: " + r);
    assertTrue(err.startsWith("tutor: " + backup), r.toString());
    assertTrue(err.contains(said), r.toString());
    assertFalse(err.contains("Exception") || err.contains("\tat "), r.toString());
    assertEquals(before, sha(db), "the database is untouched");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of(),
          files.map(p -> p.getFileName().toString()).filter(n -> n.contains("partial")).toList(),
          "no copy left behind");
    }
  }

  private Path backup(String name) {
    Path b = dir.resolve(name);
    assertEquals(0, cli.run("backup", b.toString()).code());
    return b;
  }

  @ParameterizedTest
  @MethodSource("tampers")
  void restoreRefusesABackupChangedByHand(String sql, String said) throws Exception {
    Path b = backup("changed.db");
    tamper(b, sql);
    assertRefused(b, said);
  }

  @Test
  void restoreRefusesDamagedTruncatedNewerAndForeignFilesInOneLine() throws Exception {
    Path damaged = backup("damaged.db");
    long pages = Files.size(damaged) / 4096;
    try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
      for (long p = 2; p < pages; p += 3) {
        f.seek(p * 4096 + 8);
        f.write("garbage".repeat(100).getBytes(StandardCharsets.US_ASCII));
      }
    }
    assertRefused(damaged, "integrity_check");
    Path cut = dir.resolve("cut.db");
    Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(backup("whole.db")), 20_000));
    assertRefused(cut, "cut.db cannot be restored");
    Path newer = backup("newer.db");
    Rows.exec(newer, "PRAGMA user_version = 999");
    assertRefused(newer, "newer tutor");
    // its version set back by hand: the upgrade that restoring makes fails on its own tables
    Path setBack = backup("set-back.db");
    Rows.exec(setBack, "PRAGMA user_version = 5");
    assertRefused(
        setBack,
        "cannot be restored: it cannot be brought up to this tutor's schema: its tables do not"
            + " match the schema version it states (5), so it was changed outside tutor (migration");
    Path text = dir.resolve("text.db");
    Files.writeString(text, "SQLite format 3 is what this is not\n");
    assertRefused(text, "not an SQLite database");
  }

  /**
   * A backup from before migration 023 (no streak_marks, its triggers, and the tally index of 014)
   * is restored, brought up to the schema of today, and studied on: nothing of it is lost.
   */
  @Test
  void aBackupFromBeforeStreakMarksIsRestoredMigratedAndStudiedOn() throws Exception {
    Path old = backup("old.db");
    for (List<Object> t :
        Rows.query(
            old,
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'skill_fading%'"))
      Rows.exec(old, "DROP TRIGGER " + t.get(0)); // 029's, on other tables than its own
    Rows.exec(
        old,
        "DROP TRIGGER streak_marks_answer_removed",
        "DROP TRIGGER streak_marks_past_answer_added",
        "DROP TRIGGER streak_marks_answer_moved",
        "DROP TABLE streak_marks",
        "DROP INDEX reviews_tally",
        "CREATE INDEX reviews_tally ON reviews(learner_id, reviewed_at, phase_before, rating,"
            + " response_ms, pack_id)",
        "ALTER TABLE goals DROP COLUMN met_on", // 027
        "ALTER TABLE mastery DROP COLUMN opened", // 028
        "DROP TABLE skill_fading", // 029
        // 023 is the 19th migration: a database of schema 18 has not had it
        "PRAGMA user_version = 18");
    String answers = answers(old);
    long latest = Rows.count(db, "PRAGMA user_version");
    Cli.Result r = cli.run("restore", old.toString(), "--yes");
    assertEquals(0, r.code(), r.toString());
    assertEquals(latest, Rows.count(db, "PRAGMA user_version"));
    assertEquals(answers, answers(db, MASTERY_BEFORE_028));
    // practised before 028: taken as opened, as tutor then took every practised skill
    assertEquals(0, Rows.count(db, "SELECT count(*) FROM mastery WHERE opened = 0"));
    Cli.Result doctor = cli.run("doctor", "--now=2026-03-06T12:00Z");
    assertEquals(0, doctor.code(), doctor.toString());
    Cli.Result study =
        cli.input("nope\nnope\n", "study", "--limit", "2", "--now=2026-03-06T09:00Z");
    assertEquals(0, study.code(), study.toString());
    assertTrue(study.out().contains("Streak") || study.out().contains("streak"), study.out());
    assertEquals(4, Rows.count(db, "SELECT days FROM streak_marks WHERE learner = 1"));
    assertEquals(0, cli.run("doctor", "--now=2026-03-06T12:00Z").code());
  }

  @Test
  void importRefusesAnExportWithMoreAfterItsEndAndChangesNothing() throws Exception {
    Path export = dir.resolve("me.json");
    assertEquals(0, cli.run("export", "--out", export.toString()).code());
    String before = answers(db);
    for (String after : List.of("{}", "\n{\"format\": \"tutor-export\"}", "garbage")) {
      Path changed = dir.resolve("after.json");
      Files.writeString(changed, Files.readString(export) + after);
      Cli.Result r = cli.run("import", changed.toString(), "--as", "copy");
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().contains(changed + ": the export is damaged or altered"), r.toString());
      assertEquals(before, answers(db));
      assertEquals(0, Rows.count(db, "SELECT count(*) FROM learners WHERE name = 'copy'"));
    }
    Files.writeString(dir.resolve("spaced.json"), Files.readString(export) + "\n\n  \n");
    assertEquals(
        0, cli.run("import", dir.resolve("spaced.json").toString(), "--as", "copy").code());
  }

  /**
   * Erased means erased: no row of theirs in any table (learner_id or, for streak_marks, learner),
   * and neither their name nor what they typed anywhere in the database file or its log.
   */
  @Test
  void erasingALearnerLeavesNothingOfThemInTheFile() throws Exception {
    long id = Rows.learnerId(db, "Xylophonist");
    assertTrue(contains(db, "Xylophonist") && contains(db, "quokka7731"), "there to be erased");
    Cli.Result r = cli.run("learner", "delete", "Xylophonist", "--yes");
    assertEquals(0, r.code(), r.toString());
    List<String> left = new ArrayList<>();
    for (List<Object> t :
        Rows.query(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      String table = (String) t.get(0);
      for (String column : List.of("learner_id", "learner")) {
        if (Rows.query(
                db,
                "SELECT 1 FROM pragma_table_info('" + table + "') WHERE name = '" + column + "'")
            .isEmpty()) continue;
        long n = Rows.count(db, "SELECT count(*) FROM " + table + " WHERE " + column + " = " + id);
        if (n > 0) left.add(table + ": " + n);
      }
    }
    assertEquals(List.of(), left);
    assertEquals(
        0, Rows.count(db, "SELECT count(*) FROM app_settings WHERE key LIKE '%:" + id + "'"));
    for (String suffix : List.of("", "-wal", "-journal")) {
      Path f = Path.of(db + suffix);
      if (!Files.exists(f)) continue;
      assertFalse(contains(f, "Xylophonist"), f + " holds the erased learner's name");
      assertFalse(contains(f, "quokka7731"), f + " holds what the erased learner typed");
    }
    assertEquals(0, cli.run("doctor").code());
    assertTrue(Rows.count(db, "SELECT count(*) FROM reviews WHERE learner_id = 1") > 0);
  }

  private static boolean contains(Path file, String text) throws Exception {
    byte[] all = Files.readAllBytes(file);
    byte[] want = text.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i + want.length <= all.length; i++) {
      for (int j = 0; j < want.length; j++) if (all[i + j] != want[j]) continue outer;
      return true;
    }
    return false;
  }
}
