package tutor.packfile;

import java.nio.file.Path;

/** One problem in a pack, located in its file: {@code file:line: message}. */
public record PackError(Path file, int line, String message) {
  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line : file.toString()) + ": " + message;
  }
}
