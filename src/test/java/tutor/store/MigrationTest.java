package tutor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by an older schema is upgraded in place, keeping its content. */
class MigrationTest {
  @TempDir Path dir;

  @Test
  void schemaOneSkillsGetTheirJsonBodyWhenUpgraded() throws Exception {
    Path file = dir.resolve("old.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      String sql = new String(Database.class.getResourceAsStream("migrations/001-initial.sql").readAllBytes());
      for (String st : Database.splitStatements(sql)) s.execute(st);
      s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
      s.execute("PRAGMA user_version = 1");
      s.execute("INSERT INTO packs VALUES ('p','P','1.0.0','','[]','','en',1,'src','h',0,0)");
      s.execute("INSERT INTO skills(pack_id, id, title, description, position) VALUES ('p','a','A','first',0)");
      s.execute("INSERT INTO skills(pack_id, id, title, description, position) VALUES ('p','b','B','',1)");
      s.execute("INSERT INTO skill_requires VALUES ('p','b','a')");
    }
    try (SqliteStore store = SqliteStore.open(file)) {
      List<StoredSkill> skills = store.studyData(store.currentLearner(java.time.Instant.EPOCH).id()).skills();
      assertEquals(List.of("a", "b"), skills.stream().map(StoredSkill::id).toList());
      assertEquals("first", skills.get(0).description());
      assertEquals(List.of("a"), skills.get(1).requires());
      assertEquals(List.of(), skills.get(0).requires());
    }
  }

  @Test
  void migration012AddsLeechesToADatabaseOfTheSchemaBefore() throws Exception {
    Path file = dir.resolve("before-leeches.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      int before = Database.MIGRATIONS.indexOf("012-leeches.sql");
      for (String m : Database.MIGRATIONS.subList(0, before)) {
        String sql = new String(Database.class.getResourceAsStream("migrations/" + m).readAllBytes());
        for (String st : Database.splitStatements(sql)) s.execute(st);
      }
      s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
      s.execute("PRAGMA user_version = " + before);
      s.execute("INSERT INTO learners(id, name, created_at) VALUES (1, 'ann', 0)");
    }
    try (SqliteStore store = SqliteStore.open(file)) {
      tutor.pack.Pack pack = new tutor.pack.Pack(1, "p", "P", "1.0.0", "", List.of(), "", "en",
          List.of(new tutor.pack.Skill("a", "A", "", List.of())),
          List.of(new tutor.pack.Exercise("x", List.of("a"), "2 + 2?", 1, List.of(), "", List.of(),
              new tutor.pack.Exercise.Text(List.of("4"), null, tutor.pack.Normalization.DEFAULT))));
      store.installPack(pack, "src", "h", java.time.Instant.EPOCH);
      long learner = store.learner("ann").orElseThrow().id();
      assertEquals(List.of(), store.leeches(learner), "no leech yet");
      CardKey x = new CardKey("p", "x");
      java.time.Instant at = java.time.Instant.parse("2026-03-02T09:00:00Z");
      store.markLeech(learner, new Leech(x, 8, at, Leech.Action.SUSPEND, true));
      assertEquals(List.of(new Leech(x, 8, at, Leech.Action.SUSPEND, true)), store.leeches(learner));
      assertEquals(java.util.Map.of("x", 1), store.leechLearners("p"));
      // Flagged again at 12 lapses, re-taught this time: one row, updated.
      store.markLeech(learner, new Leech(x, 12, at.plusSeconds(60), Leech.Action.RETEACH, false));
      assertEquals(List.of(new Leech(x, 12, at.plusSeconds(60), Leech.Action.RETEACH, false)), store.leeches(learner));
      assertEquals(0, store.unsuspendLeeches(learner, java.util.Optional.empty()), "nothing suspended");
      store.markLeech(learner, new Leech(x, 16, at, Leech.Action.SUSPEND, true));
      assertEquals(1, store.unsuspendLeeches(learner, java.util.Optional.of(x)));
      assertEquals(false, store.leeches(learner).get(0).suspended());
    }
  }
}
