package tutor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.authoring.ExampleResult;
import tutor.authoring.ExampleRunner;
import tutor.authoring.JUnitXml;
import tutor.kind.AnswerGrader;
import tutor.packfile.AuthoredPack;

@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Run the exercises' examples through the real grader, like unit tests.",
      "",
      "Runs the examples of every exercise (examples: accept: [...] reject: [...])",
      "through the real grader, like a unit-test runner: a line for each failure,",
      "then how many passed and failed. Exit code 0 when all pass, 1 when any",
      "fails, 2 if the pack has errors (see validate)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor pack test content/unix-shell",
      "  tutor pack test . --junit target/pack-tests.xml     (JUnit XML for CI)"
    })
final class PackTestCommand implements Callable<Integer> {
  @ParentCommand PackCommand parent;

  @Parameters(
      paramLabel = "PATH",
      description = "A pack directory (with pack.yaml) or a .zip of one.")
  Path path;

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Also write the results as JUnit XML to FILE.")
  Path junit;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = parent.root.ctx.out();
    PrintWriter err = parent.root.ctx.err();
    try (PackSource src = PackSource.open(path)) {
      AuthoredPack authored = AuthoringInput.readValid(src, path.toString(), err);
      List<ExampleResult> results =
          new ExampleRunner(new AnswerGrader())
              .run(authored).stream()
                  .map(
                      r ->
                          new ExampleResult(
                              r.exerciseId(),
                              r.mustAccept(),
                              r.answer(),
                              PackLintCommand.shown(src, r.at()),
                              r.passed(),
                              r.problem()))
                  .toList();
      if (junit != null) writeJunit(authored.pack().id(), results);
      long failed = results.stream().filter(r -> !r.passed()).count();
      for (ExampleResult r : results) {
        if (!r.passed()) {
          out.println(
              r.at() + ": FAIL exercise '" + r.exerciseId() + "': " + r.name() + " " + r.problem());
        }
      }
      out.println((results.size() - failed) + " passed, " + failed + " failed");
      List<String> withoutIds =
          ExampleRunner.withoutExamples(authored).stream().map(e -> e.id()).toList();
      int without = withoutIds.size();
      if (results.isEmpty() && without == 0) {
        // Only flashcards: the learner rates them, there is no grader to test.
        err.println("tutor: nothing to test: flashcards have no examples (the learner rates them)");
      } else if (results.isEmpty()) {
        err.println(
            "tutor: no exercise has examples yet; add examples: with accept: and reject: answers"
                + " (see docs/pack-format.md)");
      } else if (without > 0) {
        err.println(
            PackValidateCommand.count(without, "exercise")
                + " (not flashcards) "
                + (without == 1 ? "has" : "have")
                + " no examples: "
                + named(withoutIds));
      }
      return failed > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }
  }

  /** The first ids in full, then how many more: the line stays readable for a large pack. */
  static String named(List<String> ids) {
    int shown = Math.min(ids.size(), 8);
    String list = String.join(", ", ids.subList(0, shown));
    return ids.size() > shown ? list + " and " + (ids.size() - shown) + " more" : list;
  }

  private void writeJunit(String packId, List<ExampleResult> results) {
    try {
      Path parentDir = junit.toAbsolutePath().getParent();
      if (parentDir != null && !Files.isDirectory(parentDir)) {
        throw new UserException(
            ExitCodes.BAD_INPUT,
            "--junit " + junit + ": the directory " + parentDir + " does not exist");
      }
      if (Files.isDirectory(junit)) {
        throw new UserException(
            ExitCodes.BAD_INPUT, "--junit " + junit + " is a directory; give a file name");
      }
      Files.writeString(junit, JUnitXml.of(packId, results), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException(ExitCodes.FAILURE, "cannot write " + junit + ": " + e.getMessage());
    }
  }
}
