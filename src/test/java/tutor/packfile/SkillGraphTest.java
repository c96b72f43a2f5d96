package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tutor.pack.Skill;
import tutor.pack.SkillGraph;

class SkillGraphTest {
  private static Skill skill(String id, String... requires) {
    return new Skill(id, id.toUpperCase(), "", List.of(requires));
  }

  /** a; b and c require a; d requires b and c. */
  private final SkillGraph diamond =
      new SkillGraph(List.of(skill("a"), skill("b", "a"), skill("c", "a"), skill("d", "b", "c")));

  @Test
  void aDiamondHasNoCycle() {
    assertEquals(Optional.empty(), diamond.findCycle());
  }

  @Test
  void noSkillsHaveNoCycle() {
    assertEquals(Optional.empty(), new SkillGraph(List.of()).findCycle());
  }

  @Test
  void twoSkillsRequiringEachOtherAreACycle() {
    SkillGraph g = new SkillGraph(List.of(skill("a", "b"), skill("b", "a")));
    assertEquals(Optional.of(List.of("a", "b", "a")), g.findCycle());
  }

  @Test
  void aSelfRequirementIsACycle() {
    assertEquals(
        Optional.of(List.of("a", "a")), new SkillGraph(List.of(skill("a", "a"))).findCycle());
  }

  @Test
  void aCycleBelowAnAcyclicStartIsFoundWithoutTheStart() {
    SkillGraph g =
        new SkillGraph(
            List.of(skill("start", "x"), skill("x", "y"), skill("y", "z"), skill("z", "x")));
    assertEquals(Optional.of(List.of("x", "y", "z", "x")), g.findCycle());
  }

  @Test
  void unknownRequirementsAreIgnoredByFindCycle() {
    SkillGraph g = new SkillGraph(List.of(skill("a", "ghost"), skill("b", "a")));
    assertEquals(Optional.empty(), g.findCycle());
  }

  @Test
  void aSkillWithoutRequirementsIsUnlocked() {
    assertTrue(diamond.unlocked("a", Set.of()));
  }

  @Test
  void aSkillIsLockedUntilItsRequirementIsMastered() {
    assertFalse(diamond.unlocked("b", Set.of()));
  }

  @Test
  void aSkillIsUnlockedOnceItsRequirementIsMastered() {
    assertTrue(diamond.unlocked("b", Set.of("a")));
  }

  @Test
  void aSkillIsLockedWhileAnyOfItsRequirementsIsNotMastered() {
    assertFalse(diamond.unlocked("d", Set.of("a", "b")));
  }

  @Test
  void aSkillIsUnlockedWhenEveryRequirementIsMastered() {
    assertTrue(diamond.unlocked("d", Set.of("b", "c")));
  }

  @Test
  void requiresListsTheDirectPrerequisites() {
    assertEquals(List.of("b", "c"), diamond.requires("d"));
  }

  @Test
  void requiresOfAnUnknownSkillIsEmpty() {
    assertEquals(List.of(), diamond.requires("nope"));
  }
}
