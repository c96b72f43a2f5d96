package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.authoring.PackStats;
import tutor.json.Json;
import tutor.pack.ExerciseType;
import tutor.pack.Pack;
import tutor.report.ExportFiles;
import tutor.report.ExportReader;
import tutor.report.ItemAnalysis;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Exercises per skill and type, the skill tree, its depth, estimated hours.",
      "",
      "Exercises per skill and type, the prerequisite graph as an indented tree,",
      "its depth, and an estimate of the hours a learner needs (how it is",
      "estimated: docs/pack-format.md). Given learners' exports (tutor export),",
      "also the answers they disputed per exercise (rejected by the key, counted",
      "as right with :dispute), so that you can extend the keys. And the pack's",
      "leeches (exercises learners forget again and again): from the exports,",
      "else from this database's learners when it exists (--db; never created)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor pack stats content/unix-shell",
      "  tutor pack stats . --format json",
      "  tutor pack stats content/unix-shell exports/"
    })
final class PackStatsCommand implements Callable<Integer> {
  @ParentCommand PackCommand parent;

  @Parameters(
      index = "0",
      paramLabel = "PATH",
      description = "A pack directory (with pack.yaml) or a .zip of one.")
  Path path;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "EXPORT",
      description =
          "Learners' exports (JSON files or CSV directories), or directories holding them: list the"
              + " answers they disputed.")
  List<Path> exports = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = parent.root.ctx.out();
    try (PackSource src = PackSource.open(path)) {
      Pack pack = AuthoringInput.readValid(src, path.toString(), parent.root.ctx.err()).pack();
      PackStats stats = PackStats.of(pack);
      List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
      List<ItemAnalysis.ItemStats> items = exports.isEmpty() ? null : disputes(pack, problems);
      Map<String, Integer> leeches = leeches(pack.id(), items);
      if (format == OutputFormat.json) {
        out.println(json(stats, items, leeches));
        return finish(problems);
      }
      out.println(pack.id() + " " + pack.version() + "  " + pack.title());
      out.println(
          PackValidateCommand.count(pack.skills().size(), "skill")
              + ", "
              + PackValidateCommand.count(pack.exercises().size(), "exercise")
              + ": "
              + typeList(stats.types()));
      out.println(
          "Longest prerequisite chain: " + PackValidateCommand.count(stats.depth(), "skill"));
      out.println("Estimated time to learn: " + PackStats.about(stats.estimate()));
      out.println();
      List<String> header = new ArrayList<>(List.of("skill", "exercises"));
      for (ExerciseType t : ExerciseType.values()) header.add(t.yamlName());
      header.addAll(List.of("depth", "hours"));
      List<List<String>> rows = new ArrayList<>();
      rows.add(header);
      for (PackStats.SkillStats s : stats.skills()) {
        List<String> row =
            new ArrayList<>(List.of(s.skill().id(), Integer.toString(s.exercises())));
        for (ExerciseType t : ExerciseType.values())
          row.add(Integer.toString(s.types().getOrDefault(t, 0)));
        row.add(Integer.toString(s.depth()));
        row.add(PackStats.hours(s.estimate()));
        rows.add(row);
      }
      table(rows).forEach(out::println);
      long shared = pack.exercises().stream().filter(e -> e.skills().size() > 1).count();
      if (shared > 0) {
        out.println(
            "("
                + PackValidateCommand.count((int) shared, "exercise")
                + " practising several skills "
                + (shared == 1 ? "counts" : "count")
                + " under each; the total above counts "
                + (shared == 1 ? "it" : "them")
                + " once.)");
      }
      out.println();
      out.println("Prerequisites (each skill under the skills it requires):");
      stats.tree(!parent.root.wordsOnly()).forEach(l -> out.println("  " + l));
      if (items != null) {
        List<String> disputed = ItemsReportOutput.disputedText(items);
        if (disputed.isEmpty()) {
          out.println();
          out.println("No disputed answers in the exports.");
        }
        disputed.forEach(out::println);
      }
      if (leeches != null) {
        String whose = items != null ? "the exports' learners" : "this database's learners";
        out.println();
        out.println(
            leeches.isEmpty()
                ? "Leeches: none among " + whose + "."
                : "Leeches among "
                    + whose
                    + " (exercises forgotten again and again; see docs/mastery.md):");
        leeches.forEach(
            (id, n) ->
                out.println(
                    "  " + id + "  a leech for " + n + (n == 1 ? " learner" : " learners")));
      }
      return finish(problems);
    }
  }

  /**
   * Per exercise, how many learners have it as a leech: those of the exports when given, else those
   * of the database (--db, or the default one); null when there is neither (authoring commands
   * never create a database).
   */
  private Map<String, Integer> leeches(String packId, List<ItemAnalysis.ItemStats> items) {
    if (items != null) {
      Map<String, Integer> out = new java.util.LinkedHashMap<>();
      items.stream()
          .filter(s -> s.leeches() > 0)
          .sorted(java.util.Comparator.comparingInt(ItemAnalysis.ItemStats::leeches).reversed())
          .forEach(s -> out.put(s.exercise(), s.leeches()));
      return out;
    }
    // The learners' leeches where there is a store: none read from a file that does not exist.
    tutor.store.StoreLocation db =
        parent.root.db == null
            ? tutor.store.StoreLocation.of(TutorCommand.databasePath(null, parent.root.ctx))
            : new tutor.store.StoreLocation(parent.root.db);
    if (!db.isPath()) db = parent.root.databaseLocation(); // refused if no adapter keeps it
    else if (!java.nio.file.Files.isRegularFile(db.path())) return null;
    try (tutor.store.Store store = tutor.store.Stores.open(db)) {
      return store.leechLearners(packId);
    }
  }

  /** The exports' answers to this pack, counted (one analysis per thread, merged). */
  private List<ItemAnalysis.ItemStats> disputes(Pack pack, List<String> problems) {
    List<Path> files = ReportCommand.exports(exports);
    ExportReader reader = new ExportFiles();
    ItemAnalysis analysis =
        files.parallelStream()
            .map(f -> ReportCommand.read(reader, f, problems))
            .flatMap(java.util.Optional::stream)
            .collect(() -> new ItemAnalysis(pack), ItemAnalysis::add, ItemAnalysis::merge);
    if (analysis.learners() == 0)
      ReportCommand.finish(parent.root, problems, 0); // none readable: exit 2
    return analysis.result();
  }

  /** Unreadable exports are named on stderr; the exit code is then 1. */
  private int finish(List<String> problems) {
    for (String p : problems) parent.root.ctx.err().println("tutor: skipped " + p);
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private static String typeList(Map<ExerciseType, Integer> types) {
    List<String> parts = new ArrayList<>();
    for (ExerciseType t : ExerciseType.values()) {
      if (types.containsKey(t)) parts.add(types.get(t) + " " + t.yamlName());
    }
    return String.join(", ", parts);
  }

  /** Columns aligned: the first to the left, the others (numbers) to the right. */
  private static List<String> table(List<List<String>> rows) {
    int cols = rows.get(0).size();
    int[] width = new int[cols];
    for (List<String> r : rows)
      for (int i = 0; i < cols; i++) width[i] = Math.max(width[i], r.get(i).length());
    List<String> out = new ArrayList<>();
    for (List<String> r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        String cell = r.get(i);
        if (i == 0) sb.append(cell).append(" ".repeat(width[i] - cell.length()));
        else sb.append("  ").append(" ".repeat(width[i] - cell.length())).append(cell);
      }
      out.add(sb.toString().stripTrailing());
    }
    return out;
  }

  private static String json(
      PackStats stats, List<ItemAnalysis.ItemStats> items, Map<String, Integer> leeches)
      throws Exception {
    ObjectMapper m = Json.MAPPER;
    ObjectNode o = m.createObjectNode();
    Pack p = stats.pack();
    o.put("pack", p.id())
        .put("version", p.version())
        .put("skills", p.skills().size())
        .put("exercises", p.exercises().size())
        .put("depth", stats.depth())
        .put("estimated_hours", Math.round(stats.estimate().toSeconds() / 360.0) / 10.0);
    ObjectNode types = o.putObject("types");
    stats.types().forEach((t, n) -> types.put(t.yamlName(), n));
    ArrayNode skills = o.putArray("skill_stats");
    for (PackStats.SkillStats s : stats.skills()) {
      ObjectNode so =
          skills
              .addObject()
              .put("skill", s.skill().id())
              .put("title", s.skill().title())
              .put("exercises", s.exercises())
              .put("depth", s.depth())
              .put("estimated_hours", Math.round(s.estimate().toSeconds() / 360.0) / 10.0);
      ObjectNode st = so.putObject("types");
      s.types().forEach((t, n) -> st.put(t.yamlName(), n));
      so.putArray("requires")
          .addAll(s.skill().requires().stream().map(m.getNodeFactory()::textNode).toList());
    }
    if (items != null) {
      // Only with exports: per exercise with disputes, the answers learners counted as right.
      ArrayNode disputed = o.putArray("disputed");
      for (ItemAnalysis.ItemStats s : items) {
        if (s.disputed().isEmpty()) continue;
        ObjectNode d =
            disputed
                .addObject()
                .put("exercise", s.exercise())
                .put("skill", s.skill())
                .put("key", s.key())
                .put("count", s.disputedCount());
        ItemsReportOutput.disputedJson(d, s);
      }
    }
    ArrayNode leechList = o.putArray("leeches"); // empty without exports or a database
    if (leeches != null)
      leeches.forEach((id, n) -> leechList.addObject().put("exercise", id).put("learners", n));
    return m.writerWithDefaultPrettyPrinter().writeValueAsString(o);
  }
}
