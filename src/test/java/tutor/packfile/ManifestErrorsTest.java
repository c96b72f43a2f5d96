package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static tutor.packfile.Packs.assertError;
import static tutor.packfile.Packs.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems in pack.yaml, each reported with its file and line. */
class ManifestErrorsTest {
  @TempDir Path dir;

  private static final String EXERCISES = "exercises:\n" + Packs.VALID_EXERCISE;

  private List<PackError> errorsOf(String manifest) {
    return Packs.errors(Packs.pack(dir, manifest, EXERCISES));
  }

  private Path manifest() {
    return dir.resolve("pack.yaml");
  }

  @Test
  void theMinimalManifestIsValid() throws PackException {
    Packs.pack(dir, Packs.MANIFEST, EXERCISES);
    assertEquals("p", PackReader.read(dir).id());
  }

  @Test
  void missingManifestNamesTheDirectory() {
    Packs.write(dir, "exercises/x.yaml", EXERCISES);
    List<PackError> errors = Packs.errors(dir);
    assertError(errors, dir, 0, "no pack.yaml");
  }

  @Test
  void manifestThatIsAListIsRefused() {
    assertError(errorsOf("- id: p\n- title: P\n"), manifest(), 1, "should be a mapping");
  }

  @Test
  void manifestThatIsPlainTextIsRefused() {
    assertError(errorsOf("just some words\n"), manifest(), 1, "should be a mapping");
  }

  @Test
  void emptyManifestIsRefused() {
    assertEquals(manifest(), errorsOf("").get(0).file());
  }

  @Test
  void unitsAreReadInOrder() throws PackException {
    Packs.pack(
        dir,
        Packs.MANIFEST
            + """
        units:
          - id: first
            title: First
            description: The start.
            skills: [a]
          - {id: again, title: Again, skills: a}
        """,
        EXERCISES);
    var units = PackReader.read(dir).units();
    assertEquals(
        List.of(
            new tutor.pack.Unit("first", "First", "The start.", List.of("a")),
            new tutor.pack.Unit("again", "Again", "", List.of("a"))),
        units);
  }

  @Test
  void unitProblemsAreReportedOnTheirLines() {
    String m =
        Packs.MANIFEST
            + """
        units:
          - id: one
            title: One
            skills: [a, b]
          - id: one
            title: Twice
            skills: [a]
          - id: Bad Id
            title: Bad
            skills: [a]
          - id: empty
            title: Empty
            skills: []
          - id: extra
            title: Extra
            skills: [a]
            colour: blue
          - just a name
        """;
    List<PackError> errors = errorsOf(m);
    assertError(errors, manifest(), line(m, "skills: [a, b]"), "unit 'one': unknown skill 'b'");
    assertError(
        errors,
        manifest(),
        line(m, "- id: one") + 3,
        "duplicate unit id (first defined on line " + line(m, "- id: one") + ")");
    assertError(
        errors, manifest(), line(m, "- id: Bad Id"), "id should use only lower-case letters");
    assertError(errors, manifest(), line(m, "skills: []"), "field 'skills' is empty");
    assertError(errors, manifest(), line(m, "colour: blue"), "unknown field 'colour'");
    assertError(errors, manifest(), line(m, "- just a name"), "each unit should be a mapping");
    String notAList = Packs.MANIFEST + "units: everything\n";
    assertError(
        errorsOf(notAList), manifest(), line(notAList, "units:"), "field 'units' should be a list");
  }

  @Test
  void unknownFieldIsReportedOnItsLine() {
    String m = Packs.MANIFEST + "colour: blue\n";
    assertError(errorsOf(m), manifest(), line(m, "colour:"), "unknown field 'colour'");
  }

  @Test
  void unknownFieldSuggestsTheClosestKnownField() {
    String m = Packs.MANIFEST.replace("title: P", "titel: P");
    assertError(
        errorsOf(m),
        manifest(),
        line(m, "titel:"),
        "unknown field 'titel' (did you mean 'title'?)");
  }

