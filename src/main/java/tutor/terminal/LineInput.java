package tutor.terminal;

import tutor.session.SessionEnd;

/** Where answers come from: a JLine terminal, or piped standard input. */
public interface LineInput {
  String readLine(String prompt) throws SessionEnd;

  /** True for a terminal a person types into. */
  boolean interactive();

  int width();

  /** Rows of the screen, for paging; {@link Integer#MAX_VALUE} when output is not a screen. */
  int height();

  /** What a key does in a pager. */
  enum PageKey {
    NEXT,
    BACK,
    QUIT
  }

  /**
   * Shows a pager's status line and waits for one of its keys: nothing typed is echoed, and keys
   * that mean nothing to a pager are ignored (never taken as Enter). Ctrl-C ends the session as
   * interrupted, Ctrl-D as the end of input. Without a terminal, nothing is paged: Enter.
   */
  default PageKey pageKey(String status) throws SessionEnd {
    return PageKey.NEXT;
  }

  /**
   * What ended a pause: a key (Enter and the pager's keys), or a line typed after ":" there.
   *
   * @param command the line with its ":" (":dispute"); null when a key ended the pause
   */
  record Pause(PageKey key, String command) {
    public static final Pause NEXT = new Pause(PageKey.NEXT, null);
  }

  /**
   * A pause that keeps a verdict on the screen until it is read. As {@link #pageKey}, except that a
   * line typed after ":" is handed back (":dispute", where the verdict says to type it) rather than
   * dropped; and with {@code carryTyping}, any other printable key ends the pause and begins the
   * next line read: an answer begun before the question showed is not lost. Without a terminal,
   * nothing waits: Enter.
   */
  default Pause pause(String status, boolean carryTyping) throws SessionEnd {
    return Pause.NEXT;
  }

  /** Clears the screen, for a pager going back a page; nothing when not a terminal. */
  default void clearScreen() {}
}
