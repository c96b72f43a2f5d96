package tutor.cli;

/** A failure to report to the user in one line, with the exit code it deserves. */
public final class UserException extends RuntimeException {
  private final int exitCode;

  public UserException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
