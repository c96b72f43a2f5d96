package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Gap;
import tutor.pack.Normalization;
import tutor.pack.Pack;
import tutor.pack.Skill;

/** The complete example of docs/pack-format.md, word for word. */
class ExamplePackTest {
  static final String MANIFEST =
      """
      # pack.yaml
      format: 1
      id: example
      title: An example pack
      version: 1.0.0
      description: Shows every exercise type.
      authors: [Ada Lovelace]
      license: CC-BY-4.0
      language: en
      exercises: ["exercises/*.yaml"]
      grading:
        case_sensitive: true
      skills:
        - id: basics
          title: The basics
        - id: more
          title: Building on the basics
          requires: [basics]
      """;

  static final String EXERCISES =
      """
      # exercises/all.yaml
      exercises:
        - id: capital-fr
          skill: basics
          type: text
          prompt: What is the capital of France?
          answers: [Paris]
          explanation: Paris has been the capital since 987.
        - id: two-plus
          skill: basics
          type: numeric
          prompt: What is 2.5 + 2.5?
          answer: 5
        - id: primes
          skill: more
          type: choice
          prompt: Which are prime?
          options: ["2", "4", "7", "9"]
          correct: ["2", "7"]
          hints: [A prime has exactly two divisors.]
        - id: fill
          skill: more
          type: cloze
          text: "Water boils at {{100}} degrees {{Celsius|C}} at sea level."
        - id: planets
          skill: more
          type: order
          prompt: Order these planets from the Sun outwards.
          items: [Mercury, Venus, Earth]
        - id: h2o
          skill: basics
          type: flashcard
          front: H2O
          back: Water
      """;

  @TempDir Path dir;
  Pack pack;

  @BeforeEach
  void read() throws PackException {
    Packs.write(dir, "pack.yaml", MANIFEST);
    Packs.write(dir, "exercises/all.yaml", EXERCISES);
    pack = PackReader.read(dir);
  }

