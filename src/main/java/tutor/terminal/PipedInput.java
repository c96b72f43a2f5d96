package tutor.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import tutor.session.SessionEnd;

/** One answer per line from a pipe or file; no prompts are printed. */
public final class PipedInput implements LineInput {
  private final BufferedReader in;

  public PipedInput(BufferedReader in) {
    this.in = in;
  }

  @Override
  public String readLine(String prompt) throws SessionEnd {
    try {
      String line = in.readLine();
      if (line == null) throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
      return line;
    } catch (IOException e) {
      throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
    }
  }

  @Override
  public boolean interactive() {
    return false;
  }

  @Override
  public int width() {
    return 80;
  }

  @Override
  public int height() {
    return Integer.MAX_VALUE;
  }
}
