package tutor.session;

/** The learner ended the session: :quit, end of input (Ctrl-D) or Ctrl-C. */
public final class SessionEnd extends Exception {
  public enum Cause {
    QUIT,
    END_OF_INPUT,
    INTERRUPT
  }

  private final Cause cause;

  public SessionEnd(Cause cause) {
    super(cause.name(), null, false, false);
    this.cause = cause;
  }

  public Cause why() {
    return cause;
  }
}
