package tutor.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tutor.pack.Exercise;
import tutor.pack.Pack;

/**
 * The media files (images, sounds) an installed pack's exercises show, kept in the store so that a
 * pack exports and plays without its directory.
 */
public interface Media {
  /** Replaces the media kept for pack {@code packId} with {@code files}, in one transaction. */
  void save(String packId, Map<String, byte[]> files);

  /** The media kept for pack {@code packId}, by path. */
  Map<String, byte[]> load(String packId);

  /**
   * The files {@code pack}'s exercises show, read from the pack directory {@code dir} (already
   * validated: each is a file inside the pack).
   */
  static Map<String, byte[]> files(Path dir, Pack pack) {
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
}
