package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tutor.packfile.Packs.assertError;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.Exercise;

/** Which exercise files a pack reads, and in which order. */
class ExerciseFilesTest {
  @TempDir Path dir;

  private static String exercise(String id) {
    return """
        exercises:
          - id: %s
            skill: a
            type: text
            prompt: Q
            answers: [x]
        """
        .formatted(id);
  }

  private static String manifestWith(String exercisesLine) {
    return Packs.MANIFEST.replace("skills:", exercisesLine + "\nskills:");
  }

  private List<String> ids() throws PackException {
    return PackReader.read(dir).exercises().stream().map(Exercise::id).toList();
  }

  @Test
  void defaultReadsYamlFilesInTheExercisesDirectory() throws PackException {
    Packs.write(dir, "pack.yaml", Packs.MANIFEST);
    Packs.write(dir, "exercises/one.yaml", exercise("one"));
    assertEquals(List.of("one"), ids());
  }

  @Test
  void defaultIgnoresFilesInSubdirectories() throws PackException {
    Packs.write(dir, "pack.yaml", Packs.MANIFEST);
    Packs.write(dir, "exercises/one.yaml", exercise("one"));
    Packs.write(dir, "exercises/drafts/two.yaml", exercise("two"));
    assertEquals(List.of("one"), ids());
  }

  @Test
  void defaultIgnoresFilesWithOtherExtensions() throws PackException {
    Packs.write(dir, "pack.yaml", Packs.MANIFEST);
    Packs.write(dir, "exercises/one.yaml", exercise("one"));
    Packs.write(dir, "exercises/notes.txt", "not yaml: [");
    assertEquals(List.of("one"), ids());
  }

  @Test
  void readsFilesInSortedOrder() throws PackException {
    Packs.write(dir, "pack.yaml", Packs.MANIFEST);
    Packs.write(dir, "exercises/b.yaml", exercise("from-b"));
    Packs.write(dir, "exercises/c.yaml", exercise("from-c"));
    Packs.write(dir, "exercises/a.yaml", exercise("from-a"));
    assertEquals(List.of("from-a", "from-b", "from-c"), ids());
  }

  @Test
  void doubleStarMatchesAcrossDirectories() throws PackException {
    Packs.write(dir, "pack.yaml", manifestWith("exercises: [\"exercises/**/*.yaml\"]"));
    Packs.write(dir, "exercises/x/y/deep.yaml", exercise("deep"));
    assertEquals(List.of("deep"), ids());
  }

  @Test
  void doubleStarSlashAlsoMatchesFilesDirectlyInTheDirectory() throws PackException {
    // As in gitignore, bash globstar and every common glob: "dir/**/*.yaml" includes dir/x.yaml.
    Packs.write(dir, "pack.yaml", manifestWith("exercises: [\"exercises/**/*.yaml\"]"));
    Packs.write(dir, "exercises/top.yaml", exercise("top"));
    Packs.write(dir, "exercises/sub/nested.yaml", exercise("nested"));
    assertEquals(List.of("nested", "top"), ids().stream().sorted().toList());
  }

  @Test
  void doubleStarReadsNestedFilesInSortedPathOrder() throws PackException {
    Packs.write(dir, "pack.yaml", manifestWith("exercises: [\"content/**.yaml\"]"));
    Packs.write(dir, "content/b/one.yaml", exercise("b-one"));
    Packs.write(dir, "content/a/two.yaml", exercise("a-two"));
    Packs.write(dir, "content/a/one.yaml", exercise("a-one"));
    assertEquals(List.of("a-one", "a-two", "b-one"), ids());
  }

  @Test
  void readsAPlainPath() throws PackException {
    Packs.write(dir, "pack.yaml", manifestWith("exercises: [more/extra.yaml]"));
    Packs.write(dir, "more/extra.yaml", exercise("extra"));
    assertEquals(List.of("extra"), ids());
  }

  @Test
  void readsEveryListedPatternInTurn() throws PackException {
    Packs.write(dir, "pack.yaml", manifestWith("exercises: [\"one/*.yaml\", \"two/*.yaml\"]"));
    Packs.write(dir, "one/x.yaml", exercise("first"));
    Packs.write(dir, "two/x.yaml", exercise("second"));
    assertEquals(List.of("first", "second"), ids());
  }

  @Test
  void readsAFileMatchedByTwoPatternsOnce() throws PackException {
    Packs.write(dir, "pack.yaml", manifestWith("exercises: [\"ex/*.yaml\", ex/a.yaml]"));
    Packs.write(dir, "ex/a.yaml", exercise("only"));
    assertEquals(List.of("only"), ids());
  }

  @Test
  void aPatternMatchingNoFileIsAnErrorOnTheExercisesLine() {
    String manifest = manifestWith("exercises: [\"missing/*.yaml\"]");
    Packs.pack(dir, manifest, null);
    assertError(
        Packs.errors(dir),
        dir.resolve("pack.yaml"),
        Packs.line(manifest, "exercises:"),
        "no exercise file matches 'missing/*.yaml'");
  }

  @Test
  void aPatternLeavingThePackIsAnError() {
    String manifest = manifestWith("exercises: [\"../outside/*.yaml\"]");
    Packs.pack(dir, manifest, exercise("one"));
    assertError(
        Packs.errors(dir),
        dir.resolve("pack.yaml"),
        Packs.line(manifest, "exercises:"),
        "points outside the pack");
  }
}
