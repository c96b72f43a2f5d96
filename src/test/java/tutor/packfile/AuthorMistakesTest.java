package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tutor.packfile.Packs.assertError;
import static tutor.packfile.Packs.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes an author makes, each reported once, where it is, with the likely fix. */
class AuthorMistakesTest {
  @TempDir Path dir;

  @Test
  void aMisspeltSynonymOfRequiresSuggestsRequires() {
    String m = Packs.MANIFEST + "    prerequisits: [a]\n";
    Packs.pack(dir, m, "exercises:\n" + Packs.VALID_EXERCISE);
    assertError(
        Packs.errors(dir),
        dir.resolve("pack.yaml"),
        line(m, "prerequisits"),
        "unknown field 'prerequisits' (did you mean 'requires'?)");
  }

  @Test
  void anUnknownSkillIsOneErrorWithoutAFollowOnAboutTheSkillItMeant() {
    String f = "exercises:\n" + Packs.VALID_EXERCISE.replace("skill: a", "skill: ab");
    List<PackError> errors = Packs.errors(Packs.withExercises(dir, f));
    assertEquals(1, errors.size(), Packs.show(errors));
    assertError(
        errors,
        dir.resolve("exercises/x.yaml"),
        line(f, "skill: ab"),
        "unknown skill 'ab' (did you mean 'a'?)");
  }
}
