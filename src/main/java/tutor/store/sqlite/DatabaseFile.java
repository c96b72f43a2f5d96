package tutor.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import tutor.store.StoreException;

/**
 * An existing database file opened as it is: no migration, no pragmas that write. For the tools
 * that look at a database from outside (backup, doctor), which must not change what they look at.
 */
final class DatabaseFile {
  private static final Sql SQL = Sql.of(DatabaseFile.class);

  private DatabaseFile() {}

  /** Whether the file starts with SQLite's header. */
  static boolean isSqlite(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(
          in.readNBytes(16), "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      return false;
    }
  }

  /** Opens {@code file}, which must exist and be an SQLite file; read-only if asked. */
  static Connection open(Path file, boolean readOnly) {
    if (!Files.exists(file)) {
      throw new StoreException(
          "there is no database at " + file + " (tutor creates it on first use)");
    }
    if (Files.isDirectory(file))
      throw new StoreException(file + " is a directory, not a database file");
    if (!isSqlite(file))
      throw new StoreException(file + " is not a tutor database (not an SQLite file)");
    // Where nothing can be written, SQLite could not make the files a WAL database is read with.
    if (readOnly && ReadOnly.database(file)) return Database.readOnlyConnection(file);
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    config.setBusyTimeout(5000);
    try {
      return Driver.connect("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Opens {@code file} and checks that it is a tutor database. */
  static Connection openTutor(Path file, boolean readOnly) {
    Connection c = open(file, readOnly);
    try {
      if (applicationId(c) != Database.APPLICATION_ID) {
        throw new StoreException(
            file + " is an SQLite database of another program, not a tutor database");
      }
      return c;
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the first error is the one to report
      }
      if (e instanceof RuntimeException r) throw r;
      throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The file's application id: {@link Database#APPLICATION_ID} in a tutor database. */
  static int applicationId(Connection c) throws SQLException {
    return intValue(c, SQL.get("application-id"));
  }

  /** The schema version: how many migrations ran on the file. */
  static int userVersion(Connection c) throws SQLException {
    return intValue(c, SQL.get("user-version"));
  }

  static String journalMode(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("journal-mode"))) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  private static int intValue(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
