package tutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.json.Json;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.pack.StoredSkill;
import tutor.packfile.PackReader;
import tutor.report.ExportFiles;
import tutor.report.ExportReader;
import tutor.report.ItemAnalysis;
import tutor.report.LearnerData;
import tutor.report.LearnerOverview;
import tutor.report.ReportInputException;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Reports over many learners' exports, for mentors and pack authors.",
      "",
      "They read the exports given (made with tutor export); no database is needed.",
      "How each figure is computed: docs/reports.md."
    },
    subcommands = {ReportCommand.Learners.class, ReportCommand.Items.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor report learners exports/",
      "  tutor report learners sam.json ana.json --pack content/unix-shell",
      "  tutor report items exports/ --pack content/unix-shell --format csv"
    })
final class ReportCommand implements Callable<Integer> {
  enum Format {
    text,
    csv,
    json
  }

  @ParentCommand TutorCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // A group alone ("tutor pack"): what it offers, as for "tutor" alone.
    spec.commandLine().usage(root.ctx.out());
    return ExitCodes.OK;
  }

  /**
   * The exports named: JSON files and CSV export directories as given; a directory that is not an
   * export stands for the exports directly inside it.
   */
  static List<Path> exports(List<Path> args) {
    List<Path> out = new ArrayList<>();
    for (Path p : args) {
      if (!Files.exists(p))
        throw new UserException(ExitCodes.BAD_INPUT, p + ": no such file or directory");
      if (Files.isDirectory(p) && !Files.exists(p.resolve("manifest.csv"))) {
        try (Stream<Path> list = Files.list(p)) {
          list.filter(
                  x ->
                      x.getFileName().toString().endsWith(".json")
                          || Files.exists(x.resolve("manifest.csv")))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UserException(ExitCodes.FAILURE, p + ": " + e.getMessage());
        }
      } else {
        out.add(p);
      }
    }
    if (out.isEmpty()) throw new UserException(ExitCodes.BAD_INPUT, "no exports found in " + args);
    return out;
  }

  /** A pack to read exercises or skills from (directory or .zip), with its errors as one line. */
  static Pack pack(Path path) {
    try (PackSource source = PackSource.open(path)) {
      return PackReader.read(source.dir);
    } catch (tutor.packfile.PackException e) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          path
              + ": not a valid pack ("
              + e.errors().size()
              + " problems; see: tutor pack validate "
              + path
              + ")");
    }
  }

  /** Reads one export, or reports on stderr why it cannot: one bad file does not spoil a cohort. */
  static Optional<LearnerData> read(ExportReader reader, Path p, List<String> problems) {
    try {
      return Optional.of(reader.read(p));
    } catch (ReportInputException e) {
      problems.add(e.getMessage());
      return Optional.empty();
    }
  }

  static int finish(TutorCommand root, List<String> problems, int read) {
    for (String p : problems) root.ctx.err().println("tutor: skipped " + p);
    if (read == 0)
      throw new UserException(ExitCodes.BAD_INPUT, "none of the exports could be read");
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /** One CSV record, RFC 4180 by Jackson: quoted only where it must be. */
  private static final ObjectWriter CSV_RECORD =
      CsvMapper.builder()
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .build()
          .writerFor(List.class)
          .with(CsvSchema.emptySchema().withLineSeparator(""));

  static String csv(List<?> values) {
    List<String> texts = new ArrayList<>(values.size());
    for (Object v : values) {
      texts.add(
          v == null
              ? "" // an empty field: Jackson skips a null where the schema names no columns
              : v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : v.toString());
    }
    try {
      return CSV_RECORD.writeValueAsString(texts);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // strings into a string: cannot happen
    }
  }

  @Command(
      name = "learners",
      mixinStandardHelpOptions = true,
      description = {
        "A mentor's overview: who is at risk, and why.",
        "",
        "One learner per export: goals and pace, mastery by skill, retention, study",
        "regularity, and whether they are at risk (behind on a goal, retention",
        "falling, study stopped), with the reason; at-risk learners first. Give the",
        "packs (--pack) to check the goals' pace. Exit code 1 when some exports could",
        "not be read (they are named on stderr)."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  tutor report learners exports/",
        "  tutor report learners sam.json ana.json --pack content/unix-shell",
        "  tutor report learners exports/ --format csv > learners.csv"
      })
  static final class Learners implements Callable<Integer> {
    @ParentCommand ReportCommand parent;

    @Parameters(
        paramLabel = "EXPORT",
        arity = "1..*",
        description = "Exports (JSON files or CSV directories), or directories holding them.")
    List<Path> args;

    @Option(
        names = "--pack",
        paramLabel = "PATH",
        description = "A pack (directory or .zip) the goals refer to; repeatable.")
    List<Path> packPaths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv or json.")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
      TutorCommand root = parent.root;
      Map<String, List<StoredSkill>> packs = new LinkedHashMap<>();
      // Each exercise's skills: with the exported cards, a skill being forgotten shows as fading.
      Map<String, Map<String, List<String>>> exercises = new LinkedHashMap<>();
      // Each answer's chance of a guess: "mastered" weighs the answers against it, as stats does.
      Map<tutor.pack.SkillKey, Map<String, Double>> guesses = new java.util.HashMap<>();
      for (Path p : packPaths) {
        Pack pack = pack(p);
        List<StoredSkill> skills = new ArrayList<>();
        int i = 0;
        for (Skill s : pack.skills()) skills.add(new StoredSkill(pack.id(), s, i++));
        packs.put(pack.id(), skills);
        Map<String, List<String>> skillsOf = new LinkedHashMap<>();
        for (tutor.pack.Exercise e : pack.exercises()) skillsOf.put(e.id(), e.skills());
        exercises.put(pack.id(), skillsOf);
        guesses.putAll(LearnerOverview.guesses(pack));
      }
      List<Path> files = exports(args);
      ExportReader reader = new ExportFiles();
      List<String> problems = Collections.synchronizedList(new ArrayList<>());
      List<LearnerOverview> rows =
          new ArrayList<>(
              files.parallelStream()
                  .map(
                      f ->
                          read(reader, f, problems)
                              .map(d -> LearnerOverview.of(d, packs, exercises, guesses)))
                  .flatMap(Optional::stream)
                  .toList());
      // at risk first, then by name: the learners who need a word come to the top
      rows.sort(
          (a, b) ->
              a.atRisk() != b.atRisk()
                  ? (a.atRisk() ? -1 : 1)
                  : a.learner().compareTo(b.learner()));
      PrintWriter out = root.ctx.out();
      switch (format) {
        case json -> out.println(LearnersReportOutput.json(rows));
        case csv -> LearnersReportOutput.csv(rows).forEach(out::println);
        case text -> LearnersReportOutput.text(rows).forEach(out::println);
      }
      out.flush();
      return finish(root, problems, rows.size());
    }
  }

  @Command(
      name = "items",
      mixinStandardHelpOptions = true,
      description = {
        "Item analysis for pack authors: which exercises look broken.",
        "",
        "Per exercise, from many learners' answers: attempts, success rate, mean",
        "response time, discrimination (upper minus lower 27%% of learners by mastery",
        "of its skill), hints used, and the answers the key rejects most often. Flags",
        "items that look broken: everyone fails, nobody fails, negative",
        "discrimination, a wrong answer more popular than the right one. Exit code 1",
        "when some exports could not be read (they are named on stderr)."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  tutor report items exports/ --pack content/unix-shell",
        "  tutor report items a.json b.json --pack unix-shell.zip --format json",
        "  tutor report items exports/ --pack content/git --format csv > items.csv"
      })
  static final class Items implements Callable<Integer> {
    @ParentCommand ReportCommand parent;

    @Parameters(
        paramLabel = "EXPORT",
        arity = "1..*",
        description = "Exports (JSON files or CSV directories), or directories holding them.")
    List<Path> args;

    @Option(
        names = "--pack",
        required = true,
        paramLabel = "PATH",
        description = "The pack (directory or .zip).")
    Path packPath;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv or json.")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
      TutorCommand root = parent.root;
      Pack pack = pack(packPath);
      List<Path> files = exports(args);
      ExportReader reader = new ExportFiles();
      List<String> problems = Collections.synchronizedList(new ArrayList<>());
      // One analysis per worker thread, merged at the end: learners are counted, never kept.
      ItemAnalysis analysis =
          files.parallelStream()
              .map(f -> read(reader, f, problems))
              .flatMap(Optional::stream)
              .collect(() -> new ItemAnalysis(pack), ItemAnalysis::add, ItemAnalysis::merge);
      List<ItemAnalysis.ItemStats> items = analysis.result();
      PrintWriter out = root.ctx.out();
      switch (format) {
        case json -> out.println(ItemsReportOutput.json(analysis, items));
        case csv -> ItemsReportOutput.csv(items).forEach(out::println);
        case text -> ItemsReportOutput.text(analysis, items).forEach(out::println);
      }
      out.flush();
      return finish(root, problems, analysis.learners());
    }
  }

  static ObjectMapper mapper() {
    return Json.MAPPER;
  }

  static void putNumber(ObjectNode o, String name, Double v) {
    if (v == null || v.isNaN()) o.putNull(name);
    else o.put(name, v);
  }

  static ArrayNode strings(ObjectNode o, String name, List<String> values) {
    ArrayNode a = o.putArray(name);
    values.forEach(a::add);
    return a;
  }
}
