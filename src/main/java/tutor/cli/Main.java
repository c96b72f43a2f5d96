package tutor.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import tutor.packfile.PackError;
import tutor.packfile.PackException;
import tutor.store.StoreException;

/**
 * The entry point: builds the command line, runs it, maps failures to one line and an exit code.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    EarlyStore early = warmUp(firstWord(args), args, env);
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean interactive = System.console() != null;
    int code = run(new Context(env, System.in, out, err, interactive, early), args);
    if (early != null) early.close();
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs tutor with the given context; what tests call. Picocli reads every annotation of each
   * command class it is given, which costs about as much as the rest of a short command: a command
   * line that names a command gets that one alone, and one that names none (help, a mistake) gets
   * every command as help lists it, without its options.
   */
  public static int run(Context ctx, String... args) {
    try {
      Integer quick = QuickRun.run(ctx, args);
      if (quick != null) return quick;
      args = helpCommand(args);
      Class<?> named = named(args);
      CommandLine cl = commandLine(ctx, c -> named == null ? listing(c) : c == named ? c : null);
      return cl.execute(args);
    } catch (java.nio.file.InvalidPathException e) {
      ctx.err().println("tutor: " + unusablePath(e));
      ctx.err().flush();
      return ExitCodes.BAD_INPUT;
    }
  }

  /**
   * A path Java cannot name: under LC_ALL=C, Java reads the command line and names files in ASCII,
   * so a path with other characters arrives with '?' in their place and cannot be used.
   */
  static String unusablePath(java.nio.file.InvalidPathException e) {
    String charset = System.getProperty("sun.jnu.encoding", "");
    boolean ascii =
        !charset.isEmpty() && !charset.toUpperCase(java.util.Locale.ROOT).contains("UTF");
    return "the path '"
        + e.getInput()
        + "' cannot be used"
        + (ascii
            ? ": this locale's character set ("
                + charset
                + ") cannot write its characters; run tutor under a UTF-8 locale (LC_ALL=C.UTF-8)"
            : " (" + e.getReason() + ")");
  }

  /**
   * A command's failure as one line on standard error (a stack trace with --verbose); its exit
   * code.
   */
  static int failed(Exception e, TutorCommand root, Context ctx) {
    PrintWriter err = ctx.err();
    int code;
    if (e instanceof PackException pe) {
      for (PackError error : pe.errors()) err.println(error);
      err.println(
          "tutor: the pack has "
              + pe.errors().size()
              + (pe.errors().size() == 1 ? " problem" : " problems")
              + "; nothing was installed");
      code = ExitCodes.BAD_INPUT;
    } else if (e instanceof UserException ue) {
      errorLine(ctx, err, ue.getMessage());
      code = ue.exitCode();
    } else if (e instanceof StoreException se) {
      errorLine(ctx, err, se.getMessage());
      code = ExitCodes.FAILURE;
    } else if (e instanceof java.nio.file.FileSystemException fse) {
      errorLine(ctx, err, OutPath.describe(fse));
      code = ExitCodes.FAILURE;
    } else if (e instanceof java.io.UncheckedIOException u
        && u.getCause() instanceof java.nio.file.FileSystemException fse) {
      errorLine(ctx, err, OutPath.describe(fse));
      code = ExitCodes.FAILURE;
    } else if (e instanceof java.nio.file.InvalidPathException ip) {
      err.println("tutor: " + unusablePath(ip));
      code = ExitCodes.BAD_INPUT;
    } else {
      err.println(
          "tutor: unexpected error: "
              + e
              + (root.verbose ? "" : " (run with --verbose for details)"));
      code = ExitCodes.FAILURE;
    }
    if (root.verbose) e.printStackTrace(err);
    err.flush();
    return code;
  }

  /**
   * "tutor: " and what went wrong, one line; at a terminal, wrapped to its width between words (the
   * terminal would break it mid-word), so that a narrow window still reads it. What the message
   * quotes from a hostile file (a parser's view of its bytes, an archive entry's name) cannot act
   * on the terminal or break the line: control characters are shown escaped.
   */
  static void errorLine(Context ctx, PrintWriter err, String message) {
    String line = "tutor: " + tutor.store.Printable.escape(message);
    if (ctx.interactive()) TextRows.print(err, line, TerminalWidth.of(ctx));
    else err.println(line);
  }

  /** The command line with every command. */
  public static CommandLine commandLine(Context ctx) {
    return commandLine(ctx, c -> c);
  }

  /** The command line with, for each command class, what {@code subcommand} gives (null: none). */
  private static CommandLine commandLine(
      Context ctx, java.util.function.Function<Class<?>, Object> subcommand) {
    TutorCommand root = new TutorCommand(ctx);
    CommandLine cl = new CommandLine(root);
    for (Class<?> c : TutorCommand.SUBCOMMANDS) {
      Object sub = subcommand.apply(c);
      if (sub != null) cl.addSubcommand(sub);
    }
    // After the subcommands: these settings reach only the commands added so far.
    cl.setOut(ctx.out());
    cl.setErr(ctx.err());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, root, ctx));
    cl.setParameterExceptionHandler(new UsageErrors(ctx));
    // Help as wide as the terminal (Picocli asks it, and never goes below 55; HelpText lays out
    // what is narrower); piped: 80.
    if (ctx.interactive()) cl.setUsageHelpAutoWidth(true);
    HelpText.apply(cl, ctx.interactive() ? () -> TerminalWidth.of(ctx) : () -> Integer.MAX_VALUE);
    return cl;
  }

  /**
   * While Picocli reads the command line (a tenth of a second), another thread opens the database
   * for study and due (which open it first thing), or else loads SQLite for whatever needs it.
   */
  private static EarlyStore warmUp(String command, String[] args, Map<String, String> env) {
    if (command == null || command.equals("pack"))
      return null; // help, or pack tools that may not open a database
    if (command.equals("study") || command.equals("cram") || command.equals("due")) {
      try {
        Path db = dbOption(args);
        EarlyStore early =
            EarlyStore.start(
                TutorCommand.databasePath(db, new Context(env, null, null, null, false)),
                readsOutlineAhead(command));
        if (early != null) return early;
      } catch (RuntimeException e) {
        // a --db that is no path here: Picocli will say so
      }
    }
    Thread t = new Thread(tutor.store.Stores::warmUp, "warm-up");
    t.setDaemon(true);
    t.start();
    return null;
  }

  /**
   * Whether the early opening also reads every installed exercise in outline: for cramming alone,
   * which goes through every exercise of its scope. A study asks the store for candidates, and
   * reading the outline of a 150,000-exercise collection ahead would make it wait a second.
   */
  static boolean readsOutlineAhead(String command) {
    return "cram".equals(command);
  }

  /** The value of --db on the command line, as Picocli will read it; null without one. */
  private static Path dbOption(String[] args) {
    Path db = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) break;
      if (args[i].equals("--db") && i + 1 < args.length) db = Path.of(args[++i]);
      else if (args[i].startsWith("--db=")) db = Path.of(args[i].substring("--db=".length()));
      else if (args[i].equals("--now")) i++;
    }
    return db;
  }

  /**
   * {@code tutor help study} as {@code tutor study --help}, and {@code tutor help} as {@code tutor
   * --help}: the words after "help" name the command, whatever options come before.
   */
  static String[] helpCommand(String[] args) {
    int at = -1;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) break;
      if (a.equals("--db") || a.equals("--now")) {
        i++;
      } else if (!a.startsWith("-")) {
        if (a.equals("help")) at = i;
        break;
      }
    }
    if (at < 0) return args;
    java.util.List<String> rewritten = new java.util.ArrayList<>(java.util.Arrays.asList(args));
    rewritten.remove(at);
    // "tutor help stdy": no help to show; the mistake is answered as "tutor stdy" would be.
    boolean known = at < rewritten.size() && TutorCommand.COMMANDS.containsKey(rewritten.get(at));
    if (known || at == rewritten.size()) rewritten.add("--help");
    return rewritten.toArray(String[]::new);
  }

  /** A command as the list of commands in help shows it: name, aliases, description; no options. */
  private static CommandLine.Model.CommandSpec listing(Class<?> c) {
    CommandLine.Command a = c.getAnnotation(CommandLine.Command.class);
    CommandLine.Model.CommandSpec spec =
        CommandLine.Model.CommandSpec.create().name(a.name()).aliases(a.aliases());
    spec.usageMessage().header(a.header()).description(a.description()).hidden(a.hidden());
    return spec;
  }

  /**
   * The command {@code args} name: the first word that is neither an option nor the value of --db
   * or --now, if it is a command's name or alias; else null (help, a mistake: all commands).
   */
  static Class<?> named(String[] args) {
    String word = firstWord(args);
    return word == null ? null : TutorCommand.COMMANDS.get(word);
  }

  private static String firstWord(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) return null;
      if (a.equals("--db") || a.equals("--now")) {
        i++;
      } else if (!a.startsWith("-")) {
        return a;
      }
    }
    return null;
  }
}
