package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.importer.AnkiHistory;
import tutor.importer.HistoryReplay;
import tutor.importer.ImportException;
import tutor.importer.ImportResult;
import tutor.importer.ImportWarning;
import tutor.importer.Importers;
import tutor.importer.Loss;
import tutor.json.Json;
import tutor.pack.Pack;
import tutor.packfile.PackException;
import tutor.packfile.PackReader;
import tutor.packfile.PackWriter;
import tutor.schedule.FsrsModel;
import tutor.schedule.FsrsParameters;
import tutor.store.Learner;
import tutor.store.Media;
import tutor.store.Portability;
import tutor.store.Store;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Make a pack from an Anki deck (.apkg), CSV/TSV or Markdown.",
      "",
      "  .apkg .colpkg   an Anki deck: a skill per deck and sub-deck; Basic cards",
      "                  become flashcards, \"type in the answer\" cards typed",
      "                  answers, Cloze cards cloze exercises; HTML becomes text;",
      "                  images and sounds are copied into the pack's media/.",
      "  .csv .tsv .txt  columns front, back, and optionally skill and tags",
      "                  (a header row may name them, in any order).",
      "  .md             the Markdown quick-authoring format (docs/pack-format.md).",
      "",
      "The new pack is checked before anything is written. The summary names and",
      "counts everything that could not be kept as it was (cards Anki would not",
      "generate, LaTeX kept as text, tables flattened, missing media, ...).",
      "With --with-history (Anki decks), the pack is also installed and the deck's",
      "review log brought into your progress: each card keeps the due date Anki",
      "gave it, its memory is rebuilt by FSRS from your answers, and",
      "'tutor optimize' can fit your parameters at once.",
      "Otherwise: tutor pack lint DIR, edit, tutor pack add DIR."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor pack import ~/Downloads/Spanish.apkg --out spanish --id spanish-verbs",
      "  tutor pack import ~/Downloads/Spanish.apkg --with-history   (with its schedule)",
      "  tutor pack import vocabulary.csv --format json",
      "  tutor pack import notes.md --out my-pack --title 'My notes'"
    })
final class PackImportCommand implements Callable<Integer> {
  /** Warnings listed one by one; beyond this, only how many more there are. */
  private static final int LISTED_WARNINGS = 20;

  @ParentCommand PackCommand parent;

