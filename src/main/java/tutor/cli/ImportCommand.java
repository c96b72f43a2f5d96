package tutor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.store.ExportCsv;
import tutor.store.ExportJson;
import tutor.store.Importer;
import tutor.store.Learner;
import tutor.store.LearnerExport;
import tutor.store.SqliteStore;

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

  @Parameters(paramLabel = "PATH", description = "The export: a .json file, a csv directory, or - for JSON on standard input.")
  String path;

  @Option(names = "--as", paramLabel = "NAME", description = "Import under this learner name instead.")
  String as;

  @Override
  public Integer call() throws IOException {
    if (as != null && !LearnerCommand.NAME.matcher(as.strip()).matches()) {
      throw new UserException(ExitCodes.BAD_INPUT, "learner name '" + as
          + "' should be 1-40 letters, digits, spaces, '.', '_' or '-'");
    }
    LearnerExport data;
    try {
      data = read();
    } catch (Importer.Refused e) {
      throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UserException(ExitCodes.BAD_INPUT, path + " is not UTF-8 text, so not a tutor export (tutor export"
          + " writes UTF-8); nothing imported");
    }
    String name = as != null ? as.strip() : data.learner();
    try (SqliteStore store = root.openStore()) {
      Learner learner;
      try {
        learner = Importer.restore(store, data, name);
      } catch (Importer.Refused e) {
        throw new UserException(ExitCodes.BAD_INPUT, "nothing imported: " + e.getMessage());
      }
      root.ctx.out().println("Imported learner '" + learner.name() + "' (" + data.describe() + ").");
      boolean current = store.currentLearner(root.clock().instant()).id() == learner.id();
      String quoted = learner.name().contains(" ") ? "'" + learner.name() + "'" : learner.name();
      if (!current) root.ctx.out().println("Study as them with: tutor learner use " + quoted);
    }
    return ExitCodes.OK;
  }

  private LearnerExport read() throws IOException {
    if (path.equals("-")) return ExportJson.read(new String(root.ctx.in().readAllBytes(), StandardCharsets.UTF_8));
    Path p = Path.of(path);
    if (Files.isDirectory(p)) return ExportCsv.read(p);
    if (!Files.isRegularFile(p)) throw new UserException(ExitCodes.BAD_INPUT, "no such file or directory: " + p);
    return ExportJson.read(Files.readString(p, StandardCharsets.UTF_8));
  }
}
