package tutor.store.sqlite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tutor.store.Backups;
import tutor.store.Durable;
import tutor.store.StoreException;

/**
 * A learner taken out of a backup file, every other learner's data kept: the backup is copied, the
 * learner's rows deleted from the copy, the copy rebuilt (VACUUM, so no free page still holds their
 * bytes) and checked — sound, the learner gone, and every other row of every table the same as in
 * the backup — and only then put in the backup's place in one rename. A backup that cannot be
 * rewritten so is left as it was and said to be.
 */
final class BackupEraser {
  private static final Sql SQL = Sql.of(BackupEraser.class);

  private BackupEraser() {}

  /** Whether {@code backup} holds the learner; true when it cannot be read (it may). */
  static boolean holds(Path backup, String learner) {
    try (Connection c = DatabaseFile.open(backup, true)) {
      return learnerId(c, learner) >= 0;
    } catch (SQLException | StoreException e) {
      return true;
    }
  }

  static Backups.Erased erase(Path backup, String learner) {
    // a look first: most backups of a long-kept database predate a learner added later
    if (!holds(backup, learner)) return Backups.Erased.notIn(backup);
    List<String> problems = Backup.problems(backup);
    if (!problems.isEmpty()) return Backups.Erased.failed(backup, String.join("; ", problems));
    Path dir = backup.toAbsolutePath().getParent();
    Path temp = Durable.partial(dir, backup.getFileName().toString());
    try {
      long id;
      String kept;
      // read-write: a database moved aside by restore may still have its log to read
      try (Connection c = DatabaseFile.open(backup, false)) {
        id = learnerId(c, learner);
        if (id < 0) return Backups.Erased.notIn(backup);
        kept = digestWithout(c, id, learner);
        try (PreparedStatement ps = c.prepareStatement(SQL.get("snapshot"))) {
          ps.setString(1, temp.toString());
          ps.execute();
        }
      }
      try (Connection c = DatabaseFile.open(temp, false)) {
        try (Statement s = c.createStatement()) {
          s.execute(SQL.get("foreign-keys-on"));
          s.execute(SQL.get("secure-delete-on"));
        }
        c.setAutoCommit(false);
        deleteRows(c, id, learner);
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute(SQL.get("vacuum"));
        }
        if (learnerId(c, learner) >= 0 || !digestWithout(c, id, learner).equals(kept)) {
          return Backups.Erased.failed(
              backup, "its copy without them did not keep every other row as it was");
        }
      }
      List<String> after = Backup.problems(temp);
      if (!after.isEmpty())
        return Backups.Erased.failed(backup, "its copy without them: " + String.join("; ", after));
      FileTime taken = Files.getLastModifiedTime(backup); // its age decides its rotation
      Files.setLastModifiedTime(temp, taken);
      Durable.force(temp);
      // A log left beside the backup's name would be replayed onto the new file: gone first.
      for (String suffix : List.of("-wal", "-shm", "-journal"))
        Files.deleteIfExists(Path.of(backup + suffix));
      Files.move(temp, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Durable.forceDirectory(dir);
      return Backups.Erased.rewritten(backup);
    } catch (SQLException | IOException | StoreException e) {
      return Backups.Erased.failed(backup, String.valueOf(e.getMessage()));
    } finally {
      Backup.deleteWithJournal(temp);
    }
  }

  private static long learnerId(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("learner-id"))) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  /** Deletes what LearnerEraser deletes, read from the backup's own schema (it may be older). */
  private static void deleteRows(Connection c, long id, String name) throws SQLException {
    List<String> tables = new ArrayList<>(LearnerTables.names(c));
    java.util.Collections.reverse(tables); // rows that refer to others go first
    for (String t : tables) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + LearnerTables.quote(t) + " WHERE learner_id = ?")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = c.prepareStatement(SQL.get("forget-current-learner"))) {
      ps.setString(1, SqliteStore.CURRENT_LEARNER);
      ps.setString(2, name);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(SQL.get("delete-learner-app-settings"))) {
      ps.setString(1, "*:" + id);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(SQL.get("delete-learner"))) {
      ps.setLong(1, id);
      ps.executeUpdate(); // streak_marks follow by their foreign key
    }
  }

  /**
   * A digest of every row of every table but the learner's own rows (theirs by learner_id, by their
   * id in learners, by learner in streak_marks, their settings in app_settings), each table's rows
   * in sorted order: equal before and after means every other row was kept as it was.
   */
  private static String digestWithout(Connection c, long id, String name) throws SQLException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("tables"))) {
      while (rs.next()) tables.add(rs.getString(1));
    }
    for (String t : tables) {
      List<LearnerTables.Column> columns = LearnerTables.columns(c, t);
      List<String> names = columns.stream().map(LearnerTables.Column::name).toList();
      String where;
      if (names.contains("learner_id")) where = "learner_id IS NOT " + id;
      else if (t.equals("learners")) where = "id IS NOT " + id;
      else if (t.equals("streak_marks")) where = "learner IS NOT " + id;
      else if (t.equals("app_settings"))
        where =
            "NOT (key GLOB '*:"
                + id
                + "') AND NOT (key = '"
                + SqliteStore.CURRENT_LEARNER
                + "' AND value = ?)";
      else where = "1";
      String order = String.join(", ", names.stream().map(LearnerTables::quote).toList());
      String sql =
          "SELECT * FROM " + LearnerTables.quote(t) + " WHERE " + where + " ORDER BY " + order;
      md.update(t.getBytes(StandardCharsets.UTF_8));
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        if (sql.contains("?")) ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              Object v = rs.getObject(i);
              md.update(
                  (v == null
                          ? "\u0000null"
                          : v instanceof byte[] b
                              ? HexFormat.of().formatHex(b)
                              : v.getClass().getSimpleName() + ":" + v)
                      .getBytes(StandardCharsets.UTF_8));
              md.update((byte) 0x1f);
            }
            md.update((byte) 0x1e);
          }
        }
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
