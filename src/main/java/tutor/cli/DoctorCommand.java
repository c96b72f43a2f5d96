package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.json.Json;
import tutor.store.DoctorReport;
import tutor.store.DoctorReport.Finding;
import tutor.store.Stores;
import tutor.terminal.Style;
import tutor.terminal.Wrap;

@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check the database without changing it: integrity (PRAGMA integrity_check), the schema",
      "version and shape against this tutor's migrations, foreign keys, rows that belong to",
      "nothing, values tutor would never write, dates in the future, and the write-ahead log. Each",
      "problem comes with what to do. --fix removes rows that belong to nothing, repairs the values",
      "it safely can and moves future dates back to now, after an automatic backup (tutor backup",
      "--list; tutor restore NAME to go back).",
      "Exit code 0 when all is well, 1 when a problem was found."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  tutor doctor", "  tutor doctor --format json", "  tutor doctor --fix"})
final class DoctorCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Option(
      names = "--fix",
      description =
          "Delete rows that belong to nothing, repair what is safe, move future"
              + " dates back to now (a backup is made first).")
  boolean fix;

  @Option(names = "--yes", description = "With --fix: do not ask for confirmation.")
  boolean yes;

  @Override
  public Integer call() throws Exception {
    Path db = root.databasePath();
    DoctorReport report = Stores.checkup().check(db, root.clock().instant());
    if (format == OutputFormat.json) {
      root.ctx.out().println(json(report));
    } else {
      print(report, root.style());
    }
    if (fix && !report.repairs().isEmpty()) return repair(db, report);
    return report.healthy() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private int repair(Path db, DoctorReport report) {
    if (!Confirm.ask(
        root.ctx, yes, "Repair what is listed above (after a backup)?", "not repairing")) {
      return ExitCodes.FAILURE;
    }
    AutoBackup.before(root, "before-doctor-fix");
    int deleted = Stores.checkup().repair(db, report.repairs());
    root.ctx.err().println("Repaired " + deleted + (deleted == 1 ? " row." : " rows."));
    DoctorReport after = Stores.checkup().check(db, root.clock().instant());
    if (after.healthy()) {
      root.ctx.err().println("The database is now healthy.");
      return ExitCodes.OK;
    }
    root.ctx
        .err()
        .println("Still " + after.problems() + " problem(s); run tutor doctor to see them.");
    return ExitCodes.FAILURE;
  }

  /** One line per check: status, check, summary; details and what to do indented under it. */
  private void print(DoctorReport report, Style style) {
    PrintWriter out = root.ctx.out();
    out.println("Checking " + report.database());
    String indent = " ".repeat(11);
    // At a terminal its width (the last column free); piped, 80 as before.
    int width = root.ctx.interactive() ? TerminalWidth.of(root.ctx) - 1 : TerminalWidth.PIPED;
    for (Finding f : report.findings()) {
      String status =
          switch (f.status()) {
            case OK -> style.green("ok");
            case NOTE -> style.yellow("note");
            case PROBLEM -> style.red("PROBLEM");
          };
      List<String> lines = Wrap.lines(f.check() + ": " + f.summary(), width, indent);
      out.println(
          "  "
              + status
              + " ".repeat(9 - f.status().label().length())
              + lines.get(0).substring(indent.length()));
      for (String l : lines.subList(1, lines.size())) out.println(l);
      for (String d : f.details())
        out.println(Wrap.text("- " + d, width, indent + "  ").replaceFirst("^ {2}", ""));
      if (!f.advice().isBlank() && f.status() != DoctorReport.Status.OK) {
        out.println(Wrap.text("What to do: " + f.advice(), width, indent));
      }
    }
    long problems = report.problems();
    out.println(
        problems == 0
            ? "All is well."
            : problems
                + (problems == 1 ? " problem" : " problems")
                + " found; see \"What to do\" above.");
  }

  private static String json(DoctorReport report) throws Exception {
    ObjectMapper m = Json.MAPPER;
    ObjectNode o = m.createObjectNode();
    o.put("database", report.database().toString()).put("healthy", report.healthy());
    ArrayNode checks = o.putArray("checks");
    for (Finding f : report.findings()) {
      ObjectNode c =
          checks
              .addObject()
              .put("check", f.check())
              .put("status", f.status().label())
              .put("summary", f.summary());
      ArrayNode details = c.putArray("details");
      f.details().forEach(details::add);
      c.put("advice", f.advice());
    }
    return m.writerWithDefaultPrettyPrinter().writeValueAsString(o);
  }
}