  private Exercise exercise(String id) {
    return pack.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void readsTheIdentity() {
    assertEquals(
        List.of(1, "example", "An example pack", "1.0.0"),
        List.of(pack.format(), pack.id(), pack.title(), pack.version()));
  }

  @Test
  void readsTheOptionalManifestFields() {
    assertEquals(
        List.of("Shows every exercise type.", List.of("Ada Lovelace"), "CC-BY-4.0", "en"),
        List.of(pack.description(), pack.authors(), pack.license(), pack.language()));
  }

  @Test
  void readsBothSkillsInTeachingOrder() {
    assertEquals(List.of("basics", "more"), pack.skills().stream().map(Skill::id).toList());
  }

  @Test
  void readsSkillRequirements() {
    assertEquals(
        List.of(List.of(), List.of("basics")),
        pack.skills().stream().map(Skill::requires).toList());
  }

  @Test
  void readsAllSixExercisesInFileOrder() {
    assertEquals(
        List.of("capital-fr", "two-plus", "primes", "fill", "planets", "h2o"),
        pack.exercises().stream().map(Exercise::id).toList());
  }

  @Test
  void readsEveryExerciseType() {
    assertEquals(
        List.of(
            ExerciseType.TEXT,
            ExerciseType.NUMERIC,
            ExerciseType.CHOICE,
            ExerciseType.CLOZE,
            ExerciseType.ORDER,
            ExerciseType.FLASHCARD),
        pack.exercises().stream().map(Exercise::type).toList());
  }

  @Test
  void readsTheSkillOfEachExercise() {
    assertEquals(
        List.of(
            List.of("basics"),
            List.of("basics"),
            List.of("more"),
            List.of("more"),
            List.of("more"),
            List.of("basics")),
        pack.exercises().stream().map(Exercise::skills).toList());
  }

  @Test
  void appliesPackLevelGradingToTextExercises() {
    Exercise.Text text = assertInstanceOf(Exercise.Text.class, exercise("capital-fr").body());
    assertEquals(new Normalization(true, false, false, false), text.normalization());
  }

  @Test
  void appliesPackLevelGradingToClozeExercises() {
    Exercise.Cloze cloze = assertInstanceOf(Exercise.Cloze.class, exercise("fill").body());
    assertEquals(new Normalization(true, false, false, false), cloze.normalization());
  }

  @Test
  void readsTextAnswers() {
    assertEquals(List.of("Paris"), ((Exercise.Text) exercise("capital-fr").body()).answers());
  }

  @Test
  void readsTheExplanation() {
    assertEquals("Paris has been the capital since 987.", exercise("capital-fr").explanation());
  }

  @Test
  void defaultsTheDifficultyToTwo() {
    assertEquals(2, exercise("capital-fr").difficulty());
  }

  @Test
  void readsAnExactNumericAnswer() {
    assertEquals(new Exercise.Numeric(5, 0, false, ""), exercise("two-plus").body());
  }

  @Test
  void readsSeveralCorrectChoicesAsIndicesIntoTheOptions() {
    assertEquals(
        new Exercise.Choice(List.of("2", "4", "7", "9"), List.of(0, 2), true),
        exercise("primes").body());
  }

  @Test
  void readsHints() {
    assertEquals(List.of("A prime has exactly two divisors."), exercise("primes").hints());
  }

  @Test
  void readsClozeGaps() {
    assertEquals(
        List.of(new Gap(List.of("100")), new Gap(List.of("Celsius", "C"))),
        ((Exercise.Cloze) exercise("fill").body()).gaps());
  }

  @Test
  void givesAClozeWithoutPromptADefaultPrompt() {
    assertFalse(exercise("fill").prompt().isBlank());
  }

  @Test
  void readsOrderItemsInTheirCorrectOrder() {
    assertEquals(
        new Exercise.Order(List.of("Mercury", "Venus", "Earth")), exercise("planets").body());
  }

  @Test
  void usesAFlashcardsFrontAsItsPrompt() {
    assertEquals("H2O", exercise("h2o").prompt());
  }

  @Test
  void readsAFlashcardsBack() {
    assertEquals(new Exercise.Flashcard("Water"), exercise("h2o").body());
  }

  @Test
  void formatDefaultsToOneWhenOmitted(@TempDir Path other) throws PackException {
    Packs.write(other, "pack.yaml", MANIFEST.replace("format: 1\n", ""));
    Packs.write(other, "exercises/all.yaml", EXERCISES);
    assertEquals(1, PackReader.read(other).format());
  }

  @Test
  void languageDefaultsToEnglish(@TempDir Path other) throws PackException {
    Packs.write(other, "pack.yaml", MANIFEST.replace("language: en\n", ""));
    Packs.write(other, "exercises/all.yaml", EXERCISES);
    assertEquals("en", PackReader.read(other).language());
  }

  @Test
  void exerciseLevelGradingOverridesThePack(@TempDir Path other) throws PackException {
    Packs.write(other, "pack.yaml", MANIFEST);
    Packs.write(
        other,
        "exercises/all.yaml",
        EXERCISES.replace(
            "    answers: [Paris]\n",
            "    answers: [Paris]\n    case_sensitive: false\n    accent_sensitive: true\n"));
    Exercise e = PackReader.read(other).exercises().get(0);
    assertEquals(
        new Normalization(false, true, false, false), ((Exercise.Text) e.body()).normalization());
  }

  @Test
  void exerciseLevelOverrideLeavesOtherExercisesWithThePackGrading(@TempDir Path other)
      throws PackException {
    Packs.write(other, "pack.yaml", MANIFEST);
    Packs.write(
        other,
        "exercises/all.yaml",
        EXERCISES.replace(
            "    answers: [Paris]\n", "    answers: [Paris]\n    case_sensitive: false\n"));
    Exercise fill = PackReader.read(other).exercises().get(3);
    assertTrue(((Exercise.Cloze) fill.body()).normalization().caseSensitive());
  }

  @Test
  void noGradingSectionMeansTheForgivingDefault(@TempDir Path other) throws PackException {
    Packs.write(other, "pack.yaml", MANIFEST.replace("grading:\n  case_sensitive: true\n", ""));
    Packs.write(other, "exercises/all.yaml", EXERCISES);
    Exercise e = PackReader.read(other).exercises().get(0);
    assertEquals(Normalization.DEFAULT, ((Exercise.Text) e.body()).normalization());
  }
}
