package tutor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.store.AtomicExport;
import tutor.store.ExportJson;
import tutor.store.ExportWriter;
import tutor.store.Learner;
import tutor.store.LearnerExport;
import tutor.store.Printable;
import tutor.store.Store;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write all of the current learner's data to files you keep: the learner, settings, goals,",
      "card states, the review log, mastery, lessons seen, and fitted parameters if any.",
      "json (default) writes one file; csv writes a directory with one file per table.",
      "The formats are described in docs/data-formats.md; tutor import reads them back."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor export                          ./tutor-export-NAME-DATE.json",
      "  tutor export --format csv --out ~/backups",
      "  tutor export --out me.json             ./me.json",
      "  tutor export --out - > me.json        (JSON on standard output)"
    })
final class ExportCommand implements Callable<Integer> {
  enum Format {
    json,
    csv
  }

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @ParentCommand TutorCommand root;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or csv.")
  Format format = Format.json;

  @Option(
      names = "--out",
      paramLabel = "DIR|FILE.json",
      description =
          "Directory to write into (default: the current one), or for json a file name ending in"
              + " .json; - writes JSON to standard output.")
  String out = ".";

  @Override
  public Integer call() throws IOException {
    if (out.equals("-") && format == Format.csv) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "csv is a directory of files; give --out DIR (or use --format json)");
    }
    Instant now = root.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(now);
      if (out.equals("-")) {
        Map<String, Long> rows;
        try (ExportWriter w = ExportJson.writer(root.ctx.out())) {
          rows = store.portability().export(learner, now, w);
        }
        root.ctx.out().println();
        root.ctx.out().flush();
        root.ctx
            .err()
            .println(
                "Exported learner '"
                    + Printable.escape(learner.name())
                    + "': "
                    + LearnerExport.describe(rows)
                    + ".");
        return ExitCodes.OK;
      }
      Path dir = Path.of(out);
      OutPath.requireParent("--out", dir);
      // A name ending in .json is the file itself (as a learner who types --out me.json means),
      // unless a directory of that name is already there.
      boolean file =
          format == Format.json
              && out.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
              && !Files.isDirectory(dir);
      if (!file && Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new UserException(ExitCodes.BAD_INPUT, dir + " is a file; --out takes a directory");
      }
      String name =
          "tutor-export-"
              + learner.name().replaceAll("[^\\p{L}\\p{M}\\p{N}._-]", "_")
              + "-"
              + STAMP.format(now.atZone(ZoneId.systemDefault()));
      Path target = file ? dir : dir.resolve(format == Format.json ? name + ".json" : name);
      if (Files.exists(target)) {
        throw new UserException(
            ExitCodes.BAD_INPUT,
            target
                + (file
                    ? " already exists; an export never overwrites (choose another name)"
                    : " already exists; an export never overwrites (try again in a second)"));
      }
      if (!file) Files.createDirectories(dir); // a file's directory exists (requireParent)
      Map<String, Long> rows =
          AtomicExport.write(
              target, format == Format.csv, w -> store.portability().export(learner, now, w));
      // Fitted to the terminal between words; the path stays whole.
      TextRows.hanging(
              "Exported learner '"
                  + Printable.escape(learner.name())
                  + "' ("
                  + LearnerExport.describe(rows)
                  + ") to "
                  + target,
              TerminalWidth.forProse(root.ctx) - 1)
          .forEach(root.ctx.out()::println);
    }
    return ExitCodes.OK;
  }
}
