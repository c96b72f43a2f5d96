package tutor.cli;

import java.time.Instant;
import java.util.List;
import tutor.goal.Goal;
import tutor.goal.GoalPlanner;
import tutor.pack.SkillKey;
import tutor.pack.StoredSkill;
import tutor.pack.Unit;
import tutor.store.Store;

/** The units packs declare, as commands take them (--unit ID) and show them. */
final class Units {
  private Units() {}

  /**
   * The unit {@code id} of installed pack {@code pack}; a usage error naming the pack's units if
   * none.
   */
  static Unit declared(Store store, String pack, String id) {
    List<Unit> units = store.units(pack);
    return units.stream()
        .filter(u -> u.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new UserException(
                    ExitCodes.BAD_INPUT,
                    "pack '"
                        + pack
                        + "' declares no unit '"
                        + id
                        + "'"
                        + (units.isEmpty()
                            ? " (it declares none; for skills, use --skill)"
                            : " (its units: "
                                + String.join(", ", units.stream().map(Unit::id).toList())
                                + "; for skills, use --skill)")));
  }

  /** The goal in words, naming the pack's unit when it aims at one. */
  static String describe(Store store, Goal goal) {
    return goal.describe(store.units(goal.packId()));
  }

  /** Every skill of the unit: those it names and everything they require, in teaching order. */
  static List<SkillKey> skills(String pack, Unit unit, List<StoredSkill> allSkills) {
    return GoalPlanner.path(
        new Goal(0, pack, unit.skills(), null, null, null, Instant.EPOCH), allSkills);
  }
}
