package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
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

  /** Graded as the session grades it: the first line typed may be the whole command. */
  private boolean rightTypedAtOnce(Exercise e, String typed) {
    List<String> responses = Kind.of(e).allAtOnce(typed).orElse(List.of(typed));
    return right(e, responses.toArray(String[]::new));
  }

  @Test
  void theWholeCommandTypedAtTheFirstGapFillsEveryGap() {
    // Seen in a week as a new learner: the whole command at gap 1 was graded as gap 1 alone.
    Exercise cut = command("cut {{-d|--delimiter}} ':' {{-f 1|-f1}} /etc/passwd", false);
    assertEquals(
        Optional.of(List.of("-d", "-f1")), Kind.of(cut).allAtOnce("cut -d ':' -f1 /etc/passwd"));
    assertTrue(rightTypedAtOnce(cut, "cut -d ':' -f1 /etc/passwd"));
    assertTrue(rightTypedAtOnce(cut, "  cut  -d ':' -f 1 /etc/passwd "));
    // The same command written otherwise (no quotes, glued option) is read as a command.
    assertTrue(rightTypedAtOnce(cut, "cut -d: -f1 /etc/passwd"));
    // A wrong whole command is wrong, gap by gap.
    assertFalse(rightTypedAtOnce(cut, "cut -d ':' -f 2 /etc/passwd"));
    // An answer to the first gap stays one, right or wrong.
    assertEquals(Optional.empty(), Kind.of(cut).allAtOnce("-d"));
    assertEquals(Optional.empty(), Kind.of(cut).allAtOnce("-x"));
    assertEquals(Optional.empty(), Kind.of(cut).allAtOnce("cut"));
    Exercise tail = command("tail {{-n 20}} server.log", false);
    assertTrue(rightTypedAtOnce(tail, "tail -n 20 server.log"));
    assertTrue(rightTypedAtOnce(tail, "tail --lines=20 server.log"));
    assertFalse(rightTypedAtOnce(tail, "tail -n 21 server.log"));
    // A text of gaps alone has nothing around them to tell the whole from a gap.
    assertEquals(Optional.empty(), Kind.of(command("{{ls}} {{-a}}", false)).allAtOnce("ls -a"));
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
