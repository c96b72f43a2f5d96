package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.CardKey;
import tutor.pack.StoredSkill;
import tutor.store.Leech;

/** A database written by an older schema is upgraded in place, keeping its content. */
class MigrationTest {
  @TempDir Path dir;

  @Test
  void schemaOneSkillsGetTheirJsonBodyWhenUpgraded() throws Exception {
    Path file = dir.resolve("old.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      String sql =
          new String(
              Database.class
                  .getResourceAsStream("/tutor/store/migrations/001-initial.sql")
                  .readAllBytes());
      for (String st : Database.splitStatements(sql)) s.execute(st);
      s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
      s.execute("PRAGMA user_version = 1");
      s.execute("INSERT INTO packs VALUES ('p','P','1.0.0','','[]','','en',1,'src','h',0,0)");
      s.execute(
          "INSERT INTO skills(pack_id, id, title, description, position) VALUES ('p','a','A','first',0)");
      s.execute(
          "INSERT INTO skills(pack_id, id, title, description, position) VALUES ('p','b','B','',1)");
      s.execute("INSERT INTO skill_requires VALUES ('p','b','a')");
    }
    try (SqliteStore store = SqliteStore.open(file)) {
      List<StoredSkill> skills =
          store.studyData(store.currentLearner(java.time.Instant.EPOCH).id()).skills();
      assertEquals(List.of("a", "b"), skills.stream().map(StoredSkill::id).toList());
      assertEquals("first", skills.get(0).description());
      assertEquals(List.of("a"), skills.get(1).requires());
      assertEquals(List.of(), skills.get(0).requires());
    }
  }

