package tutor.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import tutor.packfile.PackError;
import tutor.packfile.PackException;
import tutor.store.StoreException;

/** The entry point: builds the command line, runs it, maps failures to one line and an exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean interactive = System.console() != null;
    int code = run(new Context(System.getenv(), System.in, out, err, interactive), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs tutor with the given context; what tests call. */
  public static int run(Context ctx, String... args) {
    CommandLine cl = commandLine(ctx);
    return cl.execute(args);
  }

  public static CommandLine commandLine(Context ctx) {
    TutorCommand root = new TutorCommand(ctx);
    CommandLine cl = new CommandLine(root);
    cl.setOut(ctx.out());
    cl.setErr(ctx.err());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = ctx.err();
      int code;
      if (e instanceof PackException pe) {
        for (PackError error : pe.errors()) err.println(error);
        err.println("tutor: the pack has " + pe.errors().size() + (pe.errors().size() == 1 ? " problem" : " problems")
            + "; nothing was installed");
        code = ExitCodes.BAD_INPUT;
      } else if (e instanceof UserException ue) {
        err.println("tutor: " + ue.getMessage());
        code = ue.exitCode();
      } else if (e instanceof StoreException se) {
        err.println("tutor: " + se.getMessage());
        code = ExitCodes.FAILURE;
      } else {
        err.println("tutor: unexpected error: " + e + (root.verbose ? "" : " (run with --verbose for details)"));
        code = ExitCodes.FAILURE;
      }
      if (root.verbose) e.printStackTrace(err);
      err.flush();
      return code;
    });
    return cl;
  }

}
