package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A credential's check against guessing (UnitMastery.byChance): the chance that guessing alone
 * gives at least as many right answers, exact for answers of mixed kinds. The fewest right answers
 * that make a four-option skill known (four) pass it; four of five do not yet.
 */
class GuessingIsNotMasteryTest {
  @Test
  void theTailIsExact() {
    // four four-option choices all right by chance: (1/4)^4
    assertEquals(
        Math.pow(0.25, 4), UnitMastery.atLeastByChance(Collections.nCopies(4, 0.25), 4), 1e-15);
    assertTrue(UnitMastery.atLeastByChance(Collections.nCopies(4, 0.25), 4) < UnitMastery.LUCK);
    assertTrue(UnitMastery.atLeastByChance(Collections.nCopies(5, 0.25), 4) > UnitMastery.LUCK);
    // a random picker's 27 of 100 four-option answers: about as likely as not
    assertTrue(UnitMastery.atLeastByChance(Collections.nCopies(100, 0.25), 27) > 0.3);
    // at least 4 of 5: 5 (1/4)^4 (3/4) + (1/4)^5
    assertEquals(
        5 * Math.pow(0.25, 4) * 0.75 + Math.pow(0.25, 5),
        UnitMastery.atLeastByChance(Collections.nCopies(5, 0.25), 4),
        1e-15);
    assertEquals(1.0, UnitMastery.atLeastByChance(List.of(0.5, 0.03), 0), 1e-15);
    // mixed kinds: a typed answer right (0.03) and a two-option choice right (0.5)
    assertEquals(0.015, UnitMastery.atLeastByChance(List.of(0.5, 0.03), 2), 1e-15);
  }
}