  @Test
  void reviewsLoggedBeforeSchemaTenWereNeitherShownNorDisputedAndKeepTheirVerdict()
      throws Exception {
    Path file = dir.resolve("nine.db");
    int nine = Database.MIGRATIONS.indexOf("009-units.sql") + 1;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      for (String m : Database.MIGRATIONS.subList(0, nine)) {
        String sql =
            new String(
                Database.class.getResourceAsStream("/tutor/store/migrations/" + m).readAllBytes());
        for (String st : Database.splitStatements(sql)) s.execute(st);
      }
      s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
      s.execute("PRAGMA user_version = " + nine);
      s.execute("INSERT INTO learners VALUES (1, 'sam', 0)");
      s.execute(
          "INSERT INTO packs(id, title, version, description, authors, license, language, format, source,"
              + " content_hash, installed_at, updated_at) VALUES ('p','P','1.0.0','','[]','','en',1,'src','h',0,0)");
      s.execute(
          "INSERT INTO exercises(pack_id, id, type, difficulty, position, body, key_hash)"
              + " VALUES ('p','e','text',1,0,'{}','k')");
      s.execute(
          "INSERT INTO reviews(learner_id, pack_id, exercise_id, reviewed_at, kind, rating, correct,"
              + " hints_used, answer, phase_before, elapsed_days, scheduled_days, stability, difficulty, mastery_before,"
              + " near_miss) VALUES (1,'p','e',1000,'study',1,0,0,'Lyon','new',0,0,1.0,5.0,'{}','rejected')");
    }
    try (SqliteStore store = SqliteStore.open(file)) {
      List<tutor.store.LoggedReview> log = AnswerHistory.of(store, 1);
      assertEquals(1, log.size());
      tutor.store.LoggedReview a = log.get(0);
      assertEquals("Lyon", a.answer());
      assertEquals(false, a.correct());
      assertEquals(false, a.shown());
      assertEquals(false, a.disputed());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      assertEquals(Database.latestVersion(), s.executeQuery("PRAGMA user_version").getInt(1));
      // The flags take only 0 and 1.
      org.junit.jupiter.api.Assertions.assertThrows(
          java.sql.SQLException.class, () -> s.execute("UPDATE reviews SET disputed = 2"));
      assertEquals(0, s.executeQuery("SELECT shown + disputed FROM reviews").getInt(1));
    }
  }

  @Test
  void migration012AddsLeechesToADatabaseOfTheSchemaBefore() throws Exception {
    Path file = dir.resolve("before-leeches.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      int before = Database.MIGRATIONS.indexOf("012-leeches.sql");
      for (String m : Database.MIGRATIONS.subList(0, before)) {
        String sql =
            new String(
                Database.class.getResourceAsStream("/tutor/store/migrations/" + m).readAllBytes());
        for (String st : Database.splitStatements(sql)) s.execute(st);
      }
      s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
      s.execute("PRAGMA user_version = " + before);
      s.execute("INSERT INTO learners(id, name, created_at) VALUES (1, 'ann', 0)");
    }
    try (SqliteStore store = SqliteStore.open(file)) {
      tutor.pack.Pack pack =
          new tutor.pack.Pack(
              1,
              "p",
              "P",
              "1.0.0",
              "",
              List.of(),
              "",
              "en",
              List.of(new tutor.pack.Skill("a", "A", "", List.of())),
              List.of(
                  new tutor.pack.Exercise(
                      "x",
                      List.of("a"),
                      "2 + 2?",
                      1,
                      List.of(),
                      "",
                      List.of(),
                      new tutor.pack.Exercise.Text(
                          List.of("4"), null, tutor.pack.Normalization.DEFAULT))));
      store.installPack(pack, "src", "h", java.time.Instant.EPOCH);
      long learner = store.learner("ann").orElseThrow().id();
      assertEquals(List.of(), store.leeches(learner), "no leech yet");
      CardKey x = new CardKey("p", "x");
      java.time.Instant at = java.time.Instant.parse("2026-03-02T09:00:00Z");
      store.markLeech(learner, new Leech(x, 8, at, Leech.Action.SUSPEND, true));
      assertEquals(
          List.of(new Leech(x, 8, at, Leech.Action.SUSPEND, true)), store.leeches(learner));
      assertEquals(java.util.Map.of("x", 1), store.leechLearners("p"));
      // Flagged again at 12 lapses, re-taught this time: one row, updated.
      store.markLeech(learner, new Leech(x, 12, at.plusSeconds(60), Leech.Action.RETEACH, false));
      assertEquals(
          List.of(new Leech(x, 12, at.plusSeconds(60), Leech.Action.RETEACH, false)),
          store.leeches(learner));
      assertEquals(
          0, store.unsuspendLeeches(learner, java.util.Optional.empty()), "nothing suspended");
      store.markLeech(learner, new Leech(x, 16, at, Leech.Action.SUSPEND, true));
      assertEquals(1, store.unsuspendLeeches(learner, java.util.Optional.of(x)));
      assertEquals(false, store.leeches(learner).get(0).suspended());
    }
  }

  @Test
  void migrations013And014AddTheCountingIndexesToADatabaseWithHistory() throws Exception {
    Path file = dir.resolve("before-013.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      int before = Database.MIGRATIONS.indexOf("013-due-indexes.sql");
      for (String m : Database.MIGRATIONS.subList(0, before)) {
        String sql =
            new String(
                Database.class.getResourceAsStream("/tutor/store/migrations/" + m).readAllBytes());
        for (String st : Database.splitStatements(sql)) s.execute(st);
      }
      s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
      s.execute("PRAGMA user_version = " + before);
      s.execute("INSERT INTO learners(id, name, created_at) VALUES (1, 'ann', 0)");
    }
    try (SqliteStore store = SqliteStore.open(file)) {
      assertEquals(1, store.learners().size());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT group_concat(name, ' ' ORDER BY name) FROM sqlite_master"
                    + " WHERE type = 'index' AND name IN ('cards_phase_due', 'cards_pack_due', 'exercise_skills_skill',"
                    + " 'reviews_tally', 'reviews_learner_time')")) {
      assertEquals(
          "cards_pack_due cards_phase_due exercise_skills_skill reviews_tally",
          rs.getString(1),
          "reviews_tally replaces reviews_learner_time");
    }
  }
}
