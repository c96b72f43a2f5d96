package tutor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.importer.ImportException;
import tutor.importer.ImportResult;
import tutor.importer.ImportWarning;
import tutor.importer.Importers;
import tutor.pack.Pack;
import tutor.packfile.PackException;
import tutor.packfile.PackReader;
import tutor.packfile.PackWriter;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Make a pack from an Anki deck (.apkg), CSV/TSV or Markdown.",
      "",
      "  .apkg .colpkg   an Anki deck: a skill per deck and sub-deck; Basic cards",
      "                  become flashcards, Cloze cards cloze exercises; HTML",
      "                  becomes text; images and sound are left out.",
      "  .csv .tsv .txt  columns front, back, and optionally skill and tags",
      "                  (a header row may name them, in any order).",
      "  .md             the Markdown quick-authoring format (docs/pack-format.md).",
      "",
      "The new pack is checked before anything is written; what was skipped is",
      "listed as warnings. Then: tutor pack lint DIR, edit, tutor pack add DIR."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor pack import ~/Downloads/Spanish.apkg --out spanish --id spanish-verbs",
      "  tutor pack import vocabulary.csv",
      "  tutor pack import notes.md --out my-pack --title 'My notes'"
    })
final class PackImportCommand implements Callable<Integer> {
  /** Warnings listed one by one; beyond this, only how many more there are. */
  private static final int LISTED_WARNINGS = 20;

  @ParentCommand PackCommand parent;

  @Parameters(paramLabel = "FILE", description = "The file to import.")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "The pack directory to create (default: ./ID). Must not exist, or be empty.")
  Path out;

  @Option(names = "--id", paramLabel = "ID", description = "The new pack's id (default: from the file name).")
  String id;

  @Option(names = "--title", paramLabel = "TITLE", description = "The new pack's title (default: from the deck or file name).")
  String title;

  @Override
  public Integer call() throws IOException {
    String packId = id != null ? id : Importers.idFor(file);
    if (!PackReader.isValidId(packId)) {
      throw new UserException(ExitCodes.BAD_INPUT, "pack id '" + packId
          + "' should use only lower-case letters, digits, '-', '_' and '.' (choose one with --id)");
    }
    Path target = out != null ? out : Path.of(packId);
    OutPath.requireParent("--out", target);
    if (Files.exists(target) && !isEmptyDirectory(target)) {
      throw new UserException(ExitCodes.BAD_INPUT, target + " already exists and is not empty; choose another --out");
    }
    ImportResult result;
    try {
      result = Importers.read(file, packId, title);
    } catch (ImportException e) {
      throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
    }
    Pack pack = result.pack();
    writeChecked(pack, target);
    PrintWriter err = parent.root.ctx.err();
    List<ImportWarning> warnings = result.warnings();
    warnings.stream().limit(LISTED_WARNINGS).forEach(err::println);
    if (warnings.size() > LISTED_WARNINGS) err.println("... and " + (warnings.size() - LISTED_WARNINGS) + " more warnings");
    parent.root.ctx.out().println("Imported " + PackValidateCommand.count(pack.exercises().size(), "exercise")
        + " in " + PackValidateCommand.count(pack.skills().size(), "skill") + " into " + target
        + (warnings.isEmpty() ? "" : " (" + PackValidateCommand.count(warnings.size(), "warning") + ")") + ".");
    parent.root.ctx.out().println("Next: tutor pack lint " + target + ", then tutor pack add " + target);
    return ExitCodes.OK;
  }

  /**
   * Writes the pack beside {@code target}, reads it back as `pack add` would, and only then moves
   * it into place: a failure leaves nothing behind.
   */
  private static void writeChecked(Pack pack, Path target) throws IOException {
    Path parentDir = target.toAbsolutePath().normalize().getParent();
    if (parentDir == null || !Files.isDirectory(parentDir)) {
      throw new UserException(ExitCodes.BAD_INPUT, "--out " + target + ": the directory " + parentDir + " does not exist");
    }
    // Not createTempDirectory: its owner-only permissions would stay on the pack.
    Path temp = Files.createDirectory(parentDir.resolve(".tutor-import-" + target.getFileName() + "-"
        + ProcessHandle.current().pid()));
    try {
      for (Map.Entry<String, String> f : PackWriter.files(pack).entrySet()) {
        Path p = temp.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      }
      try {
        PackReader.read(temp);
      } catch (PackException e) {
        // The importer should never produce an invalid pack; say so plainly if it did.
        throw new UserException(ExitCodes.FAILURE, "the imported pack does not pass its own check ("
            + e.errors().get(0).message() + "); nothing was written. Please report this.");
      }
      if (Files.isDirectory(target)) Files.delete(target); // empty, checked above
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      if (Files.exists(temp)) deleteTree(temp);
    }
  }

  private static boolean isEmptyDirectory(Path p) {
    if (!Files.isDirectory(p)) return false;
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }
}
