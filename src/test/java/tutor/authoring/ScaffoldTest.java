package tutor.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.kind.AnswerGrader;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.packfile.AuthoredPack;

class ScaffoldTest {
  @TempDir Path dir;

  @Test
  void theScaffoldIsValidLintCleanAndItsExamplesPass() {
    AuthoredPack pack = AuthoringPacks.read(AuthoringPacks.scaffold(dir));
    assertEquals(
        List.of(), new Linter(Linter.DEFAULT_MIN_EXERCISES, dir, Files::isRegularFile).lint(pack));
    List<ExampleResult> results = new ExampleRunner(new AnswerGrader()).run(pack);
    assertTrue(results.size() > 10, "examples: " + results.size());
    assertTrue(results.stream().allMatch(ExampleResult::passed), results.toString());
  }

  @Test
  void theScaffoldHasAnExerciseOfEveryTypeAndALessonFile() {
    AuthoredPack pack = AuthoringPacks.read(AuthoringPacks.scaffold(dir));
    EnumSet<ExerciseType> types = EnumSet.noneOf(ExerciseType.class);
    pack.pack().exercises().stream().map(Exercise::type).forEach(types::add);
    assertEquals(EnumSet.allOf(ExerciseType.class), types);
    assertTrue(Files.isRegularFile(dir.resolve("lessons/planets.md")));
    assertTrue(Files.isRegularFile(dir.resolve("README.md")));
  }

  @Test
  void aTitleWithQuotesIsWrittenSafely() throws Exception {
    Path d = dir.resolve("q");
    for (var f : Scaffold.files("q", "The \"best\" \\ pack: yes").entrySet()) {
      Path p = d.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    assertEquals("The \"best\" \\ pack: yes", AuthoringPacks.read(d).pack().title());
  }
}
