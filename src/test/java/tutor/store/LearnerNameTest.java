package tutor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LearnerNameTest {
  @Test
  void namesInAnyScriptWithTheirMarksAreAccepted() {
    for (String ok :
        new String[] {
          "sam",
          "हिन्दी",
          "e\u0301mile",
          "jean-luc",
          "Jean-Luc Picard",
          "O'Brien",
          "張偉",
          "Zoë_2",
          "a".repeat(64),
          "\u0928\u093F".repeat(64)
        }) {
      assertNull(LearnerName.problem(ok), ok);
    }
    assertEquals(
        "\u00e9mile",
        LearnerName.normalize("e\u0301mile"),
        "kept in NFC: one learner however it is typed");
  }

  @Test
  void controlCharactersSeparatorsEmptyAndEndlessNamesAreRefused() {
    for (String bad :
        new String[] {
          "",
          "   ",
          "../../etc/passwd",
          "a/b",
          "a\\b",
          "x\u001b[31mred",
          "two\nlines",
          "tab\there",
          "-rf",
          ".hidden",
          "a".repeat(65),
          "a".repeat(100_000),
          "bidi\u202Eevil",
          "nul\u0000"
        }) {
      assertNotNull(LearnerName.problem(bad), bad);
    }
  }

  @Test
  void printableEscapesWhatWouldActOnATerminal() {
    assertEquals("x\\u001B[31m\\u000Aroot", Printable.escape("x\u001b[31m\nroot"));
    assertEquals("हिन्दी", Printable.escape("हिन्दी"));
    assertEquals("a\\u202Eb", Printable.escape("a\u202Eb"));
  }
}
