package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import tutor.store.Media;
import tutor.store.StoreException;

/**
 * The media files of installed packs (migration 015), kept in the database with the pack, as its
 * lessons are: installing stores the files the exercises show, exporting the installed pack writes
 * them back.
 */
final class PackMedia implements Media {
  private static final Sql SQL = Sql.of(PackMedia.class);

  private final SqliteStore store;

  PackMedia(SqliteStore store) {
    this.store = store;
  }

  /** Replaces the media kept for pack {@code packId} with {@code files}, in one transaction. */
  @Override
  public void save(String packId, Map<String, byte[]> files) {
    Connection c = store.connection();
    store.transaction(
        () -> {
          try (PreparedStatement del = c.prepareStatement(SQL.get("delete-media"))) {
            del.setString(1, packId);
            del.executeUpdate();
          }
          try (PreparedStatement ps = c.prepareStatement(SQL.get("insert-media"))) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
              ps.setString(1, packId);
              ps.setString(2, f.getKey());
              ps.setBytes(3, f.getValue());
              ps.executeUpdate();
            }
          }
          return null;
        });
  }

  /** The media kept for pack {@code packId}, by path. */
  @Override
  public Map<String, byte[]> load(String packId) {
    Connection c = store.connection();
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("load-media"))) {
      ps.setString(1, packId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.put(rs.getString(1), rs.getBytes(2));
      }
    } catch (java.sql.SQLException e) {
      throw new StoreException(
          "cannot read the media of pack '" + packId + "': " + e.getMessage(), e);
    }
    return out;
  }
}
