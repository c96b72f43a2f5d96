package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.store.DoctorReport;
import tutor.store.StoreException;

/**
 * A schema version set back by hand: the tables are those of a later version, so the upgrade the
 * next open makes is refused by SQLite. The open says so in one line and leaves the file as it was;
 * doctor finds it beforehand (it said "upgrades it the next time" before). An honest older database
 * still gets only a note.
 */
class SchemaVersionTamperTest {
  @TempDir Path dir;

  private static int version(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      return s.executeQuery("PRAGMA user_version").getInt(1);
    }
  }

  private static void setVersion(Path file, int version) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = " + version);
    }
  }

  private static DoctorReport.Finding schemaFinding(Path file) {
    return Doctor.check(file).findings().stream()
        .filter(f -> f.check().equals("schema"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aVersionSetBackIsRefusedInOneLineAndLeftAsItWas() throws Exception {
    Path file = dir.resolve("t.db");
    Database.open(file).close();
    int seven = Database.MIGRATIONS.indexOf("007-exercise-outline.sql");
    setVersion(file, seven);
    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
    String said = e.getMessage();
    assertTrue(
        said.startsWith(
            file
                + " cannot be upgraded: its tables do not match the schema version it states ("
                + seven
                + ")"),
        said);
    assertTrue(said.contains("migration 007-exercise-outline.sql: duplicate column name"), said);
    assertTrue(!said.contains("\n") && !said.contains("SQLITE_ERROR"), said);
    assertEquals(seven, version(file), "left at the version it stated");

    DoctorReport.Finding schema = schemaFinding(file);
    assertEquals(DoctorReport.Status.PROBLEM, schema.status(), schema.toString());
    assertTrue(schema.summary().contains("cannot upgrade it"), schema.toString());
    assertTrue(
        schema.details().get(0).startsWith("migration 007-exercise-outline.sql: duplicate column"),
        schema.toString());
    assertEquals(seven, version(file), "doctor changes nothing");
  }

  @Test
  void anHonestOlderDatabaseIsOnlyANoteAndIsUpgraded() throws Exception {
    Path file = dir.resolve("old.db");
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
    }
    DoctorReport.Finding schema = schemaFinding(file);
    assertEquals(DoctorReport.Status.NOTE, schema.status(), schema.toString());
    Database.open(file).close();
    assertEquals(Database.latestVersion(), version(file));
  }
}
