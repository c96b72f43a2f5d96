package tutor.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.kind.AnswerGrader;

/**
 * A worked example that is a right answer to an exercise of its skill gives it away: the learner
 * reads it with the lesson, before the exercise (seen in the sql pack during a new learner's week).
 */
class GivenAwayTest {
  @TempDir Path dir;

  @BeforeEach
  void scaffold() {
    AuthoringPacks.scaffold(dir);
  }

  private List<LintWarning> givenAway() {
    return new ExampleRunner(new AnswerGrader()).givenAway(AuthoringPacks.read(dir));
  }

  @Test
  void theScaffoldGivesNothingAway() {
    // Its planets example answers "Mars", as one exercise does: a word, not a giveaway.
    assertEquals(List.of(), givenAway());
  }

  @Test
  void anExampleGradedRightForAnExerciseIsReportedAtItsSkill() {
    AuthoringPacks.edit(
        dir,
        "pack.yaml",
        "answer: Mars",
        "answer: \"select name from planets where position >= 4\"");
    List<LintWarning> given = givenAway();
    assertEquals(1, given.size(), given.toString());
    LintWarning w = given.get(0);
    assertEquals("example-gives-answer", w.rule());
    assertTrue(w.message().contains("skill 'planets': worked example 1"), w.message());
    assertTrue(w.message().contains("exercise 'planets-beyond-earth'"), w.message());
    assertEquals(dir.resolve("pack.yaml"), w.at().file());
  }

  @Test
  void aDifferentQueryOfTheSameSkillIsNoGiveaway() {
    AuthoringPacks.edit(
        dir,
        "pack.yaml",
        "answer: Mars",
        "answer: \"SELECT name FROM planets WHERE position < 3\"");
    assertEquals(List.of(), givenAway());
  }
}
