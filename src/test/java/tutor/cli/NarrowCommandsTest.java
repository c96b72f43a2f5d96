package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tutor.TestPacks;

/**
 * The commands a learner runs between sessions, at a terminal 50 and 80 columns wide: every line
 * they write (stdout and stderr) fits, broken between words. Found in a simulated week: leeches,
 * credential issue, backup --list, doctor and optimize wrote lines of 51 to 172 columns at 50.
 */
class NarrowCommandsTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    Cli cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    // A day's study: an automatic backup, answers for optimize to count.
    cli.input("Paris\n5\n", "study", "--limit", "2", NOW);
    assertEquals(0, cli.run("backup", NOW).code());
  }

  private static void fits(String what, String text, int columns) {
    List<String> wide =
        text.lines().filter(l -> l.replaceAll("\u001B\\[[0-9;]*m", "").length() > columns).toList();
    assertTrue(
        wide.isEmpty(),
        what
            + ": lines wider than "
            + columns
            + ":\n"
            + String.join("\n", wide)
            + "\n---\n"
            + text);
  }

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {50, 80})
  void learnerCommandsFitTheTerminal(int columns) throws Exception {
    TerminalCli at = new TerminalCli(db).size(columns, 200);
    for (String[] command :
        List.of(
            new String[] {"leeches"},
            new String[] {"credential", "issue", "--pack", "demo"},
            new String[] {"backup", "--list"},
            new String[] {"doctor"},
            new String[] {"optimize"})) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = NOW;
      TerminalCli.Result r = at.keys("", args);
      String what = String.join(" ", command);
      assertTrue(!r.out().isBlank() || !r.err().isBlank(), what + " said nothing: " + r);
      fits(what, r.out(), columns);
      fits(what, r.err(), columns);
    }
  }

  /** A pack update's summary (brought back, starting again and why) fits, as a dry run and done. */
  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {50, 80})
  void aPackUpdateSaysWhatChangedWithinTheTerminal(int columns) throws Exception {
    TerminalCli at = new TerminalCli(db).size(columns, 200);
    Path retired = TestPacks.demo(dir, "1.1.0", false);
    Path back = TestPacks.demo(dir, "1.2.0", true);
    Path basics = back.resolve("exercises/basics.yaml");
    java.nio.file.Files.writeString(
        basics,
        java.nio.file.Files.readString(basics).replace("answers: [Paris]", "answers: [Lyon]"));
    for (String[] command :
        List.of(
            new String[] {"pack", "add", retired.toString()},
            new String[] {"pack", "add", "--dry-run", back.toString()},
            new String[] {"pack", "add", back.toString()})) {
      TerminalCli.Result r = at.keys("", command);
      String what = String.join(" ", command);
      assertEquals(0, r.code(), what + ": " + r);
      assertTrue(r.out().contains(" -> 1."), what + ": " + r);
      fits(what, r.out(), columns);
      if (command.length == 3) {
        // The backup before it: its path whole on a line of its own, the rest fitted, and the
        // command that restores it at the end of its line, to be copied whole.
        String err = r.err();
        fits(what, err.lines().filter(l -> !l.startsWith(dir.toString())).toList(), columns);
        assertTrue(
            err.matches("(?s).*tutor restore[ \\n]tutor-\\S+-before-pack-update\\.db\\n"), err);
      }
    }
  }

  /**
   * A path wider than the terminal (a backup's, an export's) is one word: never broken, not even
   * after a '/' (copied, it had a line break in it); it stands on a line of its own from the first
   * column, and the terminal wraps it softly (a soft-wrapped line is copied whole). Every other
   * line fits the terminal.
   */
  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {50, 80})
  void aLongPathIsPrintedWholeOnALineOfItsOwn(int columns) throws Exception {
    Path deep =
        dir.resolve("a-rather-long-directory-name-for-notes")
            .resolve("with-another-level-of-folders-in-it");
    java.nio.file.Files.createDirectories(deep);
    Path learner = deep.resolve("tutor.db");
    java.nio.file.Files.copy(db, learner);
    TerminalCli at = new TerminalCli(learner).size(columns, 200);
    Path export = deep.resolve("an-export-of-everything-i-learned.json");
    for (String[] command :
        List.of(
            new String[] {"backup"},
            new String[] {"backup", "--list"},
            new String[] {"export", "--out", export.toString()})) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = NOW;
      TerminalCli.Result r = at.keys("", args);
      String what = String.join(" ", command);
      assertEquals(0, r.code(), what + ": " + r);
      String said = r.out() + r.err();
      String folder = deep.toString();
      List<String> paths = said.lines().filter(l -> l.contains(folder)).toList();
      assertTrue(!paths.isEmpty(), what + ": no line holds the whole path:\n" + said);
      for (String line : paths)
        assertTrue(
            line.startsWith(folder) && !line.strip().contains(" "),
            what + ": a path shares its line:\n" + said);
      fits(what, r.out().lines().filter(l -> !l.startsWith(folder)).toList(), columns);
      fits(what, r.err().lines().filter(l -> !l.startsWith(folder)).toList(), columns);
    }
  }

  /**
   * pack new, validate and import wrote their paths inside long lines at 50 columns ("in /" /
   * "tmp/..." / "ck:"), and "Next:" ran two commands together on one line cut anywhere.
   */
  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {50, 80})
  void packAuthoringPrintsItsPathsWholeAndItsCommandsReadyToCopy(int columns) throws Exception {
    Path deep = dir.resolve("a-rather-long-directory-name-for-packs").resolve("my-first-pack-here");
    Path deck = dir.resolve("deck.csv");
    java.nio.file.Files.writeString(deck, "front,back\nbonjour,hello\nmerci,thank you\n");
    Path imported = dir.resolve("a-rather-long-directory-name-for-packs").resolve("imported-deck");
    TerminalCli at = new TerminalCli(db).size(columns, 200);
    for (String[] command :
        List.of(
            new String[] {"pack", "new", "my-first-pack", "--dir", deep.toString()},
            new String[] {"pack", "validate", deep.toString()},
            new String[] {"pack", "validate", dir.toString()},
            new String[] {"pack", "import", deck.toString(), "--out", imported.toString()})) {
      TerminalCli.Result r = at.keys("", command);
      String what = String.join(" ", command);
      String said = r.out() + r.err();
      for (Path p : List.of(deep, dir, imported)) {
        if (!List.of(command).contains(p.toString())) continue;
        if (!said.contains(p.getFileName().toString())) continue; // not named in the output
        // A path is whole on one line, ending it: the line copied is the path (and no '.' or ':').
        assertTrue(
            said.lines().anyMatch(l -> l.strip().endsWith(p.toString())),
            what + ": the path is not whole at a line's end:\n" + said);
      }
      List<String> others =
          said.lines()
              .filter(l -> !l.strip().startsWith(dir.toString()))
              .filter(l -> !l.strip().startsWith("/") || l.length() <= columns)
              .toList();
      fits(what, others, columns);
      if (command[1].equals("new") || command[1].equals("import")) {
        String next = command[1].equals("new") ? "tutor pack validate" : "tutor pack lint";
        Path made = command[1].equals("new") ? deep : imported;
        // The command to run next, ready to copy: whole, or continued as a shell continues it.
        assertTrue(
            said.replace(" \\\n", " ").replaceAll(" +", " ").contains(next + " " + made),
            what + ": no command to copy:\n" + said);
      }
    }
  }

  private static void fits(String what, List<String> lines, int columns) {
    fits(what, String.join("\n", lines), columns);
  }
}
