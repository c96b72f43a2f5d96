package tutor.importer;

import java.nio.file.Path;

/**
 * Something an importer left out or changed: a row it skipped, media it ignored.
 *
 * @param line where in the input, 1-based; 0 when it has no single place
 */
public record ImportWarning(Path file, int line, String message) {
  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line : file.toString()) + ": warning: " + message;
  }
}
