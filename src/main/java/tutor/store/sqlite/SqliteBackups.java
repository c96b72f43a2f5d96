package tutor.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.store.Backups;
import tutor.store.StoreException;

/** Backups and restores of a SQLite database file: {@link Backup}, {@link Restore}. */
final class SqliteBackups implements Backups {
  private static final Sql SQL = Sql.of(SqliteBackups.class);

  @Override
  public long copy(Path db, Path target) {
    return Backup.copy(db, target);
  }

  @Override
  public List<String> problems(Path file) {
    return Backup.problems(file);
  }

  @Override
  public Restored restore(Path backup, Path db, String stamp, boolean mend) {
    return Restore.restore(backup, db, stamp, mend);
  }

  @Override
  public Erased eraseLearner(Path backup, String learner) {
    return BackupEraser.erase(backup, learner);
  }

  @Override
  public boolean holdsLearner(Path backup, String learner) {
    return BackupEraser.holds(backup, learner);
  }

  @Override
  public Map<String, String> appSettings(Path db, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = DatabaseFile.open(db, true);
        PreparedStatement ps = c.prepareStatement(SQL.get("app-settings"))) {
      ps.setString(1, prefix);
      ps.setString(2, prefix);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException | StoreException ignored) {
      // unreadable settings: none
    }
    return out;
  }
}
