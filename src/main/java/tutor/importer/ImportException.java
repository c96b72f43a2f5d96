package tutor.importer;

/** An input that cannot be imported at all, with one line saying why (and what to do). */
public final class ImportException extends Exception {
  public ImportException(String message) {
    super(message);
  }
}
