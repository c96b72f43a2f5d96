package tutor.packfile;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that cannot be used, with every problem found in it. */
public final class PackException extends Exception {
  private final List<PackError> errors;

  public PackException(List<PackError> errors) {
    super(errors.stream().map(PackError::toString).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public PackException(PackError error) {
    this(List.of(error));
  }

  public List<PackError> errors() {
    return errors;
  }
}
