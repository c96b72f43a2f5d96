package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tutor.packfile.Packs.assertError;
import static tutor.packfile.Packs.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lessons, worked examples and resources of a skill: problems reported at their field. */
class LessonErrorsTest {
  @TempDir Path dir;

  private static final String EXERCISES = "exercises:\n" + Packs.VALID_EXERCISE;

  private List<PackError> errorsOf(String skillFields) {
    String m = Packs.MANIFEST + skillFields;
    return Packs.errors(Packs.pack(dir, m, EXERCISES));
  }

  private Path manifest() {
    return dir.resolve("pack.yaml");
  }

  @Test
  void aMissingLessonFileIsReportedAtItsField() {
    String f = "    lesson_file: lessons/missing.md\n";
    assertError(
        errorsOf(f),
        manifest(),
        line(Packs.MANIFEST + f, "lesson_file"),
        "skill 'a': lesson file 'lessons/missing.md' does not exist");
  }

  @Test
  void aLessonFileOutsideThePackIsRefused() {
    String f = "    lesson_file: ../../etc/passwd\n";
    assertError(
        errorsOf(f), manifest(), line(Packs.MANIFEST + f, "lesson_file"), "is outside the pack");
  }

  @Test
  void aLessonFileThatIsNotUtf8IsReportedAtTheLineOfItsFirstBadByte() throws IOException {
    Files.createDirectories(dir.resolve("lessons"));
    Files.write(
        dir.resolve("lessons/a.md"),
        "# Coffee\n\nA caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
    String f = "    lesson_file: lessons/a.md\n";
    assertError(errorsOf(f), dir.resolve("lessons/a.md"), 3, "not valid UTF-8");
  }

  @Test
  void aLessonFileOverTheLimitOfAnInlineLessonIsRefusedAtItsField() throws IOException {
    Files.createDirectories(dir.resolve("lessons"));
    Files.writeString(
        dir.resolve("lessons/a.md"), "word ".repeat(YamlTree.MAX_SCALAR_CHARS / 5 + 1));
    String f = "    lesson_file: lessons/a.md\n";
    assertError(
        errorsOf(f),
        manifest(),
        line(Packs.MANIFEST + f, "lesson_file"),
        "skill 'a': lesson file 'lessons/a.md' is 1048580 characters long; the limit is 1048576 (1"
            + " MB) per lesson");
  }

  @Test
  void aLessonFileFarOverTheLimitIsRefusedWithoutReadingIt() throws IOException {
    Files.createDirectories(dir.resolve("lessons"));
    Files.write(dir.resolve("lessons/a.md"), new byte[4 * YamlTree.MAX_SCALAR_CHARS + 1]);
    String f = "    lesson_file: lessons/a.md\n";
    assertError(
        errorsOf(f),
        manifest(),
        line(Packs.MANIFEST + f, "lesson_file"),
        "lesson file 'lessons/a.md' is 4194305 bytes long; the limit is 1048576 (1 MB) per lesson");
  }

  @Test
  void aResourceLinkThatIsNotAWebAddressIsAnErrorAtItsColumn() {
    String f =
        """
            resources:
              - title: Notes
                url: file:///home/me/notes.txt
        """;
    PackError e =
        assertError(
            errorsOf(f),
            manifest(),
            line(Packs.MANIFEST + f, "url:"),
            "'file:///home/me/notes.txt' is not a web address (http:// or https://)");
    assertEquals(9, e.column());
  }

  @Test
  void aWorkedExampleWithoutStepsIsReported() {
    String f =
        """
            worked_examples:
              - problem: P
                answer: A
        """;
    assertError(
        errorsOf(f), manifest(), line(Packs.MANIFEST + f, "- problem"), "missing field 'steps'");
  }
}
