package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tutor.pack.CardKey;
import tutor.store.Leech;

/**
 * Set aside after three misses in a session; a leech after 8 lapses (a setting); suspend or
 * re-teach.
 */
class LeechesTest {
  private static List<Integer> flaggedAt(int threshold, int upTo) {
    List<Integer> out = new ArrayList<>();
    for (int lapses = 1; lapses <= upTo; lapses++) {
      if (Leeches.flags(lapses - 1, lapses, threshold)) out.add(lapses);
    }
    return out;
  }

  @Test
  void aLeechAtEightLapsesThenEveryFourMore() {
    assertEquals(List.of(8, 12, 16, 20), flaggedAt(8, 20));
    assertFalse(Leeches.flags(7, 7, 8), "no new lapse, no flag");
    assertFalse(Leeches.flags(8, 8, 8), "a right answer at 8 lapses does not flag it again");
  }

  @Test
  void theThresholdIsTheLearnersSetting() {
    assertEquals(8, LearnerSettings.from(Map.of(), ZoneOffset.UTC).leechThreshold());
    LearnerSettings s = LearnerSettings.from(Map.of("leech-threshold", "4"), ZoneOffset.UTC);
    assertEquals(List.of(4, 6, 8, 10), flaggedAt(s.leechThreshold(), 10));
    assertEquals(List.of(2, 3, 4), flaggedAt(2, 4));
    assertEquals("5", LearnerSettings.validate("leech-threshold", "5"));
    assertThrows(
        IllegalArgumentException.class, () -> LearnerSettings.validate("leech-threshold", "1"));
    assertThrows(
        IllegalArgumentException.class, () -> LearnerSettings.validate("leech-threshold", "lots"));
  }

  @Test
  void suspendOrReteachIsTheLearnersChoiceWithASettingForTheDefault() {
    assertEquals(
        Leech.Action.SUSPEND, LearnerSettings.from(Map.of(), ZoneOffset.UTC).leechAction());
    assertEquals(
        Leech.Action.RETEACH,
        LearnerSettings.from(Map.of("leech-action", "reteach"), ZoneOffset.UTC).leechAction());
    assertEquals("reteach", LearnerSettings.validate("leech-action", "Re-teach"));
    assertThrows(
        IllegalArgumentException.class, () -> LearnerSettings.validate("leech-action", "delete"));
    // Enter takes the default; s or r choose; anything else is asked again.
    assertEquals(Optional.of(Leech.Action.RETEACH), Leeches.choice("", Leech.Action.RETEACH));
    assertEquals(Optional.of(Leech.Action.SUSPEND), Leeches.choice("  ", Leech.Action.SUSPEND));
    assertEquals(Optional.of(Leech.Action.SUSPEND), Leeches.choice("s", Leech.Action.RETEACH));
    assertEquals(Optional.of(Leech.Action.RETEACH), Leeches.choice("R", Leech.Action.SUSPEND));
    assertEquals(
        Optional.of(Leech.Action.RETEACH), Leeches.choice("re-teach", Leech.Action.SUSPEND));
    assertEquals(Optional.empty(), Leeches.choice("maybe", Leech.Action.SUSPEND));
  }

  @Test
  void anExerciseIsSetAsideAtItsThirdMissInASession() {
    SessionTally tally = new SessionTally();
    CardKey a = new CardKey("p", "a");
    CardKey b = new CardKey("p", "b");
    assertFalse(tally.answered(a, false));
    assertFalse(tally.answered(b, false), "another exercise's misses are its own");
    assertFalse(tally.answered(a, true), "a right answer in between does not set it aside");
    assertFalse(tally.answered(a, false));
    assertTrue(tally.answered(a, false), "the third miss");
    assertFalse(tally.answered(a, false), "set aside once");
    assertEquals(4, tally.of(a).missed());
    assertEquals(1, tally.of(a).right());
    assertEquals(1, tally.view().get(b).missed());
  }
}
