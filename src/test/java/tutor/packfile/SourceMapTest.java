package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static tutor.packfile.Packs.line;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** readAuthored says where each skill, exercise and lesson of a valid pack was written. */
class SourceMapTest {
  @TempDir Path dir;

  @Test
  void skillsExercisesAndLessonsAreLocated() throws PackException {
    String manifest =
        Packs.MANIFEST.replace("    title: A\n", "    title: A\n    lesson_file: lessons/a.md\n")
            + "  - id: b\n    title: B\n    lesson: Inline words.\n";
    String exercises =
        "exercises:\n"
            + Packs.VALID_EXERCISE
            + Packs.VALID_EXERCISE.replace("fine", "other").replace("skill: a", "skill: b");
    Packs.pack(dir, manifest, exercises);
    Packs.write(dir, "lessons/a.md", "# A\n\nWords.\n");
    SourceMap s = PackReader.readAuthored(dir).sources();
    assertEquals(
        new Location(dir.resolve("pack.yaml"), line(manifest, "- id: b"), 5), s.skill("b"));
    assertEquals(
        new Location(dir.resolve("exercises/x.yaml"), line(exercises, "- id: other"), 5),
        s.exercise("other"));
    assertEquals(dir.resolve("lessons/a.md"), s.lessonFiles().get("a").file());
    assertEquals(line(manifest, "lesson: Inline"), s.inlineLessons().get("b").line());
    assertFalse(s.lessonFiles().containsKey("b"));
  }

  @Test
  void aLocationPrintsLikeAnErrorLocation() {
    assertEquals("p.yaml:3:5", new Location(Path.of("p.yaml"), 3, 5).toString());
    assertEquals("p.yaml:3", new Location(Path.of("p.yaml"), 3, 0).toString());
  }
}
