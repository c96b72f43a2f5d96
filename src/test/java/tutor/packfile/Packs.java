package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes small packs into a directory and looks at the errors reading them gives. */
final class Packs {
  private Packs() {}

  /** A valid manifest with one skill, {@code a}. */
  static final String MANIFEST =
      """
      id: p
      title: P
      version: 1.0.0
      skills:
        - id: a
          title: A
      """;

  /** A valid text exercise for skill {@code a}, as a list entry under {@code exercises:}. */
  static final String VALID_EXERCISE =
      """
        - id: fine
          skill: a
          type: text
          prompt: Say x
          answers: [x]
      """;

  static Path write(Path dir, String relative, String text) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the manifest and, unless null, {@code exercises/x.yaml}. */
  static Path pack(Path dir, String manifest, String exercises) {
    write(dir, "pack.yaml", manifest);
    if (exercises != null) write(dir, "exercises/x.yaml", exercises);
    return dir;
  }

  /** A pack with {@link #MANIFEST} and the given exercise file. */
  static Path withExercises(Path dir, String exercises) {
    return pack(dir, MANIFEST, exercises);
  }

  static List<PackError> errors(Path dir) {
    return assertThrows(PackException.class, () -> PackReader.read(dir)).errors();
  }

  /** The 1-based number of the first line of {@code text} containing {@code needle}. */
  static int line(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) return i + 1;
    }
    throw new IllegalArgumentException("no line contains '" + needle + "'");
  }

  /**
   * Fails unless one of {@code errors} is in {@code file} at {@code line} and mentions {@code
   * fragment}.
   */
  static PackError assertError(List<PackError> errors, Path file, int line, String fragment) {
    for (PackError e : errors) {
      if (e.file().equals(file) && e.line() == line && e.message().contains(fragment)) return e;
    }
    return fail(
        "expected an error at "
            + file
            + ":"
            + line
            + " mentioning \""
            + fragment
            + "\", got:\n"
            + show(errors));
  }

  static String show(List<PackError> errors) {
    return errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n"));
  }
}
