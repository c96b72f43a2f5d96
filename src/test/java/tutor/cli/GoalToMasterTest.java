package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tutor.pack.SkillKey;

/** goal status names the next skills to master, not a whole pack's 500 ids on one line. */
class GoalToMasterTest {
  private static List<SkillKey> skills(int n) {
    return IntStream.range(0, n).mapToObj(i -> new SkillKey("big", "s" + i)).toList();
  }

  @Test
  void aFewSkillsAreAllNamedInOrder() {
    assertEquals("s0, s1, s2", GoalCommand.toMaster(skills(3)));
    assertEquals(
        String.join(", ", skills(12).stream().map(SkillKey::skillId).toList()),
        GoalCommand.toMaster(skills(GoalCommand.SKILLS_NAMED)));
  }

  @Test
  void manySkillsNameTheNextOnesAndCountTheRest() {
    assertEquals(
        "s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11 and 488 more"
            + " (tutor goal status --format json lists them all)",
        GoalCommand.toMaster(skills(500)));
  }
}
