package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Help as Picocli writes it at 55 columns, wrapped again for a terminal of 50. */
class NarrowWriterTest {
  private static String at50(String picocli) throws IOException {
    StringWriter out = new StringWriter();
    try (NarrowWriter w = new NarrowWriter(out, () -> 50)) {
      w.write(picocli);
    }
    return out.toString();
  }

  @Test
  void aPathTooLongForTheDescriptionColumnStartsFurtherLeftAndFits() {
    List<String> lines =
        NarrowWriter.wrap(
            "      --db=FILE      The database file; by default"
                + " ~/.local/share/tutor/tutor.db, or tutor.db in $TUTOR_HOME",
            49);
    for (String line : lines) assertEquals(true, line.length() <= 49, "too wide: " + line);
    assertEquals(true, lines.stream().anyMatch(l -> l.endsWith("~/.local/share/tutor/tutor.db,")));
  }

  @Test
  void aColonPicocliBrokeBeforeAWordIsJoinedToIt() throws IOException {
    String text =
        at50(
            "Type your answer and press Enter. In a session: ? or :\n"
                + "hint for a hint (again for the next), :show to see the\n");
    assertEquals(true, text.replaceAll("\\s+", " ").contains("? or :hint for a hint"), text);
  }

  @Test
  void aSecondColumnTooFarRightGoesUnderTheFirst() {
    assertEquals(
        List.of("  tutor pack list", "      the packs, their skills and your progress"),
        NarrowWriter.wrap(
            "  tutor pack list            the packs, their skills and your progress", 49));
  }
}
