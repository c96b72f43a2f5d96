package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;

class NearMissTest {
  private static Exercise text(String... answers) {
    return new Exercise(
        "t",
        List.of("s"),
        "?",
        2,
        List.of(),
        "",
        List.of(),
        new Exercise.Text(List.of(answers), null, Normalization.DEFAULT));
  }

  @Test
  void oneLetterOffInAFiveLetterAnswerIsANearMiss() {
    NearMiss n = Kind.nearMiss(text("Paris"), List.of("Pari"), 0.2).orElseThrow();
    assertEquals("Pari", n.typed());
    assertEquals("Paris", n.expected());
    assertEquals("    ^", n.marks());
  }

  @Test
  void twoLettersOffInAFiveLetterAnswerIsSimplyWrong() {
    assertTrue(Kind.nearMiss(text("Paris"), List.of("Prs"), 0.2).isEmpty());
  }

  @Test
  void shortAnswersAreNeverNearMissesBecauseOneLetterChangesTheMeaning() {
    assertTrue(Kind.nearMiss(text("ls"), List.of("la"), 0.5).isEmpty());
    assertTrue(Kind.nearMiss(text("pwd"), List.of("pws"), 0.5).isEmpty());
  }

  @Test
  void numbersAndChoicesAreNeverNearMisses() {
    Exercise numeric =
        new Exercise(
            "n",
            List.of("s"),
            "?",
            2,
            List.of(),
            "",
            List.of(),
            new Exercise.Numeric(1000, 0, false, ""));
    assertTrue(Kind.nearMiss(numeric, List.of("1001"), 0.5).isEmpty());
  }

  @Test
  void aToleranceOfZeroTurnsItOff() {
    assertTrue(Kind.nearMiss(text("Paris"), List.of("Pari"), 0).isEmpty());
  }

  @Test
  void aClozeIsANearMissWhenEveryWrongGapIsNear() {
    String t = "Water boils at {{hundred}} degrees {{Celsius}}.";
    Exercise cloze =
        new Exercise(
            "c",
            List.of("s"),
            "",
            2,
            List.of(),
            "",
            List.of(),
            new Exercise.Cloze(t, Gap.parse(t), Normalization.DEFAULT));
    NearMiss n = Kind.nearMiss(cloze, List.of("hundred", "Celcius"), 0.2).orElseThrow();
    assertEquals("hundred | Celcius", n.typed());
    assertEquals("hundred | Celsius", n.expected());
    assertTrue(Kind.nearMiss(cloze, List.of("ten", "Celcius"), 0.2).isEmpty());
  }

  @Test
  void marksPointAtMissingExtraAndChangedLetters() {
    assertEquals("  ^", EditDistance.marks("cat", "cab"));
    assertEquals("   ^", EditDistance.marks("cat", "cats"));
    assertEquals("", EditDistance.marks("same", "same"));
  }

  private static Exercise prose(Normalization n, String... answers) {
    return new Exercise(
        "t",
        List.of("s"),
        "?",
        2,
        List.of(),
        "",
        List.of(),
        new Exercise.Text(List.of(answers), null, n));
  }

  private static final Normalization STRICT = new Normalization(true, false, true, false);

  private static Exercise command(String... answers) {
    return new Exercise(
        "c",
        List.of("s"),
        "?",
        2,
        List.of(),
        "",
        List.of(),
        new Exercise.Text(List.of(answers), null, STRICT, tutor.grade.CommandMatchTest.TABLE));
  }

