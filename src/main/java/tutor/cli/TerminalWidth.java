package tutor.cli;

import org.jline.terminal.Terminal;

/**
 * How wide a command's output may be: the terminal's width at a terminal (asked through JLine, as a
 * session does), else 80, the width help and piped output are written for.
 */
final class TerminalWidth {
  static final int PIPED = 80;

  private TerminalWidth() {}

  /**
   * The width for prose (sentences, not tables): the terminal's; piped, lines stay whole, as
   * placement writes them, for the reader's own tools.
   */
  static int forProse(Context ctx) {
    return ctx.interactive() ? of(ctx) : Integer.MAX_VALUE / 2;
  }

  static int of(Context ctx) {
    if (!ctx.interactive()) return PIPED;
    try (Terminal t = ctx.terminals().open()) {
      int w = t.getWidth();
      return w > 0 ? w : PIPED;
    } catch (java.io.IOException | RuntimeException e) {
      return PIPED; // no terminal to ask: the usual width
    }
  }
}
