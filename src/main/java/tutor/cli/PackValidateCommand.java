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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.json.Json;
import tutor.pack.Pack;
import tutor.packfile.PackError;
import tutor.packfile.PackException;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a pack: every error, as file:line:column: message (exit 2 if any).",
      "",
      "Nothing is installed. Exit code 0 when the pack is valid; 2 (bad input, as for",
      "pack add) when it has errors or PATH is not a pack directory or zip."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor pack validate content/unix-shell",
      "  tutor pack validate my-pack.zip",
      "  tutor pack validate . --format json"
    })
final class PackValidateCommand implements Callable<Integer> {
  @ParentCommand PackCommand parent;

  @Parameters(
      paramLabel = "PATH",
      description = "A pack directory (with pack.yaml) or a .zip of one.")
  Path path;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = parent.root.ctx.out();
    int width = TerminalWidth.forProse(parent.root.ctx); // piped: lines whole, for tools
    try (PackSource src = PackSource.open(path)) {
      Pack pack = null;
      List<PackError> errors = List.of();
      try {
        pack = AuthoringInput.read(src).pack();
      } catch (PackException e) {
        errors = e.errors();
      }
      if (format == OutputFormat.json) {
        out.println(json(pack, errors));
      } else if (errors.isEmpty()) {
        TextRows.print(
            out,
            "ok: "
                + pack.id()
                + " "
                + pack.version()
                + ", "
                + count(pack.skills().size(), "skill")
                + ", "
                + count(pack.exercises().size(), "exercise"),
            width);
      } else {
        errors.forEach(e -> TextRows.print(out, e.toString(), width));
        TextRows.print(out, count(errors.size(), "error") + " in " + path, width);
      }
      // An invalid pack is bad input, the same code 'pack add' gives it (README, exit codes).
      return errors.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String json(Pack pack, List<PackError> errors) throws Exception {
    ObjectMapper m = Json.MAPPER;
    ObjectNode o = m.createObjectNode();
    o.put("valid", errors.isEmpty());
    if (pack != null) {
      o.put("pack", pack.id())
          .put("version", pack.version())
          .put("skills", pack.skills().size())
          .put("exercises", pack.exercises().size());
    }
    ArrayNode list = o.putArray("errors");
    for (PackError e : errors) {
      list.addObject()
          .put("file", e.file().toString())
          .put("line", e.line())
          .put("column", e.column())
          .put("message", e.message());
    }
    return m.writerWithDefaultPrettyPrinter().writeValueAsString(o);
  }
}