  /**
   * {@code note.md} for {@code notes.md}: another file, so neither credited nor offered, but the
   * verdict says how close it was instead of a bare "Not quite".
   */
  @Test
  void aFileNameOneLetterOffIsWrongWithoutAnOfferButSaysAlmost() {
    Exercise e = command("git restore notes.md");
    assertTrue(Kind.nearMiss(e, List.of("git restore note.md"), 0.2).isEmpty());
    Outcome.Graded g =
        (Outcome.Graded)
            new tutor.kind.AnswerGrader()
                .grade(e, Kind.of(e).present(1L), List.of("git restore note.md"));
    assertEquals(false, g.correct());
    assertEquals(
        "Almost: you typed note.md where the answer has notes.md. A name one letter off names"
            + " something else (another file, branch or setting), so it does not count.",
        g.detail());
    Outcome.Graded other =
        (Outcome.Graded)
            new tutor.kind.AnswerGrader()
                .grade(e, Kind.of(e).present(1L), List.of("git restore --staged notes.md"));
    assertEquals("", other.detail(), "another command is simply wrong");
  }

  /**
   * Two letters off in a short word of a long answer make another word, not a slip: {@code NONE
   * EXISTS} for {@code NOT EXISTS} is within a fifth of the answer but two of the word's three.
   */
  @Test
  void twoLettersOffInAShortWordAreNotASlip() {
    assertTrue(Kind.nearMiss(text("NOT EXISTS"), List.of("NONE EXISTS"), 0.2).isEmpty());
    assertTrue(Kind.nearMiss(text("NOT EXISTS"), List.of("NTO EXISTS"), 0.2).isPresent());
    assertTrue(Kind.nearMiss(text("NOT EXISTS"), List.of("NOT EXSITS"), 0.2).isPresent());
    assertTrue(Kind.nearMiss(text("staging area"), List.of("stagign area"), 0.2).isPresent());
  }

  /**
   * In a word of fewer than four letters only a swap of two neighbours is a slip: {@code NO EXISTS}
   * and {@code NOR EXISTS} are other words (round 6 offered {@code NO EXISTS}).
   */
  @Test
  void aShortWordIsOnlySlippedBySwappingTwoLetters() {
    assertTrue(Kind.nearMiss(text("NOT EXISTS"), List.of("NO EXISTS"), 0.2).isEmpty());
    assertTrue(Kind.nearMiss(text("NOT EXISTS"), List.of("NOR EXISTS"), 0.2).isEmpty());
    assertTrue(Kind.nearMiss(text("NOT EXISTS"), List.of("NOTE EXISTS"), 0.2).isEmpty());
    assertTrue(Kind.nearMiss(text("NOT EXISTS"), List.of("NTO EXISTS"), 0.2).isPresent());
  }

  /**
   * A plural of the answer's word, or the answer's word of a plural, is a name misremembered, as
   * for commands: {@code config.ymls}, a savepoint {@code before_price} for {@code before_prices}.
   */
  @Test
  void aPluralIsNotASlip() {
    assertTrue(Kind.nearMiss(text("config.yml"), List.of("config.ymls"), 0.2).isEmpty());
    assertTrue(
        Kind.nearMiss(text("ROLLBACK TO before_prices"), List.of("ROLLBACK TO before_price"), 0.2)
            .isEmpty());
    assertTrue(Kind.nearMiss(text("config.yml"), List.of("cofnig.yml"), 0.2).isPresent());
    assertTrue(Kind.nearMiss(text("Paris"), List.of("Pari"), 0.2).isPresent());
  }

  @Test
  void aSwapOfTwoLettersIsOneEditInProse() {
    NearMiss git =
        Kind.nearMiss(prose(STRICT, ".git", ".git/"), List.of(".gti"), 0.2).orElseThrow();
    assertEquals(".git", git.expected());
    assertEquals("  ^", git.marks());
    NearMiss parent = Kind.nearMiss(text("parent"), List.of("parnet"), 0.2).orElseThrow();
    assertEquals("parent", parent.expected());
    assertEquals(3, parent.caret());
  }

  @Test
  void proseKeepsItsCaseAndAccentRules() {
    // Case-insensitive by default: "PARNET" is the same slip.
    assertTrue(Kind.nearMiss(text("parent"), List.of("PARNET"), 0.2).isPresent());
    assertEquals(3, Kind.nearMiss(text("parent"), List.of("PARNET"), 0.2).orElseThrow().caret());
    // Accents count when the exercise says so: a missing accent is then a letter off.
    Normalization accents = new Normalization(false, true, false, false);
    NearMiss n =
        Kind.nearMiss(prose(accents, "café noir"), List.of("cafe noir"), 0.2).orElseThrow();
    assertEquals(3, n.caret());
  }

