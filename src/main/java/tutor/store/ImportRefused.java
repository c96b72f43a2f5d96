package tutor.store;

/** Why an export cannot be imported; the message says what to do. */
public final class ImportRefused extends RuntimeException {
  public ImportRefused(String message) {
    super(message);
  }
}
