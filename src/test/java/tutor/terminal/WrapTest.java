package tutor.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {
  @Test
  void aNumberKeepsItsUnitOnItsLine() {
    // At 50 columns the summary read "... 6 correct (100%), 21" and then "s of study." alone.
    assertEquals(
        List.of("Session summary: 6 answered, 6 correct (100%),", "21 s of study."),
        Wrap.lines("Session summary: 6 answered, 6 correct (100%), 21 s of study.", 49, ""));
    assertEquals(
        List.of("Time studied today:", "26 s of study."),
        Wrap.lines("Time studied today: 26 s of study.", 23, ""));
  }

  @Test
  void codeOfSeveralWordsStaysOnOneLineWhereItFits() {
    // week6 at 50 columns: "You run echo one" and then "> log.txt and then ...", read as a prompt.
    String plain =
        "log.txt has 3 lines. You run `echo one > log.txt` and then `echo two >> log.txt`.";
    assertEquals(
        List.of(
            "log.txt has 3 lines. You run",
            "`echo one > log.txt` and then",
            "`echo two >> log.txt`."),
        Wrap.lines(plain, 36, ""));
    Style colour = new Style(true, true);
    String coloured = "You run " + colour.cyan("echo one > log.txt") + " now.";
    List<String> lines = Wrap.lines(coloured, 24, "");
    assertEquals(2, lines.size(), lines.toString());
    assertEquals("You run", lines.get(0));
    assertEquals(colour.cyan("echo one > log.txt") + " now.", lines.get(1));
    // Code longer than a line breaks between its words, as any text does.
    assertEquals(
        List.of("`sort -n --reverse", "big.txt`"),
        Wrap.lines("`sort -n --reverse big.txt`", 20, ""));
  }

  @Test
  void aSizeKeepsItsUnitOnItsLine() {
    // At 50 columns backup said "...db (2.0" and then "MB, integrity checked)."
    assertEquals(
        List.of("Backed up to the file", "(2.0 MB, checked)."),
        Wrap.lines("Backed up to the file (2.0 MB, checked).", 26, ""));
  }

  @Test
  void theHintKeyStaysWithWhatItDoes() {
    // At 80 columns: "... as grep finds it. (?" and then "for a hint, 2 in all)".
    assertEquals(
        List.of("Type a pattern found in it.", "(? for a hint)"),
        Wrap.lines("Type a pattern found in it. (? for a hint)", 30, ""));
  }

  @Test
  void numbersTypedTogetherStayTogether() {
    // A multi-select at 50 columns: "Several are right: type all their numbers, e.g. 1" / "3.".
    assertEquals(
        List.of("Several are right: type all their numbers, e.g.", "1 3. (? for a hint)"),
        Wrap.lines("Several are right: type all their numbers, e.g. 1 3. (? for a hint)", 50, ""));
  }

  @Test
  void wordsAreStillBrokenBetweenWhereNoUnitFollows() {
    assertEquals(
        List.of("alpha beta gamma", "delta 26 epsilon"),
        Wrap.lines("alpha beta gamma delta 26 epsilon", 20, ""));
  }

  @Test
  void aCommandInBracketsStaysOnOneLineWhereItFits() {
    // At 80 columns the summary's advice ended "(tutor study" and "--pack unix-shell)." below.
    String advice =
        "9 new exercises are still open today: go on whenever you like (tutor study --pack"
            + " unix-shell).";
    assertEquals(
        List.of(
            "9 new exercises are still open today: go on whenever you like",
            "(tutor study --pack unix-shell)."),
        Wrap.lines(advice, 80, ""));
    // Longer than a line: broken between its words, never cut inside one.
    assertEquals(
        List.of("go on (tutor study", "--pack unix-shell)."),
        Wrap.lines("go on (tutor study --pack unix-shell).", 20, ""));
  }

  @Test
  void aPathWiderThanTheLineStandsWholeOnALineOfItsOwn() {
    // At 50 columns a backup's name was cut "with-an" / "other-level-of-folders/..."; then broken
    // after a '/', and copied with a line break in it. A path is one word: whole on its own line
    // from the first column; the terminal wraps it softly, and copies a soft-wrapped line whole.
    String path =
        "/tmp/screens/a-rather-long-directory-name/with-another-level-of-folders/"
            + "tutor-backup-20261205-233010.db";
    List<String> lines = Wrap.lines("Backed up to " + path + " (2.0 MB).", 49, "");
    assertEquals(List.of("Backed up to", path, "(2.0 MB)."), lines);
    // Indented text: the path still starts at the first column, where the copy begins.
    assertEquals(
        List.of("    See", path, "    for the copy."),
        Wrap.lines("    See " + path + " for the copy.", 49, ""));
    assertEquals(List.of("  See", path), Wrap.lines("See " + path, 49, "  "));
    // A path that fits a line stays whole on one.
    assertEquals(
        List.of("Exported to", "/home/ana/notes/tutor-export.json."),
        Wrap.lines("Exported to /home/ana/notes/tutor-export.json.", 40, ""));
    // Another word wider than the line: nothing else to do but cut it, as the terminal would.
    assertEquals(
        List.of("aaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaa"), Wrap.lines("a".repeat(31), 26, ""));
  }
}