  @Test
  void proseIsNeverOfferedWhenADigitSignSpaceOrQuoteDiffers() {
    assertTrue(Kind.nearMiss(prose(STRICT, "rm *.tmp"), List.of("rm * .tmp"), 0.2).isEmpty());
    assertTrue(
        Kind.nearMiss(prose(STRICT, "chmod u+x backup.sh"), List.of("chmod u-x backup.sh"), 0.2)
            .isEmpty());
    assertTrue(
        Kind.nearMiss(prose(STRICT, "head -n 5 data.csv"), List.of("head -n 6 data.csv"), 0.2)
            .isEmpty());
    assertTrue(
        Kind.nearMiss(prose(STRICT, "echo \"$HOME\""), List.of("echo '$HOME'"), 0.2).isEmpty());
    assertTrue(Kind.nearMiss(prose(STRICT, "1984"), List.of("1948"), 0.5).isEmpty());
  }

  @Test
  void aClozeGapThatIsCodeIsNeverANearMiss() {
    String t = "chmod {{go-w|og-w}} report.txt; cp {{*.jpg}} backup/";
    Exercise cloze =
        new Exercise(
            "c",
            List.of("s"),
            "",
            2,
            List.of(),
            "",
            List.of(),
            new Exercise.Cloze(t, Gap.parse(t), STRICT));
    assertTrue(Kind.nearMiss(cloze, List.of("o-w", "*.jpg"), 0.2).isEmpty());
    assertTrue(Kind.nearMiss(cloze, List.of("go-r", "*.jpg"), 0.2).isEmpty());
    assertTrue(Kind.nearMiss(cloze, List.of("go-w", "*.jpeg"), 0.2).isEmpty());
    // A plain word keeps its slips, also with a dot: ".gti" for ".git".
    assertTrue(Kind.nearMiss(prose(STRICT, ".git"), List.of(".gti"), 0.2).isPresent());
  }

  @Test
  void proseIsNeverOfferedForALetterOfAnOption() {
    assertTrue(
        Kind.nearMiss(prose(STRICT, "git branch -m main"), List.of("git branch -d main"), 0.2)
            .isEmpty());
    assertTrue(
        Kind.nearMiss(prose(STRICT, "grep --recursive x"), List.of("grep --recrusive x"), 0.2)
            .isEmpty());
    // A letter of a plain word next to an option still counts as a slip.
    assertTrue(
        Kind.nearMiss(prose(STRICT, "git branch -m feature"), List.of("git branch -m featrue"), 0.2)
            .isPresent());
  }

  /** The wrong answers of issue 16 that were offered as "almost" and must not be. */
  @Test
  void theWrongCommandsOfTheReviewAreNeverOffered() {
    List<List<String>> cases =
        List.of(
            List.of("rm *.tmp", "rm * .tmp"),
            List.of("chmod u+x backup.sh", "chmod u-x backup.sh"),
            List.of("./noisy.sh >/dev/null 2>&1", "./noisy.sh 2>&1 >/dev/null"),
            List.of("kill 4242", "kill -9 4242"),
            List.of("echo \"$HOME\"", "echo '$HOME'"),
            List.of("tr 'a-z' 'A-Z' < shout.txt", "tr 'A-Z' 'a-z' < shout.txt"),
            List.of("head -n 5 data.csv", "head -n 6 data.csv"),
            List.of("git branch -m main", "git branch -d main"));
    for (List<String> c : cases) {
      assertTrue(Kind.nearMiss(command(c.get(0)), List.of(c.get(1)), 0.2).isEmpty(), c.toString());
      assertTrue(
          Kind.nearMiss(prose(STRICT, c.get(0)), List.of(c.get(1)), 0.2).isEmpty(),
          "as text: " + c);
      assertTrue(
          Kind.nearMiss(command(c.get(0)), List.of(c.get(1)), 1.0).isEmpty(),
          "any tolerance: " + c);
    }
  }

