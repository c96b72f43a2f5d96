package tutor.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tutor.kind.AnswerGrader;
import tutor.pack.Exercise;
import tutor.packfile.AuthoredPack;
import tutor.packfile.PackException;
import tutor.packfile.PackReader;

/**
 * {@code tutor pack test} on the packs shipped under content/: every example answer of every
 * exercise is graded as the author meant (so a change to the grader or to a key that breaks a
 * bundled exercise fails the build), and no typed exercise goes without examples.
 */
class BundledPackExamplesTest {
  private static final Path CONTENT = Path.of("content");

  static List<Path> packDirs() {
    if (!Files.isDirectory(CONTENT)) return List.of();
    try (Stream<Path> dirs = Files.list(CONTENT)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve(PackReader.MANIFEST)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AuthoredPack read(Path dir) {
    try {
      return PackReader.readAuthored(dir);
    } catch (PackException e) {
      throw new AssertionError(dir + " does not load:\n" + e.getMessage(), e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void everyExampleIsGradedAsItsAuthorMeant(Path dir) {
    List<ExampleResult> results = new ExampleRunner(new AnswerGrader()).run(read(dir));
    assertTrue(results.size() > 100, dir + " has only " + results.size() + " examples");
    String failures =
        results.stream()
            .filter(r -> !r.passed())
            .map(
                r ->
                    r.at()
                        + ": exercise '"
                        + r.exerciseId()
                        + "': "
                        + r.name()
                        + ": "
                        + r.problem())
            .collect(Collectors.joining("\n"));
    assertEquals("", failures, "failing examples in " + dir);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void everyExerciseButFlashcardsHasExamples(Path dir) {
    assertEquals(
        List.of(), ExampleRunner.withoutExamples(read(dir)).stream().map(Exercise::id).toList());
  }

  /** No worked example is a right answer to an exercise of its skill: a learner reads it first. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void noWorkedExampleGivesAnExercisesAnswerAway(Path dir) {
    List<LintWarning> given = new ExampleRunner(new AnswerGrader()).givenAway(read(dir));
    assertTrue(
        given.isEmpty(),
        given.stream().map(LintWarning::toString).collect(Collectors.joining("\n")));
  }
}
