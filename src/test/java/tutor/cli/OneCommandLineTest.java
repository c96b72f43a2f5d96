package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command line that names its command gets only that one, and one that names none gets the
 * commands as help lists them (a quicker start): the same output and exit code as with every
 * command.
 */
class OneCommandLineTest {
  @TempDir Path dir;

  @Test
  void theTableOfCommandsSaysWhatTheirAnnotationsSay() {
    for (var e : TutorCommand.COMMANDS.entrySet()) {
      picocli.CommandLine.Command a = e.getValue().getAnnotation(picocli.CommandLine.Command.class);
      assertEquals(e.getKey(), a.name(), e.getValue().getName());
      assertEquals(
          0,
          a.aliases().length,
          e.getValue().getName() + " has aliases: add them to TutorCommand.COMMANDS");
    }
  }

  @Test
  void theNamedCommandIsFoundPastTheRootOptions() {
    assertEquals(
        StudyCommand.class, Main.named(new String[] {"--db", "x.db", "study", "--limit", "3"}));
    assertEquals(DueCommand.class, Main.named(new String[] {"--now", "-3d", "--plain", "due"}));
    assertEquals(PackCommand.class, Main.named(new String[] {"pack", "add", "study"}));
    assertEquals(DueCommand.class, Main.named(new String[] {"--db", "study", "due"}));
    assertNull(Main.named(new String[] {"--help"}));
    assertNull(Main.named(new String[] {"stdy"}));
    assertNull(Main.named(new String[] {"--", "study"}));
    assertNull(Main.named(new String[] {}));
  }

  @Test
  void oneCommandAnswersAsAllCommandsWould() {
    String db = dir.resolve("t.db").toString();
    List<String[]> cases =
        List.of(
            new String[] {"--db", db, "due"},
            new String[] {"--db", db, "due", "--days", "0"},
            new String[] {"study", "--bogus"},
            new String[] {"--db", db, "study", "--limit", "1"},
            new String[] {"pack", "add"},
            new String[] {"pack", "--help"},
            new String[] {"stats", "--help"},
            new String[] {"--db", db, "settings", "new-per-day", "5"},
            new String[] {"stdy"},
            new String[] {"stdy", "--help"},
            new String[] {"--db", db},
            new String[] {},
            new String[] {"-h"},
            new String[] {"--plain", "--help"},
            new String[] {"--version"},
            new String[] {"--help"});
    for (String[] args : cases) {
      assertEquals(outcome(true, args), outcome(false, args), String.join(" ", args));
    }
  }

  /** Exit code, output and errors of one run, with only the named command or with all of them. */
  private static String outcome(boolean one, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context ctx =
        new Context(
            Map.of(),
            new ByteArrayInputStream("x\n".getBytes()),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            false);
    int code = one ? Main.run(ctx, args) : Main.commandLine(ctx).execute(args);
    return code + "\n" + out + "\n" + err;
  }
}
