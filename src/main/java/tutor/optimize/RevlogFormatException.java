package tutor.optimize;

/** A review-log file that cannot be read, with the file, line and field at fault. */
public final class RevlogFormatException extends RuntimeException {
  public RevlogFormatException(String message) {
    super(message);
  }
}