  @Test
  void unknownFieldFarFromAnyKnownFieldGetsNoSuggestion() {
    String m = Packs.MANIFEST + "zzzzzzzz: 1\n";
    PackError e = assertError(errorsOf(m), manifest(), line(m, "zzzzzzzz"), "unknown field");
    assertFalse(e.message().contains("did you mean"), e.message());
  }

  @Test
  void missingIdIsReported() {
    String m = Packs.MANIFEST.replace("id: p\n", "");
    assertError(errorsOf(m), manifest(), 1, "missing field 'id'");
  }

  @Test
  void missingTitleIsReported() {
    String m = Packs.MANIFEST.replace("title: P\n", "");
    assertError(errorsOf(m), manifest(), 1, "missing field 'title'");
  }

  @Test
  void missingVersionIsReported() {
    String m = Packs.MANIFEST.replace("version: 1.0.0\n", "");
    assertError(errorsOf(m), manifest(), 1, "missing field 'version'");
  }

  @Test
  void missingSkillsIsReported() {
    String m = "id: p\ntitle: P\nversion: 1.0.0\n";
    assertError(errorsOf(m), manifest(), 1, "missing field 'skills'");
  }

  @Test
  void emptyTitleIsReported() {
    String m = Packs.MANIFEST.replace("title: P", "title: \"  \"");
    assertError(errorsOf(m), manifest(), line(m, "title:"), "field 'title' is empty");
  }

  @Test
  void versionThatIsNotSemverIsReported() {
    String m = Packs.MANIFEST.replace("version: 1.0.0", "version: 1.2.x");
    assertError(
        errorsOf(m), manifest(), line(m, "version:"), "version '1.2.x' is not a semantic version");
  }

  @Test
  void twoPartVersionIsNotSemver() {
    String m = Packs.MANIFEST.replace("version: 1.0.0", "version: 1.0");
    assertError(errorsOf(m), manifest(), line(m, "version:"), "not a semantic version");
  }

  @Test
  void formatNewerThanSupportedIsRefused() {
    String m = "format: 2\n" + Packs.MANIFEST;
    assertError(errorsOf(m), manifest(), 1, "pack format 2 is newer than this tutor understands");
  }

  @Test
  void formatZeroIsRefused() {
    String m = "format: 0\n" + Packs.MANIFEST;
    assertError(errorsOf(m), manifest(), 1, "field 'format'");
  }

  @Test
  void packIdWithUpperCaseAndSpacesIsRefused() {
    String m = Packs.MANIFEST.replace("id: p\n", "id: Unix Shell\n");
    assertError(errorsOf(m), manifest(), line(m, "id: Unix"), "pack id 'Unix Shell'");
  }

  @Test
  void packIdStartingWithADashIsRefused() {
    String m = Packs.MANIFEST.replace("id: p\n", "id: -shell\n");
    assertError(errorsOf(m), manifest(), line(m, "id: -shell"), "pack id '-shell'");
  }

  @Test
  void gradingWithAnUnknownKeyIsReported() {
    String m = Packs.MANIFEST + "grading:\n  case_sensitiv: true\n";
    assertError(
        errorsOf(m),
        manifest(),
        line(m, "case_sensitiv:"),
        "unknown field 'case_sensitiv' (did you mean 'case_sensitive'?)");
  }

  @Test
  void gradingFlagThatIsNotABooleanIsReported() {
    String m = Packs.MANIFEST + "grading:\n  case_sensitive: \"yes\"\n";
    assertError(errorsOf(m), manifest(), line(m, "case_sensitive:"), "should be true or false");
  }

  @Test
  void skillsThatAreNotAListAreReported() {
    String m = "id: p\ntitle: P\nversion: 1.0.0\nskills: a\n";
    assertError(errorsOf(m), manifest(), 4, "non-empty list");
  }

  @Test
  void skillWithoutATitleIsReported() {
    String m = Packs.MANIFEST.replace("    title: A\n", "");
    assertError(errorsOf(m), manifest(), line(m, "- id: a"), "missing field 'title'");
  }

  @Test
  void skillWithAnUnknownFieldIsReported() {
    String m = Packs.MANIFEST + "    require: [a]\n";
    assertError(
        errorsOf(m),
        manifest(),
        line(m, "require:"),
        "unknown field 'require' (did you mean 'requires'?)");
  }

