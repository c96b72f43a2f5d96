package tutor.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.pack.Unit;

class GoalTest {
  private static final List<Unit> UNITS =
      List.of(new Unit("branching", "Branches", "", List.of("merging", "stashing")));

  @Test
  void aGoalOnTheSkillsOfAUnitIsNamedByTheUnit() {
    Goal g =
        new Goal(
            1,
            "git",
            List.of("stashing", "merging"),
            LocalDate.of(2026, 3, 15),
            20,
            null,
            Instant.EPOCH);
    assertEquals("master git, unit Branches by 2026-03-15, 20 minutes a day", g.describe(UNITS));
    assertEquals("master git (stashing, merging) by 2026-03-15, 20 minutes a day", g.describe());
  }

  @Test
  void otherGoalsNameTheirSkillsOrThePack() {
    assertEquals(
        "master git (merging), 5 exercises a day",
        new Goal(1, "git", List.of("merging"), null, null, 5, Instant.EPOCH).describe(UNITS));
    assertEquals(
        "master git by 2026-03-15",
        new Goal(1, "git", List.of(), LocalDate.of(2026, 3, 15), null, null, Instant.EPOCH)
            .describe(UNITS));
  }
}
