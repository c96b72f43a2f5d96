package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.store.StoreException;

class DatabaseTest {
  @TempDir Path dir;

  private static int pragma(Connection c, String name) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      return rs.getInt(1);
    }
  }

  @Test
  void aNewDatabaseGetsEveryMigrationAndOurApplicationId() throws Exception {
    try (Connection c = Database.open(dir.resolve("sub/dir/t.db"))) {
      assertEquals(Database.latestVersion(), pragma(c, "user_version"));
      assertEquals(Database.APPLICATION_ID, pragma(c, "application_id"));
      assertEquals(1, pragma(c, "foreign_keys"));
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
        assertEquals("wal", rs.getString(1));
      }
    }
  }

  @Test
  void reopeningAppliesNothingTwiceAndKeepsData() throws Exception {
    Path file = dir.resolve("t.db");
    try (SqliteStore s = SqliteStore.open(file)) {
      s.addLearner("ada", java.time.Instant.EPOCH);
    }
    try (SqliteStore s = SqliteStore.open(file)) {
      assertEquals("ada", s.learners().get(0).name());
    }
  }

  @Test
  void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "my precious notes, definitely not a database");
    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
    assertTrue(e.getMessage().contains("not a tutor database"), e.getMessage());
    assertEquals("my precious notes, definitely not a database", Files.readString(file));
  }

  @Test
  void anotherProgramsSqliteDatabaseIsRefused() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE invoices(id INTEGER)");
    }
    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
    assertTrue(e.getMessage().contains("another program"), e.getMessage());
  }

  @Test
  void aDatabaseFromANewerTutorIsRefused() throws Exception {
    Path file = dir.resolve("t.db");
    Database.open(file).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = " + (Database.latestVersion() + 1));
    }
    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
    assertTrue(e.getMessage().contains("newer tutor"), e.getMessage());
  }

  @Test
  void migrationStatementsAreSplitWithoutComments() {
    assertEquals(
        java.util.List.of("CREATE TABLE a(x)", "CREATE TABLE b(y)"),
        Database.splitStatements("-- one\nCREATE TABLE a(x); -- trailing\nCREATE TABLE b(y);\n"));
  }

  @Test
  void aTriggerIsOneStatementFromCreateToEnd() {
    java.util.List<String> statements =
        Database.splitStatements(
            "CREATE TABLE a(x);\ncreate trigger t AFTER DELETE ON a BEGIN -- why\n"
                + "  DELETE FROM b;\n  DELETE FROM c;\nEND;\nCREATE TABLE b(y);\n");
    assertEquals(3, statements.size(), statements.toString());
    assertEquals("CREATE TABLE a(x)", statements.get(0));
    assertEquals(
        "create trigger t AFTER DELETE ON a BEGIN DELETE FROM b; DELETE FROM c; END",
        statements.get(1).replaceAll("\\s+", " "));
    assertEquals("CREATE TABLE b(y)", statements.get(2));
  }
}