  @Test
  void duplicateSkillIdIsReportedOnTheSecondDefinition() {
    String m = Packs.MANIFEST + "  - id: a\n    title: Again\n";
    assertError(errorsOf(m), manifest(), 7, "duplicate skill id (first defined on line 5)");
  }

  @Test
  void requiringAnUnknownSkillIsReportedWithASuggestion() {
    String m =
        """
        id: p
        title: P
        version: 1.0.0
        skills:
          - id: basics
            title: Basics
          - id: more
            title: More
            requires: [basic]
        """;
    String ex = "exercises:\n" + Packs.VALID_EXERCISE.replace("skill: a", "skill: [basics, more]");
    List<PackError> errors = Packs.errors(Packs.pack(dir, m, ex));
    assertError(
        errors,
        manifest(),
        line(m, "- id: more"),
        "skill 'more' requires unknown skill 'basic' (did you mean 'basics'?)");
  }

  @Test
  void skillRequiringItselfIsReported() {
    String m = Packs.MANIFEST + "    requires: [a]\n";
    assertError(errorsOf(m), manifest(), line(m, "- id: a"), "skill 'a' requires itself");
  }

  @Test
  void skillRequiringItselfIsReportedOnce() {
    String m = Packs.MANIFEST + "    requires: [a]\n";
    List<PackError> errors = errorsOf(m);
    assertEquals(1, errors.size(), Packs.show(errors));
  }

  @Test
  void prerequisiteCycleIsReportedWithItsPath() {
    String m =
        """
        id: p
        title: P
        version: 1.0.0
        skills:
          - id: a
            title: A
            requires: [b]
          - id: b
            title: B
            requires: [a]
        """;
    String ex = "exercises:\n" + Packs.VALID_EXERCISE.replace("skill: a", "skill: [a, b]");
    List<PackError> errors = Packs.errors(Packs.pack(dir, m, ex));
    assertError(
        errors,
        manifest(),
        line(m, "- id: a"),
        "prerequisite cycle: a -> b -> a (each requires the next): take one of them out of a"
            + " requires:");
  }

  @Test
  void longerPrerequisiteCycleIsReportedWithItsWholePath() {
    String m =
        """
        id: p
        title: P
        version: 1.0.0
        skills:
          - id: start
            title: Start
          - id: x
            title: X
            requires: [start, z]
          - id: y
            title: Y
            requires: [x]
          - id: z
            title: Z
            requires: [y]
        """;
    String ex =
        "exercises:\n" + Packs.VALID_EXERCISE.replace("skill: a", "skill: [start, x, y, z]");
    List<PackError> errors = Packs.errors(Packs.pack(dir, m, ex));
    assertError(errors, manifest(), line(m, "- id: x"), "prerequisite cycle: x -> z -> y -> x");
  }

  @Test
  void skillWithNoExercisesIsReportedOnItsLine() {
    String m = Packs.MANIFEST + "  - id: lonely\n    title: Lonely\n";
    assertError(
        errorsOf(m), manifest(), line(m, "- id: lonely"), "skill 'lonely' has no exercises");
  }

  @Test
  void errorToStringIsFileColonLineColonColumnColonMessage() {
    String m = Packs.MANIFEST + "colour: blue\n";
    PackError e = assertError(errorsOf(m), manifest(), 7, "unknown field 'colour'");
    assertEquals(manifest() + ":7:1: unknown field 'colour'", e.toString());
  }

  @Test
  void errorWithoutAColumnIsFileColonLineColonMessage() {
    assertEquals("pack.yaml:7: oops", new PackError(Path.of("pack.yaml"), 7, "oops").toString());
    assertEquals("pack.yaml: oops", new PackError(Path.of("pack.yaml"), 0, 0, "oops").toString());
  }

  @Test
  void errorInANestedFieldNamesTheColumnOfItsKey() {
    String m = Packs.MANIFEST + "  - id: b\n    title: B\n    colour: red\n";
    PackError e =
        assertError(errorsOf(m), manifest(), line(m, "colour:"), "unknown field 'colour'");
    assertEquals(5, e.column(), e.toString());
  }
}