  @Test
  void aCommandWithAMisspeltProgramIsOfferedWithTheRestAsTyped() {
    NearMiss n =
        Kind.nearMiss(command("grep -r TODO ."), List.of("gerp -r TODO ."), 0.2).orElseThrow();
    assertEquals("gerp -r TODO .", n.typed());
    assertEquals("grep -r TODO .", n.expected());
    assertEquals(" ^", n.marks());
    // The learner's own spelling of the rest is kept, so the caret is on the slip.
    NearMiss m =
        Kind.nearMiss(command("grep -n -r main src/"), List.of("gerp -rn main src/"), 0.2)
            .orElseThrow();
    assertEquals("grep -rn main src/", m.expected());
    assertEquals(1, m.caret());
  }

  @Test
  void aCommandTypoIsNotOfferedWhenTheToleranceIsZero() {
    assertTrue(Kind.nearMiss(command("grep -r TODO ."), List.of("gerp -r TODO ."), 0).isEmpty());
  }

  @Test
  void theCaretIsUnderTheFirstDifferingCharacter() {
    NearMiss n = Kind.nearMiss(text("parent"), List.of("parnet"), 0.2).orElseThrow();
    List<String> lines = n.lines(80);
    assertEquals("Almost: you typed parnet", lines.get(0));
    assertEquals("    the answer is parent", lines.get(1));
    assertEquals('e', lines.get(1).charAt(lines.get(2).indexOf('^')));
    assertEquals(3, lines.size());
  }

  @Test
  void theCaretFollowsTheAnswerWhenItIsCutToFiftyColumns() {
    String key = "the index holds the snapshot of the next commit you are preparing";
    String typed = "the index holds the snapshot of the next commit you are preapring";
    NearMiss n = Kind.nearMiss(text(key), List.of(typed), 0.2).orElseThrow();
    assertEquals(key.indexOf("preparing") + 3, n.caret());
    List<String> lines = n.lines(50);
    for (String line : lines) assertTrue(line.length() < 50, "fits in 50 columns: '" + line + "'");
    int caretLine = -1;
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).strip().equals("^")) caretLine = i;
    assertTrue(caretLine > 2, lines.toString());
    String above = lines.get(caretLine - 1);
    int column = lines.get(caretLine).indexOf('^');
    // Under the 'p' of "preparing" that "preapring" has in the wrong place.
    assertEquals("pre|p", above.substring(column - 3, column) + "|" + above.charAt(column));
  }

  @Test
  void aClozeGapInAnyOrderIsComparedWithTheGapItWouldFill() {
    String t = "{{stdout}} and {{stderr}}";
    Exercise cloze =
        new Exercise(
            "c",
            List.of("s"),
            "",
            2,
            List.of(),
            "",
            List.of(),
            new Exercise.Cloze(t, Gap.parse(t), Normalization.DEFAULT, true));
    NearMiss n = Kind.nearMiss(cloze, List.of("stderr", "stdotu"), 0.2).orElseThrow();
    assertEquals("stderr | stdout", n.expected());
  }

  @Test
  void aLongCommandIsCutAtSpacesAndTheCaretStaysUnderItsLetter() {
    Exercise ship = command("git push origin feature && git commit --message 'Describe it'");
    NearMiss n =
        Kind.nearMiss(ship, List.of("git push origin feature && git commti -m 'Describe it'"), 0.2)
            .orElseThrow();
    assertEquals(
        List.of(
            "Almost: you typed git push origin feature && git",
            "                  commti -m 'Describe it'",
            "    the answer is git push origin feature && git",
            "                  commit -m 'Describe it'",
            "                      ^"),
        n.lines(50));
    // Under the 'i' of "commit", where "commti" has a 't', on the second line.
    assertEquals('i', n.lines(50).get(3).charAt(n.lines(50).get(4).indexOf('^')));
  }
}
