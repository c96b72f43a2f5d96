package tutor.packfile;

import java.nio.file.Path;

/** A place in a pack file; line and column are 1-based, 0 when unknown. */
public record Location(Path file, int line, int column) {
  /** {@code file:line:column}, dropping what is unknown, as editors and compilers print it. */
  @Override
  public String toString() {
    return new PackError(file, line, column, "").location();
  }
}
