package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.kind.AnswerGrader;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Normalization;

/**
 * A command typed as it was copied from a page: a shell prompt before it, or backticks around it
 * (round 9 of the learner answers: "$ git init", "`git status`"). Neither is part of what is run.
 */
class CommandAsPastedTest {
  private static final Normalization STRICT = new Normalization(true, false, true, false);

  private static Exercise command(String... answers) {
    return Exercises.of(new Exercise.Text(List.of(answers), null, STRICT, CommandMatchTest.TABLE));
  }

  private static boolean correct(Exercise e, String typed) {
    Outcome o = new AnswerGrader().grade(e, Kind.of(e).present(1L), List.of(typed));
    return o instanceof Outcome.Graded g && g.correct();
  }

  @Test
  void aPromptOrBackticksAroundARightCommandAreTakenOff() {
    Exercise e = command("git init");
    assertTrue(correct(e, "$ git init"));
    assertTrue(correct(e, "`git init`"));
    assertTrue(correct(e, "  `$ git init`  "));
    assertTrue(correct(command("ls -a"), "$ ls --all"));
  }

  @Test
  void theyNeverMakeAWrongCommandRight() {
    Exercise e = command("git init");
    assertFalse(correct(e, "$ git clone"));
    assertFalse(correct(e, "`git init` now"));
    assertFalse(correct(e, "$git init"));
    assertFalse(correct(e, "``"));
    assertFalse(correct(command("echo $HOME"), "$HOME"));
  }

  @Test
  void aKeyThatStartsWithOneKeepsThemAsTyped() {
    assertFalse(correct(command("`date`"), "date"));
    assertTrue(correct(command("`date`"), "`date`"));
  }

  @Test
  void onlyAWholeWrappingOrALeadingPromptIsTakenOff() {
    assertEquals("git init", CommandMatch.withoutPromptOrBackticks("$ git init"));
    assertEquals("git status", CommandMatch.withoutPromptOrBackticks(" `git status` "));
    assertEquals("echo `date`", CommandMatch.withoutPromptOrBackticks("echo `date`"));
    assertEquals("`a` and `b`", CommandMatch.withoutPromptOrBackticks("`a` and `b`"));
    assertEquals("$HOME", CommandMatch.withoutPromptOrBackticks("$HOME"));
    assertEquals("$", CommandMatch.withoutPromptOrBackticks("$ "));
  }
}
