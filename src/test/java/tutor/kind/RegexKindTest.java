package tutor.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.pack.Exercise;

/** How a regex exercise shows its strings. */
class RegexKindTest {
  /**
   * The screen wraps text between words and closes up runs of spaces, so that the blank lines
   * exercise once showed "Should match: '', ' ', ' '" for '', ' ' and ' ' (round 8): strings of
   * spaces, and runs of them, are counted in words.
   */
  @Test
  void spacesTheScreenWouldCloseUpAreCounted() {
    RegexKind kind =
        (RegexKind)
            Kind.of(
                new Exercise.Regex(
                    "^ *$",
                    false,
                    false,
                    List.of("", " ", "    "),
                    List.of("x", "  text  ", " -"),
                    List.of(),
                    List.of()));
    assertEquals(
        "Should match: '' (the empty string), ' ' (one space), '    ' (4 spaces)\n"
            + "Should not match: 'x', '  text  ' (2 spaces at the start, 2 spaces at the end), ' -'",
        kind.text());
  }
}
