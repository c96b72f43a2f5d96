package tutor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.IntFunction;
import tutor.session.SessionEnd;
import tutor.terminal.JLineInput;
import tutor.terminal.Pager;

/**
 * Long output (a lesson, the statistics) a screenful at a time when it goes to a terminal, made for
 * the terminal's width; all at once, 80 columns wide, when piped.
 */
final class Paged {
  private Paged() {}

  /** Prints the lines {@code linesFor} makes for a width; the exit code (130 after Ctrl-C). */
  static int print(TutorCommand root, IntFunction<List<String>> linesFor) throws IOException {
    if (!root.ctx.interactive()) return all(root, linesFor);
    try (JLineInput input = JLineInput.on(root.ctx.terminals().open())) {
      // A terminal JLine cannot drive (TERM=dumb, or no terminal at all behind the console):
      // nothing to page with, so all at once.
      if (input.terminal().getType().startsWith("dumb")) return all(root, linesFor);
      PrintWriter out = input.terminal().writer();
      try {
        new Pager(input, out, root.style())
            .show(linesFor.apply(input.width()), input.height() - 1, null, "quit");
      } catch (SessionEnd e) {
        out.println();
        out.flush();
        return e.why() == SessionEnd.Cause.INTERRUPT ? ExitCodes.INTERRUPTED : ExitCodes.OK;
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static int all(TutorCommand root, IntFunction<List<String>> linesFor) {
    PrintWriter out = root.ctx.out();
    linesFor.apply(80).forEach(out::println);
    out.flush();
    return ExitCodes.OK;
  }
}
