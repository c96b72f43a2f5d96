package tutor.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
  private static final String LESSON =
      """
      # Pipes

      A **pipe** sends the output of one command into the next one. This sentence is long enough \
      that it has to be wrapped at forty columns, and at eighty too if we keep going for a while.

      - `ls` lists names
      - `wc -l` counts lines
        - nested item

      1. first
      2. second

      ```
      $ ls | wc -l                                                              long code line stays whole
      42
      ```

      | Symbol | Meaning |
      |---|---|
      | `\\|` | pipe |
      | `>` | redirect to a file |

      See [the manual](https://www.gnu.org/software/bash/manual/) for more.
      """;

  private static final String LONG_CODE =
      "$ ls | wc -l                                                              long code line stays whole";

  @ParameterizedTest
  @ValueSource(ints = {40, 50, 80, 120})
  void everyLineFitsTheWidthAndALongCodeLineIsBrokenWithAMarkNotReflowed(int width) {
    List<String> lines = MarkdownRenderer.render(LESSON, Style.PLAIN, width);
    for (String line : lines) {
      boolean oneUnbreakableWord = !line.strip().contains(" ");
      assertTrue(line.length() <= width || oneUnbreakableWord, width + ": '" + line + "'");
    }
    // Words only: the broken code line ends with a backslash, as a shell command goes on; the
    // pieces without it are the line, and the next code line ("42") is not joined to it.
    int at = lines.indexOf("    42");
    assertTrue(at > 0, lines.toString());
    int from = at - 1;
    while (lines.get(from - 1).endsWith("\\")) from--;
    StringBuilder joined = new StringBuilder();
    for (String piece : lines.subList(from, at)) {
      assertTrue(piece.startsWith("    "), piece);
      joined.append(piece.substring(4).replaceAll("\\\\$", ""));
    }
    assertEquals(LONG_CODE, joined.toString(), String.join("\n", lines));
    assertEquals(
        width >= LONG_CODE.length() + 4, at - from == 1, "broken only when too long: " + lines);
  }

  @Test
  void withSymbolsTheRestOfALongCodeLineComesBehindAnArrow() {
    List<String> lines = MarkdownRenderer.render(LESSON, new Style(false, true), 50);
    int first = -1;
    for (int i = 0; i < lines.size() && first < 0; i++)
      if (lines.get(i).strip().equals("$ ls | wc -l")) first = i;
    assertTrue(first >= 0, String.join("\n", lines));
    // Broken at the last space that fits: the words stay whole, the rest behind the arrow.
    assertTrue(lines.get(first + 1).startsWith("    ↪ "), lines.get(first + 1));
    assertTrue(lines.get(first + 1).endsWith(" long code line "), lines.get(first + 1));
    assertEquals("    ↪ stays whole", lines.get(first + 2));
    assertEquals("    42", lines.get(first + 3), String.join("\n", lines));
    for (String l : lines) assertTrue(l.length() <= 50, l);
  }

  @Test
  void tabsInCodeAreSpacesToStopsOfFourSoTheLineFitsAsMeasured() {
    // An author's Makefile rule and a Python body indented with a tab.
    List<String> lines =
        MarkdownRenderer.render("```\nall:\n\tmake it\nab\tc\n```\n", Style.PLAIN, 50);
    assertEquals(List.of("    all:", "        make it", "    ab  c"), lines);
  }

  @Test
  void plainOutputHasNoEscapeCodesOrBoxDrawing() {
    String text = String.join("\n", MarkdownRenderer.render(LESSON, Style.PLAIN, 80));
    assertFalse(text.contains("\u001b"), text);
    assertFalse(text.matches("(?s).*[─│•▰].*"), text);
  }

  @Test
  void headingsAreUnderlinedInPlainText() {
    List<String> lines = MarkdownRenderer.render("# Pipes\n\ntext", Style.PLAIN, 80);
    assertEquals(List.of("Pipes", "=====", "", "text"), lines);
  }

  @Test
  void linksShowTheirAddress() {
    String text = String.join("\n", MarkdownRenderer.render(LESSON, Style.PLAIN, 120));
    assertTrue(text.contains("the manual (https://www.gnu.org/software/bash/manual/)"), text);
  }

  @Test
  void listsKeepTheirMarkersAndNesting() {
    List<String> lines = MarkdownRenderer.render(LESSON, Style.PLAIN, 80);
    assertTrue(lines.contains("- `ls` lists names"), lines.toString());
    assertTrue(lines.contains("  - nested item"), lines.toString());
    assertTrue(lines.contains("1. first"), lines.toString());
    assertTrue(lines.contains("2. second"), lines.toString());
  }

  @Test
  void tableColumnsAreAligned() {
    List<String> lines = MarkdownRenderer.render(LESSON, Style.PLAIN, 80);
    int header =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("Symbol")).findFirst().orElseThrow());
    int col = lines.get(header).indexOf("Meaning");
    assertEquals(col, lines.get(header + 2).indexOf("pipe"));
    assertEquals(col, lines.get(header + 3).indexOf("redirect"));
    assertTrue(lines.get(header + 1).matches("-+ +-+"), lines.get(header + 1));
  }

  @Test
  void aTableWiderThanTheScreenIsWrappedToFitItsColumns() {
    String md =
        "| command | what it does | example |\n|---|---|---|\n"
            + "| `git commit --amend` | replaces the last commit with a new one that also has the staged changes"
            + " | git commit --amend -m \"Better message\" |\n| `git log` | history | git log --oneline |\n";
    List<String> plain = MarkdownRenderer.render(md, Style.PLAIN, 60);
    for (String l : plain) assertTrue(l.length() <= 60, l);
    String words = String.join(" ", plain);
    for (String w :
        "replaces the last commit with a new one that also has the staged changes Better message history"
            .split(" ")) {
      assertTrue(words.contains(w), w + " in\n" + String.join("\n", plain));
    }
    int header =
        plain.indexOf(
            plain.stream().filter(l -> l.startsWith("command")).findFirst().orElseThrow());
    int second = plain.get(header).indexOf("what it does");
    assertEquals(second, plain.get(header + 2).indexOf("replaces"), String.join("\n", plain));
    assertTrue(
        plain.stream().anyMatch(l -> l.startsWith("`git log`") && l.indexOf("history") == second),
        String.join("\n", plain));
    // In colour (code without its backticks): as wide at most, a command never cut in two, and no
    // style left open at the end of a line.
    List<String> coloured = MarkdownRenderer.render(md, new Style(true, false), 60);
    List<String> bare = coloured.stream().map(l -> l.replaceAll("\u001b\\[[0-9;]*m", "")).toList();
    for (String l : bare) assertTrue(l.length() <= 60, l);
    assertTrue(
        bare.stream().anyMatch(l -> l.startsWith("git commit --amend ")), String.join("\n", bare));
    for (String l : coloured) {
      int open = l.lastIndexOf("\u001b[");
      assertTrue(open < 0 || l.startsWith("\u001b[0m", open), "a style runs on past: " + l);
    }
  }

  @Test
  void aNarrowTableIsLeftAsItIs() {
    List<String> lines =
        MarkdownRenderer.render(
            "| a | b |\n|---|---|\n| one two three | four |\n", Style.PLAIN, 80);
    assertTrue(lines.contains("one two three  four"), lines.toString());
  }

  @Test
  void colourOutputStylesWithoutChangingTheWords() {
    String coloured = String.join("\n", MarkdownRenderer.render(LESSON, new Style(true, true), 80));
    assertTrue(coloured.contains("\u001b["));
    String stripped = coloured.replaceAll("\u001b\\[[0-9;]*m", "");
    assertTrue(stripped.contains("A pipe sends the output"), stripped);
  }
}
