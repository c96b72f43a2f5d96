package tutor.packfile;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that cannot be used, with every problem found in it. */
public final class PackException extends Exception {
  private final List<PackError> errors;

  public PackException(List<PackError> errors) {
    this.errors = inFileOrder(errors);
  }

  @Override
  public String getMessage() {
    return errors.stream().map(PackError::toString).collect(Collectors.joining("\n"));
  }

  /**
   * The problems as a compiler lists them: file by file (in the order the files were read), each
   * file's from its top; problems of one place keep the order they were found in.
   */
  private static List<PackError> inFileOrder(List<PackError> errors) {
    java.util.Map<java.nio.file.Path, Integer> files = new java.util.HashMap<>();
    for (PackError e : errors) files.putIfAbsent(e.file(), files.size());
    return errors.stream()
        .sorted(
            java.util.Comparator.<PackError>comparingInt(e -> files.get(e.file()))
                .thenComparingInt(PackError::line)
                .thenComparingInt(PackError::column))
        .toList();
  }

  public PackException(PackError error) {
    this(List.of(error));
  }

  public List<PackError> errors() {
    return errors;
  }
}
