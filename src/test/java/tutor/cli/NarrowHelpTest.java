package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help at a terminal narrower than Picocli's narrowest help (55 columns): laid out at the
 * terminal's width from Picocli's pieces, and lines of two columns wrapped under their last column.
 */
class NarrowHelpTest {
  @TempDir Path dir;

  private String helpAt50(String... command) throws Exception {
    String[] args = java.util.Arrays.copyOf(command, command.length + 1);
    args[command.length] = "--help";
    TerminalCli.Result r = new TerminalCli(dir.resolve("tutor.db")).size(50, 24).keys("", args);
    assertEquals(0, r.code(), r.toString());
    return r.out();
  }

  /**
   * At 50 columns the usage line of "tutor --help" was re-wrapped from Picocli's 55 into
   * "[--verbose]" / "[--db=FILE]" alone at the first column / "[--now=TIME]" indented again.
   */
  @Test
  void theUsageLineBreaksBetweenItsGroupsAndContinuesUnderTheFirst() throws Exception {
    for (String[] command : List.of(new String[] {}, new String[] {"pack", "list"})) {
      List<String> lines = helpAt50(command).lines().toList();
      String name = String.join(" ", command);
      int hang = ("Usage: tutor " + name).strip().length() + 1;
      assertTrue(lines.get(0).startsWith("Usage: tutor"), lines.get(0));
      int i = 1;
      for (; i < lines.size() && lines.get(i).startsWith(" "); i++) {
        assertTrue(lines.get(i).length() <= 49, lines.get(i));
        assertEquals(hang, lines.get(i).indexOf('['), name + ": " + lines.get(i));
      }
      for (int j = 0; j < i; j++)
        for (String group : NarrowHelp.groups(lines.get(j).strip()))
          assertTrue(
              !group.startsWith("[") || group.endsWith("]"), name + ": cut group: " + lines.get(j));
      assertTrue(i >= 2, name + ": " + lines);
    }
  }

  @Test
  void eachOptionsNamesStandOnALineAndItsDescriptionBelowThem() throws Exception {
    String help = helpAt50("study");
    assertTrue(help.contains("\n  --limit=N\n      Stop after N exercises.\n"), help);
    assertTrue(help.contains("\n  -h, --help\n      Show this help message and exit.\n"), help);
    // The path of the default database: one word, whole on a line, as it is copied.
    assertTrue(help.lines().anyMatch(l -> l.contains("~/.local/share/tutor/tutor.db,")), help);
  }

  /** Picocli broke "? or :" / "hint" at 55 columns, and the line was joined without its space. */
  @Test
  void aColonBeforeAWordStaysWithIt() throws Exception {
    String text = helpAt50("study").replaceAll("\\s+", " ");
    assertTrue(text.contains("? or :hint for a hint"), text);
  }

  @Test
  void aSecondColumnTooFarRightGoesUnderTheFirst() {
    assertEquals(
        List.of("  tutor pack list", "      the packs, their skills and your progress"),
        TextRows.hanging(
            "  tutor pack list            the packs, their skills and your progress", 49));
  }

  /** A path too long to follow its column's indentation: on a line of its own, whole. */
  @Test
  void aPathTooLongForItsColumnGoesOnALineOfItsOwnWhole() {
    String path = "/home/ana/notes/a-rather-long-directory-name/with-another-level/tutor.db";
    List<String> lines = TextRows.hanging("  Backup written:   " + path + " (12 MB)", 49);
    assertTrue(lines.contains(path), lines.toString());
    for (String line : lines) assertTrue(line.equals(path) || line.length() <= 49, line);
  }
}
