package tutor.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Opens a tutor database: refuses files that are not one (or come from a newer tutor), sets the
 * pragmas, and applies the numbered migrations in {@code tutor/store/migrations/}.
 */
public final class Database {
  /** "TUTR": marks the file as ours in the SQLite header. */
  static final int APPLICATION_ID = 0x54555452;

  /** Applied in order; schema version N means the first N have been applied. */
  static final List<String> MIGRATIONS = List.of("001-initial.sql", "002-lessons-goals.sql",
      "003-fsrs-parameters.sql", "005-confidence.sql", "006-near-miss.sql", "007-exercise-outline.sql",
      "008-pack-outline.sql", "009-units.sql", "010-shown-disputed.sql", "011-evidence.sql",
      "012-leeches.sql");

  private Database() {}

  public static int latestVersion() {
    return MIGRATIONS.size();
  }

  public static Connection open(Path file) {
    checkHeader(file);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("cannot create the directory for " + file + ": " + e.getMessage(), e);
    }
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
    }
    try {
      checkOwnership(c, file);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA foreign_keys = ON");
        s.execute("PRAGMA busy_timeout = 5000");
        // WAL + synchronous=NORMAL: a crash of tutor (or Ctrl-C) loses no committed answer; a power
        // failure may lose the last few commits but never corrupts the database.
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
      }
      migrate(c);
      return c;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException(describe(file, e), e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static String describe(Path file, SQLException e) {
    String msg = String.valueOf(e.getMessage());
    if (msg.contains("SQLITE_NOTADB") || msg.contains("not a database")) {
      return file + " is not a tutor database (not an SQLite file)";
    }
    if (msg.contains("SQLITE_CORRUPT") || msg.contains("malformed")) {
      return file + " is damaged (" + msg + "); run tutor doctor to see what is wrong, or restore a backup";
    }
    return "database " + file + ": " + msg;
  }

  private static void checkHeader(Path file) {
    if (!Files.exists(file)) return;
    if (Files.isDirectory(file)) throw new StoreException(file + " is a directory, not a database file");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(16);
      if (head.length == 0) return; // an empty file becomes a new database
      byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
      if (!Arrays.equals(head, magic)) {
        throw new StoreException(file + " is not a tutor database (not an SQLite file); choose another --db path");
      }
    } catch (IOException e) {
      throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void checkOwnership(Connection c, Path file) throws SQLException {
    int appId = intPragma(c, "application_id");
    int version = intPragma(c, "user_version");
    if (appId == 0 && version == 0) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
        if (rs.next() && rs.getInt(1) > 0) {
          throw new StoreException(file + " is an SQLite database of another program, not a tutor database");
        }
      }
      return;
    }
    if (appId != APPLICATION_ID) {
      throw new StoreException(file + " is an SQLite database of another program, not a tutor database");
    }
    if (version > latestVersion()) {
      throw new StoreException(file + " was written by a newer tutor (schema " + version
          + "; this tutor knows up to " + latestVersion() + "); update tutor");
    }
  }

  static int schemaVersion(Connection c) throws SQLException {
    return intPragma(c, "user_version");
  }

  private static int intPragma(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static void migrate(Connection c) throws SQLException {
    int version = schemaVersion(c);
    for (int i = version; i < MIGRATIONS.size(); i++) {
      String sql = resource("migrations/" + MIGRATIONS.get(i));
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String statement : splitStatements(sql)) s.execute(statement);
        s.execute("PRAGMA application_id = " + APPLICATION_ID);
        s.execute("PRAGMA user_version = " + (i + 1));
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  /** Splits a migration file into statements (our migrations keep ';' out of strings). */
  static List<String> splitStatements(String sql) {
    StringBuilder noComments = new StringBuilder();
    for (String line : sql.split("\n")) {
      int dash = line.indexOf("--");
      noComments.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
    }
    return Arrays.stream(noComments.toString().split(";"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String resource(String name) {
    try (InputStream in = Database.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing; the first error is the one to report
    }
  }
}
