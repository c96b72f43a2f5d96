package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.authoring.ExampleRunner;
import tutor.authoring.LintWarning;
import tutor.authoring.Linter;
import tutor.json.Json;
import tutor.kind.AnswerGrader;
import tutor.packfile.AuthoredPack;
import tutor.packfile.Location;

@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Warn about what is valid but probably not intended (exit 0; 1 with --strict).",
      "",
      "Skills with few exercises, exercises without an explanation or hint, long or",
      "repeated prompts, difficulty that never rises, choice answers given away by",
      "their length, answers that differ only by case, and skills without a lesson,",
      "worked examples or resources, short lessons and links a terminal cannot",
      "follow. Each warning is file:line:column: warning: message [rule].",
      "",
      "Exit code 0 even with warnings (1 with --strict); 2 if the pack has errors",
      "(see validate)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor pack lint content/git",
      "  tutor pack lint . --min-exercises 5 --strict     (in CI)",
      "  tutor pack lint . --format json"
    })
final class PackLintCommand implements Callable<Integer> {
  @ParentCommand PackCommand parent;

  @Parameters(
      paramLabel = "PATH",
      description = "A pack directory (with pack.yaml) or a .zip of one.")
  Path path;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Option(
      names = "--min-exercises",
      paramLabel = "N",
      description =
          "Warn about skills with fewer than N exercises (default "
              + Linter.DEFAULT_MIN_EXERCISES
              + ").")
  int minExercises = Linter.DEFAULT_MIN_EXERCISES;

  @Option(names = "--strict", description = "Exit with code 1 when there is any warning.")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    if (minExercises < 0)
      throw new UserException(ExitCodes.BAD_INPUT, "--min-exercises must be 0 or more");
    PrintWriter out = parent.root.ctx.out();
    try (PackSource src = PackSource.open(path)) {
      AuthoredPack authored = AuthoringInput.readValid(src, path.toString(), parent.root.ctx.err());
      List<LintWarning> found =
          new ArrayList<>(new Linter(minExercises, src.dir, Files::isRegularFile).lint(authored));
      found.addAll(new ExampleRunner(new AnswerGrader()).givenAway(authored));
      found.addAll(
          new Linter(minExercises, src.dir, Files::isRegularFile)
              .unreadFiles(authored, exerciseLike(src.dir)));
      List<LintWarning> warnings =
          found.stream()
              .map(w -> new LintWarning(w.rule(), shown(src, w.at()), w.message()))
              .toList();
      if (format == OutputFormat.json) {
        out.println(json(authored, warnings));
      } else {
        warnings.forEach(out::println);
        out.println(
            warnings.isEmpty()
                ? "ok: no warnings"
                : PackValidateCommand.count(warnings.size(), "warning") + " in " + path);
      }
      return strict && !warnings.isEmpty() ? ExitCodes.FAILURE : ExitCodes.OK;
    }
  }

  /**
   * The pack's YAML files with a top-level {@code exercises:} key, outside hidden folders (.git,
   * .github): the files that look like exercise files, whether or not the manifest reads them.
   */
  private static List<Path> exerciseLike(Path dir) throws IOException {
    Path root = dir.toRealPath(); // a linked pack directory is walked, as the reader walks it
    try (var walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(root.relativize(p)))
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .filter(PackLintCommand::hasExercisesKey)
          .map(p -> dir.resolve(root.relativize(p).toString()))
          .sorted()
          .toList();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) if (part.toString().startsWith(".")) return true;
    return false;
  }

  private static boolean hasExercisesKey(Path file) {
    try (var lines = Files.lines(file)) {
      return lines.anyMatch(l -> l.startsWith("exercises:"));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false; // not text: not an exercise file the author meant
    }
  }

  static Location shown(PackSource src, Location at) {
    return new Location(src.shown(at.file()), at.line(), at.column());
  }

  private static String json(AuthoredPack authored, List<LintWarning> warnings) throws Exception {
    ObjectMapper m = Json.MAPPER;
    ObjectNode o = m.createObjectNode();
    o.put("pack", authored.pack().id()).put("warnings_count", warnings.size());
    ArrayNode list = o.putArray("warnings");
    for (LintWarning w : warnings) {
      list.addObject()
          .put("rule", w.rule())
          .put("file", w.at().file().toString())
          .put("line", w.at().line())
          .put("column", w.at().column())
          .put("message", w.message());
    }
    return m.writerWithDefaultPrettyPrinter().writeValueAsString(o);
  }
}
