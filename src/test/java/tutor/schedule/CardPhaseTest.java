package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CardPhaseTest {
  @Test
  void aPhaseIsReadByItsNameInAnyCase() {
    assertEquals(CardPhase.RELEARNING, CardPhase.fromName("relearning"));
    assertEquals(CardPhase.REVIEW, CardPhase.fromName("Review"));
  }

  /** Phases are read from exports people can edit: the message says what is wrong in words. */
  @Test
  void anUnknownPhaseIsNamedInWordsNotAsAJavaEnum() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CardPhase.fromName("bogus"));
    assertEquals("'bogus' is not a card phase (new, learning, review, relearning)", e.getMessage());
  }
}
