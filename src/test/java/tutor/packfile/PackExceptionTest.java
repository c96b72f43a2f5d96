package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackExceptionTest {
  @Test
  void problemsAreListedFileByFileFromTheTopAsACompilerListsThem() {
    Path skills = Path.of("pack", "skills.yaml");
    Path exercises = Path.of("pack", "exercises", "basics.yaml");
    PackException e =
        new PackException(
            List.of(
                new PackError(exercises, 127, 5, "id should use only lower-case letters"),
                new PackError(exercises, 132, 5, "unknown field 'answer'"),
                new PackError(skills, 3, "a skill without a title"),
                new PackError(exercises, 128, 5, "unknown skill 'nosuchskill'"),
                new PackError(exercises, 127, 5, "missing field 'correct'"),
                new PackError(exercises, 0, "the file holds no exercises")));
    assertEquals(
        List.of(
            "pack/exercises/basics.yaml: the file holds no exercises",
            "pack/exercises/basics.yaml:127:5: id should use only lower-case letters",
            "pack/exercises/basics.yaml:127:5: missing field 'correct'",
            "pack/exercises/basics.yaml:128:5: unknown skill 'nosuchskill'",
            "pack/exercises/basics.yaml:132:5: unknown field 'answer'",
            "pack/skills.yaml:3: a skill without a title"),
        e.errors().stream().map(PackError::toString).toList());
    assertEquals(
        String.join("\n", e.errors().stream().map(PackError::toString).toList()), e.getMessage());
  }
}
