package tutor.cli;

import java.util.concurrent.Callable;

/**
 * {@code tutor study} and {@code tutor due} with no options of their own (the root's --db, --now,
 * --plain and --verbose are fine), run without Picocli. Picocli reads the commands' annotations by
 * reflection, and Java makes annotation objects at run time, which no class-data archive can hold:
 * a third of a short command's time (about 110 ms of 300). Anything else it declines (null), and
 * Picocli runs it, help and mistakes included. A test holds the two to the same output.
 */
final class QuickRun {
  private QuickRun() {}

  /** The exit code of the command, or null when Picocli should read this command line. */
  static Integer run(Context ctx, String[] args) {
    TutorCommand root = new TutorCommand(ctx);
    String command = null;
    boolean db = false;
    boolean now = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = null;
      String option = a;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        option = a.substring(0, eq);
        value = a.substring(eq + 1);
      } else if ((a.equals("--db") || a.equals("--now")) && i + 1 < args.length) {
        value = args[++i];
      }
      switch (option) {
        case "--db" -> {
          if (db || value == null || value.isEmpty() || value.startsWith("-")) return null;
          root.db = value;
          db = true;
        }
        case "--now" -> {
          if (now || value == null || value.isEmpty() || value.startsWith("-")) return null;
          root.now = value;
          now = true;
        }
        case "--plain" -> {
          if (root.plain || value != null) return null;
          root.plain = true;
        }
        case "--verbose" -> {
          if (root.verbose || value != null) return null;
          root.verbose = true;
        }
        case "study", "due" -> {
          if (command != null) return null;
          command = a;
        }
        default -> {
          return null; // an option of the command, help, a mistake: Picocli's
        }
      }
    }
    if (command == null) return null;
    Callable<Integer> c;
    if (command.equals("study")) {
      StudyCommand study = new StudyCommand();
      study.root = root;
      c = study;
    } else {
      DueCommand due = new DueCommand();
      due.root = root;
      c = due;
    }
    try {
      return c.call();
    } catch (Exception e) {
      return Main.failed(e, root, ctx);
    }
  }
}
