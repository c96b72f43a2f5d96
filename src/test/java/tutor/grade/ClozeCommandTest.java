package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.kind.AnswerGrader;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;

/** A cloze whose text is a command: a gap is right when it makes the same command. */
class ClozeCommandTest {
  private static final Normalization STRICT = new Normalization(true, false, true, false);
  private final AnswerGrader grader = new AnswerGrader();

  private static Exercise command(String text, boolean anyOrder) {
    return Exercises.of(
        new Exercise.Cloze(text, Gap.parse(text), STRICT, anyOrder, CommandMatchTest.TABLE));
  }

  private boolean right(Exercise e, String... typed) {
    return assertInstanceOf(
            Outcome.Graded.class, grader.grade(e, Kind.of(e).present(1L), List.of(typed)))
        .correct();
  }

  @Test
  void aGapIsRightWhenItMakesTheSameCommand() {
    Exercise log = command("git log {{-1}} {{-p}}", false);
    assertTrue(right(log, "-1", "-p"));
    assertTrue(right(log, "-n 1", "--patch"));
    assertTrue(right(log, "-n1", "-u"));
    assertTrue(right(log, "--max-count=1", "-p"));
    assertFalse(right(log, "-2", "-p"));
    assertFalse(right(log, "-1", "--stat"));
    Exercise grep = command("grep {{-rn}} main src/", false);
    assertTrue(right(grep, "-nr"));
    assertTrue(right(grep, "-r -n"));
    assertTrue(right(grep, "--recursive --line-number"));
    assertFalse(right(grep, "-r"));
    Exercise tail = command("tail {{-n 20}} server.log", false);
    assertTrue(right(tail, "--lines=20"));
    assertFalse(right(tail, "-n 21"));
  }

  @Test
  void quotingAndGlobsCountInAGapToo() {
    Exercise cp = command("cp {{*.jpg}} backup/", false);
    assertTrue(right(cp, "./*.jpg"));
    assertFalse(right(cp, "'*.jpg'"));
    assertFalse(right(cp, "* .jpg"));
  }

  @Test
  void inAnyOrderEachAnswerMayFillTheGapItFits() {
    Exercise push = command("git commit {{--amend}} {{--no-edit}}", true);
    assertTrue(right(push, "--amend", "--no-edit"));
    assertTrue(right(push, "--no-edit", "--amend"));
    assertFalse(right(push, "--amend", "--amend"));
  }

  @Test
  void aTextThatIsNoCommandIsComparedAsText() {
    Exercise prose = command("It's the {{parent}} directory", false);
    assertTrue(right(prose, "parent"));
    assertFalse(right(prose, "'parent'"));
  }
}
