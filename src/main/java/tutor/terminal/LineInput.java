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
}
