package tutor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Asks before data is destroyed: a yes/no question on a terminal; without a terminal, only {@code
 * --yes} confirms, and the refusal says so.
 */
final class Confirm {
  private Confirm() {}

  /**
   * Whether to go ahead. {@code what} names the action for the refusal ("not deleting learner
   * 'sam'"); the question goes to standard error so that standard output stays clean.
   */
  static boolean ask(Context ctx, boolean yes, String question, String what) {
    if (yes) return true;
    if (!ctx.interactive()) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          what
              + ": standard input is not a terminal, so there is"
              + " no one to ask; add --yes to confirm");
    }
    // Fitted to the terminal (at 50 columns an 80-column question broke mid-word), between
    // words; a path in it stays whole.
    ctx.err()
        .print(
            String.join("\n", TextRows.hanging(question + " [y/N]", TerminalWidth.of(ctx) - 2))
                + " ");
    ctx.err().flush();
    String answer;
    try {
      answer =
          new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      answer = null;
    }
    boolean ok =
        answer != null
            && switch (answer.strip().toLowerCase(Locale.ROOT)) {
              case "y", "yes" -> true;
              default -> false;
            };
    if (!ok) ctx.err().println("Nothing was changed.");
    return ok;
  }
}
