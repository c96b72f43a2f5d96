package tutor.cli;

/** The exit codes tutor documents in its --help. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int BAD_INPUT = 2;
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
