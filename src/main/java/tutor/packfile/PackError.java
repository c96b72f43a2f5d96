package tutor.packfile;

import java.nio.file.Path;

/**
 * One problem in a pack, located in its file: {@code file:line:column: message}. Line and column
 * are 1-based; 0 means unknown (a whole file, or a problem that has no one place), and is left out.
 */
public record PackError(Path file, int line, int column, String message) {
  /** A problem located by line only. */
  public PackError(Path file, int line, String message) {
    this(file, line, 0, message);
  }

  @Override
  public String toString() {
    return location() + ": " + message;
  }

  /**
   * {@code file:line:column}, {@code file:line} or {@code file}, as editors and compilers print it.
   */
  public String location() {
    if (line <= 0) return file.toString();
    return file + ":" + line + (column > 0 ? ":" + column : "");
  }
}
