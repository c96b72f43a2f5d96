package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A learner's settings, and the app's (keys and values as text). */
final class Settings {
  private static final Sql SQL = Sql.of(Settings.class);

  private final SqliteStore store;
  private final Connection c;

  Settings(SqliteStore store) {
    this.store = store;
    this.c = store.connection();
  }

  Map<String, String> settings(long learnerId) {
    return store.query(
        () -> {
          Map<String, String> out = new LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("settings"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
          }
          return out;
        });
  }

  void setSetting(long learnerId, String key, String value) {
    store.transaction(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("set-setting"))) {
            ps.setLong(1, learnerId);
            ps.setString(2, key);
            ps.setString(3, value);
            return ps.executeUpdate();
          }
        });
  }

  Optional<String> appSetting(String key) {
    return store.query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("app-setting"))) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  void setAppSetting(String key, String value) {
    store.transaction(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("set-app-setting"))) {
            ps.setString(1, key);
            ps.setString(2, value);
            return ps.executeUpdate();
          }
        });
  }
}
