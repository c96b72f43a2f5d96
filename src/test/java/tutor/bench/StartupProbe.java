package tutor.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The baseline of the startup benchmark: the library work tutor cannot avoid, and nothing else. A
 * Picocli parse, the SQLite database opened and read once, and on a terminal the JLine terminal and
 * line reader built and a prompt shown, in the plainest way (default JVM flags, no threads). It
 * prints what StartupBench waits for: the prompt on a terminal, else "Exercise 1 of 1".
 */
@Command(name = "probe", mixinStandardHelpOptions = true, description = "Startup baseline.")
public final class StartupProbe implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", description = "The database.")
  Path db;

  @Option(names = "--terminal", description = "Build the JLine terminal and reader, and prompt.")
  boolean terminal;

  @Parameters(description = "Anything.")
  List<String> rest;

  public static void main(String[] args) {
    System.exit(new CommandLine(new StartupProbe()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM cards")) {
      rs.next();
    }
    if (!terminal) {
      System.out.println("Exercise 1 of 1");
      return 0;
    }
    try (Terminal t = TerminalBuilder.builder().system(true).build()) {
      LineReader reader = LineReaderBuilder.builder().terminal(t).build();
      reader.readLine("> ");
    }
    return 0;
  }
}
