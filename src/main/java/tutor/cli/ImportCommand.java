package tutor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.store.ExportCsv;
import tutor.store.ExportJson;
import tutor.store.ExportSource;
import tutor.store.ImportRefused;
import tutor.store.Learner;
import tutor.store.LearnerExport;
import tutor.store.LearnerName;
import tutor.store.Portability;
import tutor.store.Store;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Restore a learner from tutor export: a .json file, or a csv export directory.",
      "The learner is added to this database with all their data, exactly as exported. The packs",
      "they studied must be installed here first. A learner of the same name is never touched:",
      "import under another name with --as."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor import tutor-export-sam-20260301-090000.json",
      "  tutor import ~/backups/tutor-export-sam-20260301-090000      (csv directory)",
      "  tutor import me.json --as sam2",
      "  tutor import - < me.json"
    })
final class ImportCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @Parameters(
      paramLabel = "PATH",
      description = "The export: a .json file, a csv directory, or - for JSON on standard input.")
  String path;

  @Option(
      names = "--as",
      paramLabel = "NAME",
      description = "Import under this learner name instead.")
  String as;

  @Option(
      names = "--allow-later-dates",
      // One text, wrapped by Picocli: lines of their own stood out of the options' column.
      description =
          "Import answers dated after the export was made (refused otherwise: an export holds"
              + " nothing later than itself, unless the clock was wrong when they were given)."
              + " Then run tutor doctor --fix to move them back to now.")
  boolean laterDates;

  @Option(
      names = "--mend",
      description =
          "Import an export whose mastery was changed outside tutor (refused otherwise) with the"
              + " mastery its own answers give, as tutor doctor --fix would.")
  boolean mend;

  @Override
  public Integer call() throws IOException {
    if (as != null) {
      String problem = LearnerName.problem(as);
      if (problem != null) {
        throw new UserException(
            ExitCodes.BAD_INPUT, "--as: " + problem + " (" + LearnerName.RULE + ")");
      }
    }
    try {
      return importFrom();
    } catch (com.fasterxml.jackson.core.JsonProcessingException
        | java.io.CharConversionException e) {
      throw malformed(e);
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException
          || e.getCause() instanceof java.io.CharConversionException) {
        throw malformed(e.getCause());
      }
      throw e;
    }
  }

  /**
   * JSON that cannot be read where a value is decoded (text in another encoding than UTF-8, found
   * only when the value is read): the file and the line, in one line, not an unexpected error.
   */
  private UserException malformed(Throwable e) {
    String detail =
        e instanceof com.fasterxml.jackson.core.JsonProcessingException j
            ? j.getOriginalMessage()
            : e.getMessage();
    String line =
        e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
            ? " at line " + j.getLocation().getLineNr()
            : "";
    boolean encoding =
        String.valueOf(detail).contains("UTF-8") || e instanceof java.io.CharConversionException;
    return new UserException(
        ExitCodes.BAD_INPUT,
        "nothing imported: "
            + where()
            + "not a tutor export: "
            + (encoding ? "it is not UTF-8 text" : "the JSON is malformed")
            + line
            + " ("
            + detail
            + ")");
  }

  private int importFrom() throws IOException {
    try (ExportSource source = open()) {
      try {
        source
            .header(); // a file that is no export is refused before anything is backed up or opened
      } catch (ImportRefused e) {
        throw new UserException(
            ExitCodes.BAD_INPUT, "nothing imported: " + where() + e.getMessage());
      }
      if (Files.isRegularFile(root.databasePath())) AutoBackup.before(root, "before-import");
      try (Store store = root.openStore()) {
        Portability.Imported imported;
        try {
          imported =
              store
                  .portability()
                  .importExport(
                      source,
                      as,
                      laterDates,
                      mend ? Portability.MasteryCheck.MEND : Portability.MasteryCheck.REFUSE);
        } catch (ImportRefused e) {
          throw new UserException(
              ExitCodes.BAD_INPUT, "nothing imported: " + where() + e.getMessage());
        }
        Learner learner = imported.learner();
        root.ctx
            .out()
            .println(
                "Imported learner '"
                    + learner.name()
                    + "' ("
                    + LearnerExport.describe(imported.rows())
                    + ").");
        if (!imported.mended().isEmpty()) {
          root.ctx
              .out()
              .println(
                  "Mended: "
                      + (imported.mended().size() == 1
                          ? "1 skill's mastery"
                          : imported.mended().size() + " skills' mastery")
                      + " is now what the answers give, not what the export said:");
          for (String line : imported.mended()) root.ctx.out().println("  " + line);
        }
        boolean current = store.currentLearner(root.clock().instant()).id() == learner.id();
        String quoted = learner.name().contains(" ") ? "'" + learner.name() + "'" : learner.name();
        if (!current) root.ctx.out().println("Study as them with: tutor learner use " + quoted);
      }
    }
    return ExitCodes.OK;
  }

  private String where() {
    return path.equals("-") ? "" : path + ": ";
  }

  private ExportSource open() throws IOException {
    if (path.equals("-")) return ExportJson.source(root.ctx.in());
    Path p = Path.of(path);
    if (Files.isDirectory(p)) return ExportCsv.source(p);
    if (!Files.isRegularFile(p))
      throw new UserException(ExitCodes.BAD_INPUT, "no such file or directory: " + p);
    return ExportJson.source(Files.newInputStream(p));
  }
}
