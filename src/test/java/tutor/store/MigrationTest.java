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
}
