package tutor.store.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.store.StoreException;

/**
 * The media files of installed packs (migration 015), kept in the database with the pack, as its
 * lessons are: installing stores the files the exercises show, exporting the installed pack writes
 * them back.
 */
public final class PackMedia {
  private PackMedia() {}

  /**
   * The files {@code pack}'s exercises show, read from the pack directory {@code dir} (already
   * validated: each is a file inside the pack).
   */
  public static Map<String, byte[]> files(Path dir, Pack pack) {
    Map<String, byte[]> out = new TreeMap<>();
    for (Exercise e : pack.exercises()) {
      for (String m : e.media()) {
        if (out.containsKey(m)) continue;
        try {
          out.put(m, Files.readAllBytes(dir.resolve(m)));
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      }
    }
    return out;
  }

  /** Replaces the media kept for pack {@code packId} with {@code files}, in one transaction. */
  public static void save(SqliteStore store, String packId, Map<String, byte[]> files) {
    Connection c = store.connection();
    store.transaction(
        () -> {
          try (PreparedStatement del =
              c.prepareStatement("DELETE FROM pack_media WHERE pack_id = ?")) {
            del.setString(1, packId);
            del.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO pack_media(pack_id, path, content) VALUES (?,?,?)")) {
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
  public static Map<String, byte[]> load(SqliteStore store, String packId) {
    Connection c = store.connection();
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT path, content FROM pack_media WHERE pack_id = ? ORDER BY path")) {
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
