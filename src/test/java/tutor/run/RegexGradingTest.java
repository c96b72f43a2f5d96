package tutor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts on patterns: the strings named, hidden ones counted, runaway backtracking stopped. */
class RegexGradingTest {
  static final RegexGrading GRADING =
      new RegexGrading(new Limits(Duration.ofSeconds(1), 0), () -> SqlSandboxTest.afterLooks(200));
  static final RegexGrading.Task ZIP =
      new RegexGrading.Task(
          true,
          false,
          List.of("12345", "00501"),
          List.of("1234", "123456"),
          List.of("99999"),
          List.of("12a45"));

  @Test
  void aPatternThatFitsEveryStringIsRight() {
    for (String p :
        List.of("[0-9]{5}", "\\d{5}", "\\d\\d\\d\\d\\d", "^[0-9]{5}$", " [[0-9]]{5} ")) {
      assertTrue(GRADING.grade(ZIP, p).correct(), p);
    }
  }

  @Test
  void theStringsGotWrongAreNamedAndHiddenOnesOnlyCounted() {
    assertEquals(
        "It should not match '1234' and 1 hidden string but does.",
        GRADING.grade(ZIP, "[0-9a-z]{4,5}").detail());
    assertEquals("It should not match '123456' but does.", GRADING.grade(ZIP, "\\d{5,6}").detail());
    assertEquals(
        "It should match '12345', '00501' and 1 hidden string but does not.",
        GRADING.grade(ZIP, "[2-8]{5}").detail());
  }

  /**
   * The screen closes up runs of spaces, so that ' ' and ' ' once read alike in "It should match '
   * ', ' '" (round 8): their spaces are counted in words.
   */
  @Test
  void stringsOfSpacesSayHowManySpacesTheyHold() {
    RegexGrading.Task blank =
        new RegexGrading.Task(
            false, false, List.of("", " ", "    "), List.of("x", "  text  "), List.of(), List.of());
    assertEquals(
        "It should match ' ' (one space) and '    ' (4 spaces) but does not.",
        GRADING.grade(blank, "^$").detail());
    assertEquals(
        "It should match '' (the empty string) but does not.",
        GRADING.grade(blank, "^ +$").detail());
    assertEquals(
        "It should not match '  text  ' (2 spaces at the start, 2 spaces at the end) but does.",
        GRADING.grade(blank, "^( *| +text +)$").detail());
  }

  @Test
  void aMatchInsideIsNotAWholeMatch() {
    RegexGrading.Task t =
        new RegexGrading.Task(
            true, false, List.of("error: disk"), List.of("ok"), List.of(), List.of());
    assertEquals(
        "It should match 'error: disk' but does not. (It finds a match inside, but the whole string must"
            + " match.)",
        GRADING.grade(t, "error").detail());
    RegexGrading.Task find =
        new RegexGrading.Task(
            false, false, List.of("error: disk"), List.of("ok"), List.of(), List.of());
    assertTrue(GRADING.grade(find, "error").correct());
  }

  @Test
  void ignoreCaseIsTheExercisesChoice() {
    RegexGrading.Task t =
        new RegexGrading.Task(
            false, true, List.of("ERROR", "Error"), List.of("warn"), List.of(), List.of());
    assertTrue(GRADING.grade(t, "error").correct());
  }

  @Test
  void aPosixClassAsGrepWritesItIsExplained() {
    assertEquals(
        "It should match '12345', '00501' and 1 hidden string but does not. (Java has no [[:digit:]]:"
            + " inside brackets it is a set of letters; write \\p{Digit} instead.)",
        GRADING.grade(ZIP, "[[:digit:]]{5}").detail());
  }

  /**
   * The line's ends are cut (a stray space after a pattern is common), and a wrong verdict says so:
   * " cat " is graded as "cat", and " *" as the invalid "*", which the learner never typed.
   */
  @Test
  void aPatternCutAtTheEndsIsToldWhatWasGraded() {
    RegexGrading.Task word =
        new RegexGrading.Task(
            false, false, List.of("the cat sat"), List.of("concatenate"), List.of(), List.of());
    assertEquals(
        "It should not match 'concatenate' but does. (Spaces at the ends of the line are not part of"
            + " the pattern: it was read as 'cat'. For a space at an end, write [ ].)",
        GRADING.grade(word, " cat ").detail());
    assertEquals(
        "Not a valid pattern: Dangling meta character '*' (at character 1). (Spaces at the ends of"
            + " the line are not part of the pattern: it was read as '*'. For a space at an end,"
            + " write [ ].)",
        GRADING.grade(word, " *").detail());
    assertEquals(
        "It should not match 'concatenate' but does.", GRADING.grade(word, "cat").detail());
  }

  @Test
  void anInvalidPatternIsAWrongAnswerWithItsMessage() {
    RegexGrading.Verdict v = GRADING.grade(ZIP, "([0-9]{5}");
    assertEquals("Not a valid pattern: Unclosed group (at the end).", v.detail());
  }

  @Test
  void catastrophicBacktrackingIsStopped() {
    String longA = "a".repeat(40) + "b";
    RegexGrading.Task t =
        new RegexGrading.Task(true, false, List.of("aaa"), List.of(longA), List.of(), List.of());
    // Java 17 remembers where (a+)+ failed, so the classic example gives a verdict at once ...
    assertTrue(GRADING.grade(t, "(a+)+$").correct());
    // ... but a repeated group with a wildcard still tries every split: stopped at the deadline.
    RegexGrading.Verdict v = GRADING.grade(t, "(.*a){12}$");
    assertEquals(
        "Your pattern took too long on 'aaaaaaaaaaaaaaaaaaaaaaaa…' (more than 1 second) and was stopped:"
            + " a repetition of a group that can match in many ways, such as (.*a){12}, tries every way to split a"
            + " string.",
        v.detail());
    RegexGrading.Task hidden =
        new RegexGrading.Task(true, false, List.of("aaa"), List.of(), List.of(), List.of(longA));
    assertTrue(
        GRADING
            .grade(hidden, "(.*a){12}$")
            .detail()
            .contains("on a hidden string of 41 characters"));
  }

  @Test
  void anAuthorsSolutionIsCheckedAgainstItsOwnLists() {
    assertNull(RegexGrading.firstWrong("[0-9]{5}", ZIP, Deadline.NEVER));
    // Each names the list the string stands in: the author fixes the pattern or that list.
    assertEquals(
        "matches '12a45' (of hidden_reject:)",
        RegexGrading.firstWrong("[0-9a-z]{5}", ZIP, Deadline.NEVER));
    assertEquals(
        "does not match '12345' (of match:)",
        RegexGrading.firstWrong("[0-9]{4}", ZIP, Deadline.NEVER));
    assertEquals(
        "does not match '99999' (of hidden_match:)",
        RegexGrading.firstWrong("[0-8]{5}", ZIP, Deadline.NEVER));
    assertEquals(
        "matches '1234' (of reject:)", RegexGrading.firstWrong("[0-9]+", ZIP, Deadline.NEVER));
  }
}
