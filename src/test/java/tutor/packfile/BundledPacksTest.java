package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.kind.AnswerGrader;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Gap;
import tutor.pack.Pack;
import tutor.pack.Skill;

/** The packs shipped under content/ meet the product's requirements. */
class BundledPacksTest {
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

  private static Pack read(Path dir) {
    try {
      return PackReader.read(dir);
    } catch (PackException e) {
      throw new AssertionError(dir + " does not load:\n" + e.getMessage(), e);
    }
  }

  @Test
  void shipsAtLeastTwoPacks() {
    assertTrue(
        packDirs().size() >= 2, "packs under " + CONTENT.toAbsolutePath() + ": " + packDirs());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void loadsWithoutErrors(Path dir) {
    List<PackError> errors = new ArrayList<>();
    try {
      PackReader.read(dir);
    } catch (PackException e) {
      errors.addAll(e.errors());
    }
    assertEquals(List.of(), errors, Packs.show(errors));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void hasAtLeastEightSkills(Path dir) {
    assertTrue(read(dir).skills().size() >= 8, "skills: " + read(dir).skills().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void hasAtLeastSixtyExercises(Path dir) {
    assertTrue(read(dir).exercises().size() >= 60, "exercises: " + read(dir).exercises().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void usesAtLeastFourExerciseTypes(Path dir) {
    Set<ExerciseType> types = new HashSet<>();
    read(dir).exercises().forEach(e -> types.add(e.type()));
    assertTrue(types.size() >= 4, "types: " + types);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void everyExerciseHasAHint(Path dir) {
    List<String> without =
        read(dir).exercises().stream().filter(e -> e.hints().isEmpty()).map(Exercise::id).toList();
    assertEquals(List.of(), without, "exercises without a hint");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void everyExerciseHasAnExplanation(Path dir) {
    List<String> without =
        read(dir).exercises().stream()
            .filter(e -> e.explanation() == null || e.explanation().isBlank())
            .map(Exercise::id)
            .toList();
    assertEquals(List.of(), without, "exercises without an explanation");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void someSkillRequiresAnother(Path dir) {
    assertTrue(
        read(dir).skills().stream().anyMatch(s -> !s.requires().isEmpty()),
        "the prerequisite graph is flat");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void prerequisiteGraphIsNotASingleChain(Path dir) {
    Pack pack = read(dir);
    Map<String, Integer> requiredBy = new HashMap<>();
    pack.skills().forEach(s -> s.requires().forEach(r -> requiredBy.merge(r, 1, Integer::sum)));
    boolean joins = pack.skills().stream().anyMatch(s -> s.requires().size() >= 2);
    boolean branches = requiredBy.values().stream().anyMatch(n -> n >= 2);
    assertTrue(joins || branches, "the prerequisite graph is a single chain");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void everySkillHasAnExercise(Path dir) {
    Pack pack = read(dir);
    Set<String> practised = new HashSet<>();
    pack.exercises().forEach(e -> practised.addAll(e.skills()));
    List<String> without =
        pack.skills().stream().map(Skill::id).filter(id -> !practised.contains(id)).toList();
    assertEquals(List.of(), without, "skills without exercises");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void everyTextAnswerIsAcceptedByTheGrader(Path dir) {
    AnswerGrader grader = new AnswerGrader();
    List<String> rejected = new ArrayList<>();
    for (Exercise e : read(dir).exercises()) {
      if (!(e.body() instanceof Exercise.Text t)) continue;
      for (String answer : t.answers()) {
        Outcome o = grader.grade(e, Kind.of(e).present(1L), List.of(answer));
        if (!(o instanceof Outcome.Graded g && g.correct()))
          rejected.add(e.id() + ": '" + answer + "' -> " + o);
      }
    }
    assertEquals(List.of(), rejected, "text answers the grader does not accept");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void everyClozeAlternativeIsAcceptedByTheGrader(Path dir) {
    AnswerGrader grader = new AnswerGrader();
    List<String> rejected = new ArrayList<>();
    for (Exercise e : read(dir).exercises()) {
      if (!(e.body() instanceof Exercise.Cloze c)) continue;
      List<String> expected = c.gaps().stream().map(Gap::expected).toList();
      for (int i = 0; i < c.gaps().size(); i++) {
        for (String alternative : c.gaps().get(i).alternatives()) {
          List<String> responses = new ArrayList<>(expected);
          responses.set(i, alternative);
          Outcome o = grader.grade(e, Kind.of(e).present(1L), responses);
          if (!(o instanceof Outcome.Graded g && g.correct())) {
            rejected.add(e.id() + " gap " + (i + 1) + ": '" + alternative + "' -> " + o);
          }
        }
      }
    }
    assertEquals(List.of(), rejected, "cloze alternatives the grader does not accept");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packDirs")
  void everyChoiceAnswerKeyIsAcceptedByTheGrader(Path dir) {
    AnswerGrader grader = new AnswerGrader();
    List<String> rejected = new ArrayList<>();
    for (Exercise e : read(dir).exercises()) {
      if (!(e.body() instanceof Exercise.Choice c)) continue;
      Presentation p = Kind.of(e).present(7L);
      List<String> numbers =
          c.correct().stream().map(i -> Integer.toString(p.positionOf(i))).toList();
      Outcome o = grader.grade(e, p, List.of(String.join(" ", numbers)));
      if (!(o instanceof Outcome.Graded g && g.correct())) rejected.add(e.id() + " -> " + o);
    }
    assertEquals(List.of(), rejected, "choice answer keys the grader does not accept");
  }
}
