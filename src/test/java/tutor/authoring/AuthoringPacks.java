package tutor.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tutor.packfile.AuthoredPack;
import tutor.packfile.PackException;
import tutor.packfile.PackReader;

/** Packs for authoring-tool tests: the scaffold, changed a little. */
final class AuthoringPacks {
  private AuthoringPacks() {}

  /** Writes the scaffold of pack "demo" into {@code dir}. */
  static Path scaffold(Path dir) {
    try {
      for (Map.Entry<String, String> f : Scaffold.files("demo", "Demo").entrySet()) {
        Path p = dir.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces {@code from} by {@code to} in a file of the pack; the text must be there. */
  static void edit(Path dir, String file, String from, String to) {
    try {
      Path p = dir.resolve(file);
      String s = Files.readString(p);
      if (!s.contains(from)) throw new IllegalArgumentException(file + " has no '" + from + "'");
      Files.writeString(p, s.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AuthoredPack read(Path dir) {
    try {
      return PackReader.readAuthored(dir);
    } catch (PackException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