  @Parameters(paramLabel = "FILE", description = "The file to import.")
  Path file;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The pack directory to create (default: ./ID). Must not exist, or be empty.")
  Path out;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The new pack's id (default: from the file name).")
  String id;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description = "The new pack's title (default: from the deck or file name).")
  String title;

  @Option(
      names = "--with-history",
      description =
          "Anki decks: install the pack and bring the deck's review log and"
              + " schedule into the current learner's progress.")
  boolean withHistory;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws IOException {
    String packId = id != null ? id : Importers.idFor(file);
    if (!PackReader.isValidId(packId)) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "pack id '"
              + packId
              + "' should use only lower-case letters, digits, '-', '_' and '.' (choose one with --id)");
    }
    Path target = out != null ? out : Path.of(packId);
    OutPath.requireParent("--out", target);
    if (Files.exists(target) && !isEmptyDirectory(target)) {
      throw new UserException(
          ExitCodes.BAD_INPUT, target + " already exists and is not empty; choose another --out");
    }
    if (withHistory && !Importers.isAnki(file)) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "--with-history needs an Anki deck (.apkg, .colpkg): "
              + file.getFileName()
              + " has no review history");
    }
    ImportResult result;
    try {
      result = Importers.read(file, packId, title);
    } catch (ImportException e) {
      throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
    }
    Pack pack = result.pack();
    writeChecked(pack, result.media(), target);
    Map<Loss, Integer> losses = new EnumMap<>(Loss.class);
    losses.putAll(result.losses());
    AnkiHistory history = result.history();
    Portability.HistoryWritten written = null;
    String learnerName = null;
    if (history != null && !withHistory && history.rows() > 0)
      losses.put(Loss.HISTORY, history.rows());
    if (withHistory) {
      long suspended =
          history == null
              ? 0
              : history.cards().stream().filter(AnkiHistory.Card::suspended).count();
      if (suspended > 0) losses.put(Loss.SCHEDULE_SUSPENDED, (int) suspended);
      try (Store store = parent.root.openStore()) {
        Instant now = parent.root.clock().instant();
        try (PackSource src = PackSource.open(target)) {
          Pack installed = AuthoringInput.read(src).pack();
          store.installPack(installed, target.toAbsolutePath().toString(), src.contentHash(), now);
          store.media().save(installed.id(), Media.files(src.dir, installed));
        } catch (tutor.packfile.PackException e) {
          throw new UserException(
              ExitCodes.FAILURE,
              "the imported pack cannot be installed (" + e.errors().get(0) + ")");
        }
        Learner learner = store.currentLearner(now);
        learnerName = learner.name();
        if (history != null) {
          FsrsParameters params = tutor.study.LearnerSetup.adoptedParameters(store, learner.id());
          try {
            written =
                store
                    .portability()
                    .importHistory(
                        learner.id(),
                        pack.id(),
                        HistoryReplay.replay(history, new FsrsModel(params)));
          } catch (Portability.HistoryRefused e) {
            throw new UserException(
                ExitCodes.FAILURE, "installed " + pack.id() + ", but " + e.getMessage());
          }
        }
      }
    }
    if (format == OutputFormat.json) {
      parent.root.ctx.out().println(json(result, losses, target, written, learnerName));
      return ExitCodes.OK;
    }
    PrintWriter err = parent.root.ctx.err();
    List<ImportWarning> warnings = result.warnings();
    int width = TerminalWidth.forProse(parent.root.ctx); // piped: lines whole, for tools
    warnings.stream().limit(LISTED_WARNINGS).forEach(w -> TextRows.print(err, w.toString(), width));
    if (warnings.size() > LISTED_WARNINGS)
      err.println("... and " + (warnings.size() - LISTED_WARNINGS) + " more warnings");
    PrintWriter out = parent.root.ctx.out();
    TextRows.print(
        out,
        "Imported "
            + PackValidateCommand.count(pack.exercises().size(), "exercise")
            + " in "
            + PackValidateCommand.count(pack.skills().size(), "skill")
            + (result.media().isEmpty()
                ? ""
                : ", with " + PackValidateCommand.count(result.media().size(), "media file"))
            + " into "
            + target, // no '.' after the path: it is copied
        width);
    if (losses.isEmpty()) {
      out.println("Nothing was lost on the way.");
    } else {
      out.println("Not kept as it was:");
      for (Map.Entry<Loss, Integer> l : losses.entrySet()) {
        List<String> ex = result.lossExamples().getOrDefault(l.getKey(), List.of());
        TextRows.print(
            out,
            "  "
                + l.getKey().line(l.getValue())
                + (ex.isEmpty()
                    ? ""
                    : " ("
                        + String.join(", ", ex)
                        + (l.getValue() > ex.size() ? ", ..." : "")
                        + ")"),
            width);
      }
    }
    if (withHistory) {
      if (written == null) {
        TextRows.print(
            out, "Installed " + pack.id() + "; the deck has no review history to bring.", width);
      } else {
        TextRows.print(
            out,
            "Installed "
                + pack.id()
                + " and brought the deck's history into learner "
                + learnerName
                + ": "
                + PackValidateCommand.count(written.reviews(), "review")
                + ", "
                + PackValidateCommand.count(written.cards(), "card")
                + " keeping the due date Anki gave them.",
            width);
        TextRows.print(
            out,
            "Next: tutor due, tutor study, or tutor optimize to fit your parameters to these"
                + " reviews.",
            width);
      }
    } else {
      out.println("Next: check it, then install it:");
      TextRows.command(out, "tutor pack lint " + TextRows.shellWord(target.toString()), width);
      TextRows.command(out, "tutor pack add " + TextRows.shellWord(target.toString()), width);
    }
    return ExitCodes.OK;
  }

  private static String json(
      ImportResult result,
      Map<Loss, Integer> losses,
      Path target,
      Portability.HistoryWritten written,
      String learner)
      throws IOException {
    ObjectMapper m = Json.MAPPER;
    ObjectNode o = m.createObjectNode();
    o.put("pack", result.pack().id());
    o.put("directory", target.toString());
    o.put("exercises", result.pack().exercises().size());
    o.put("skills", result.pack().skills().size());
    ArrayNode media = o.putArray("media");
    result.media().keySet().stream().sorted().forEach(media::add);
    ArrayNode lost = o.putArray("losses");
    for (Map.Entry<Loss, Integer> l : losses.entrySet()) {
      ObjectNode n = lost.addObject();
      n.put("kind", l.getKey().key());
      n.put("count", l.getValue());
      n.put("unit", l.getKey().unit());
      n.put("description", l.getKey().description());
      ArrayNode ex = n.putArray("examples");
      result.lossExamples().getOrDefault(l.getKey(), List.of()).forEach(ex::add);
    }
    ArrayNode w = o.putArray("warnings");
    for (ImportWarning x : result.warnings()) {
      ObjectNode n = w.addObject();
      n.put("file", x.file().toString());
      if (x.line() > 0) n.put("line", x.line());
      n.put("message", x.message());
    }
    if (written != null) {
      ObjectNode h = o.putObject("history");
      h.put("learner", learner);
      h.put("reviews", written.reviews());
      h.put("cards", written.cards());
    }
    return m.writeValueAsString(o);
  }

  /**
   * Writes the pack beside {@code target}, reads it back as `pack add` would, and only then moves
   * it into place: a failure leaves nothing behind.
   */
  private static void writeChecked(Pack pack, Map<String, byte[]> media, Path target)
      throws IOException {
    Path parentDir = target.toAbsolutePath().normalize().getParent();
    if (parentDir == null || !Files.isDirectory(parentDir)) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "--out " + target + ": the directory " + parentDir + " does not exist");
    }
    // Not createTempDirectory: its owner-only permissions would stay on the pack.
    Path temp =
        Files.createDirectory(
            parentDir.resolve(
                ".tutor-import-" + target.getFileName() + "-" + ProcessHandle.current().pid()));
    try {
      for (Map.Entry<String, String> f : PackWriter.files(pack).entrySet()) {
        Path p = temp.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      }
      for (Map.Entry<String, byte[]> f : media.entrySet()) {
        Path p = temp.resolve(f.getKey()).normalize();
        if (!p.startsWith(temp)) continue; // the importers make safe names; never write elsewhere
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      try {
        PackReader.read(temp);
      } catch (PackException e) {
        // The importer should never produce an invalid pack; say so plainly if it did.
        throw new UserException(
            ExitCodes.FAILURE,
            "the imported pack does not pass its own check ("
                + e.errors().get(0).message()
                + "); nothing was written. Please report this.");
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
