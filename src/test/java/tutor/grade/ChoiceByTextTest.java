package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.kind.AnswerGrader;
import tutor.pack.Exercise;

/** A choice answered by typing an option's text, or the start of it, instead of its number. */
class ChoiceByTextTest {
  private final AnswerGrader grader = new AnswerGrader();
  private final Exercise single =
      Exercises.choice(
          List.of("git add", "git commit", "git commit --amend", "git status"), List.of(1), true);
  private final Exercise several =
      Exercises.choice(List.of("Paris", "Lyon", "Berlin, Germany", "Madrid"), List.of(0, 2), true);

  /** Shown in reverse: pack index i at position 4 - i. */
  private final Presentation reversed = new Presentation(List.of(3, 2, 1, 0));

  private final Presentation three = new Presentation(List.of(2, 1, 0));

  private Outcome grade(Exercise e, String typed) {
    Exercise.Choice c = (Exercise.Choice) e.body();
    return grader.grade(e, c.options().size() == 3 ? three : reversed, List.of(typed));
  }

  private boolean right(Exercise e, String typed) {
    return assertInstanceOf(Outcome.Graded.class, grade(e, typed)).correct();
  }

  @Test
  void theWholeTextOfAnOptionPicksIt() {
    assertTrue(right(single, "git commit"));
    assertFalse(right(single, "git add"));
  }

  @Test
  void theTextIsComparedForgivingly() {
    assertTrue(right(single, "  GIT   Commit. "));
  }

  @Test
  void anExactTextWinsOverOptionsItIsTheStartOf() {
    // "git commit" is also the start of "git commit --amend": the exact option is meant.
    assertTrue(right(single, "git commit"));
    assertFalse(right(single, "git commit --amend"));
  }

  @Test
  void anUnambiguousStartPicksTheOption() {
    Exercise status =
        Exercises.choice(List.of("git add", "git commit", "git status"), List.of(2), true);
    assertTrue(right(status, "git st"));
    assertTrue(right(status, "git s"));
    assertFalse(right(status, "git a"));
    // Graded (not asked again): the start names one option, a wrong one.
    assertFalse(right(single, "git commit --a"));
  }

  @Test
  void anAmbiguousStartIsAskedAgainWithTheCandidates() {
    Outcome.Invalid invalid = assertInstanceOf(Outcome.Invalid.class, grade(single, "git"));
    // Positions as shown: git status 1, git commit --amend 2, git commit 3, git add 4.
    assertTrue(invalid.message().contains("'git' could be"), invalid.message());
    assertTrue(invalid.message().contains("1) git status"), invalid.message());
    assertTrue(invalid.message().contains("4) git add"), invalid.message());
    assertTrue(invalid.message().contains("type more of it, or the number"), invalid.message());
  }

  @Test
  void textThatStartsNoOptionIsAskedAgain() {
    Outcome.Invalid invalid = assertInstanceOf(Outcome.Invalid.class, grade(single, "svn commit"));
    assertTrue(invalid.message().contains("or the start of its text"), invalid.message());
  }

  @Test
  void numbersStillWork() {
    assertTrue(right(single, "3")); // git commit is shown third
    assertFalse(right(single, "4"));
  }

  @Test
  void severalOptionsByTextSeparatedBySemicolonsOrCommas() {
    assertTrue(right(several, "Paris; Berlin, Germany"));
    assertTrue(right(several, "Berlin; paris"));
    assertTrue(right(several, "par, ber"));
    assertFalse(right(several, "Paris; Lyon"));
    // Numbers and texts may be mixed: Paris is shown fourth.
    assertTrue(right(several, "4; Berlin"));
  }

  @Test
  void aSingleChoiceNamedTwiceIsAskedAgain() {
    Outcome.Invalid invalid =
        assertInstanceOf(Outcome.Invalid.class, grade(single, "git add; git status"));
    assertEquals("Choose one option (1-4).", invalid.message());
  }

  @Test
  void anOptionAsWrittenWinsOverOptionsThatDifferOnlyInSurroundingSigns() {
    Exercise log = Exercises.choice(List.of("*.log", "/*.log", "log/", "!*.log"), List.of(0), true);
    assertTrue(right(log, "*.log"));
    assertTrue(right(log, " *.log "));
    assertFalse(right(log, "/*.log"));
    assertFalse(right(log, "!*.log"));
  }

  @Test
  void theCaseOfAnOptionCounts() {
    Exercise delete =
        Exercises.choice(
            List.of(
                "git branch -D experiment", "git branch -m experiment", "git switch -d experiment"),
            List.of(0),
            true);
    assertTrue(right(delete, "git branch -D experiment"));
    assertTrue(right(delete, "GIT BRANCH -D"));
    assertInstanceOf(Outcome.Invalid.class, grade(delete, "git branch -d experiment"));
    assertInstanceOf(Outcome.Invalid.class, grade(delete, "git branch -d"));
    Exercise flag = Exercises.choice(List.of("-i", "-c", "-v"), List.of(0), true);
    assertTrue(right(flag, "-i"));
    assertInstanceOf(Outcome.Invalid.class, grade(flag, "-I"));
    assertTrue(ChoiceText.optionCaseDiffers("rm -R old", "rm -r old"));
    assertFalse(ChoiceText.optionCaseDiffers("Ctrl-c", "Ctrl-C"));
  }

  @Test
  void theCaseOfAGlobAPathOrAVariableCounts() {
    Exercise glob = Exercises.choice(List.of("*.txt", "?.txt", ".txt*"), List.of(0), true);
    assertTrue(right(glob, "*.txt"));
    assertInstanceOf(Outcome.Invalid.class, grade(glob, "*.TXT"));
    assertTrue(ChoiceText.optionCaseDiffers("cd ~/Notes", "cd ~/notes"));
    assertTrue(ChoiceText.optionCaseDiffers("echo $home", "echo $HOME"));
    assertTrue(ChoiceText.optionCaseDiffers(".GIT/info/exclude", ".git/info/exclude"));
    assertFalse(ChoiceText.optionCaseDiffers("In the staging area", "in the staging area"));
  }

  @Test
  void signsThatNormalizingDropsTellOptionsApartByTheirStart() {
    Exercise quotes =
        Exercises.choice(List.of("'Berlin'", "\"Berlin\"", "Berlin", "`Berlin`"), List.of(0), true);
    assertTrue(right(quotes, "'Berlin'"));
    assertTrue(right(quotes, "'Berl"));
    assertFalse(right(quotes, "\"Berlin"));
    assertFalse(right(quotes, "Berl"), "the start of plain Berlin only, as typed");
  }

  @Test
  void anOptionWhoseTextIsNumbersIsPickedByItsText() {
    Exercise ranks =
        Exercises.choice(
            List.of("1, 2, 2, 4", "1, 2, 2, 3", "1, 2, 3, 4", "1, 1, 2, 3"), List.of(0), false);
    Presentation asIs = new Presentation(List.of(0, 1, 2, 3));
    for (String typed : List.of("1, 2, 2, 4", "1,2,2,4", "1 , 2 , 2 , 4", "1")) {
      Outcome o = grader.grade(ranks, asIs, List.of(typed));
      assertTrue(assertInstanceOf(Outcome.Graded.class, o).correct(), typed);
    }
    for (String typed : List.of("1, 2, 3, 4", "1,1,2,3", "2")) {
      Outcome o = grader.grade(ranks, asIs, List.of(typed));
      assertFalse(assertInstanceOf(Outcome.Graded.class, o).correct(), typed);
    }
  }
}
