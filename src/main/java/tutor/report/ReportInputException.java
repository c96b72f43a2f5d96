package tutor.report;

/** An export the reports cannot use, with the reason in one line. */
public final class ReportInputException extends RuntimeException {
  public ReportInputException(String message) {
    super(message);
  }
}
