package tutor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import tutor.pack.StoredSkill;

/**
 * A skill as the learner names it, wherever a skill id is asked for (lesson, study --skill, goal
 * add --skill): its id, its title, or an unambiguous start of either, in any case. A name that fits
 * several skills or none is one line saying which, or what is near.
 */
final class SkillNames {
  private SkillNames() {}

  /**
   * The skills {@code given} names among {@code skills} (of {@code pack} when not null); several
   * only across packs.
   */
  static List<StoredSkill> resolve(List<StoredSkill> skills, String pack, String given) {
    List<StoredSkill> scope =
        skills.stream().filter(s -> pack == null || s.packId().equals(pack)).toList();
    String g = given.strip().toLowerCase(Locale.ROOT);
    for (Predicate<StoredSkill> rule :
        List.<Predicate<StoredSkill>>of(
            s -> s.id().equals(given),
            s ->
                s.id().toLowerCase(Locale.ROOT).equals(g)
                    || s.skill().title().toLowerCase(Locale.ROOT).equals(g),
            s ->
                !g.isEmpty()
                    && (s.id().toLowerCase(Locale.ROOT).startsWith(g)
                        || s.skill().title().toLowerCase(Locale.ROOT).startsWith(g)))) {
      List<StoredSkill> found = scope.stream().filter(rule).toList();
      if (found.isEmpty()) continue;
      // One per pack: several in one pack is an ambiguous name; across packs, the caller asks for
      // --pack.
      if (found.stream().map(StoredSkill::packId).distinct().count() < found.size()) {
        List<String> names =
            found.stream().map(s -> s.id() + " (" + s.skill().title() + ")").toList();
        throw new UserException(
            ExitCodes.BAD_INPUT,
            "'"
                + given
                + "' could be "
                + String.join(", ", names.subList(0, Math.min(5, names.size())))
                + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "")
                + "; give more of the name");
      }
      return found;
    }
    List<String> ids = new ArrayList<>();
    scope.forEach(s -> ids.add(s.id()));
    String near = UsageErrors.didYouMean(given, ids);
    if (near.isEmpty() && !g.isEmpty()) {
      // "joins": no skill starts so, but inner-joins and outer-joins are about it.
      List<String> within =
          scope.stream()
              .filter(
                  s ->
                      s.id().toLowerCase(Locale.ROOT).contains(g)
                          || s.skill().title().toLowerCase(Locale.ROOT).contains(g))
              .map(s -> "'" + s.id() + "'")
              .distinct()
              .limit(4)
              .toList();
      if (!within.isEmpty()) near = "; did you mean " + String.join(" or ", within) + "?";
    }
    throw new UserException(
        ExitCodes.BAD_INPUT,
        "no skill '"
            + given
            + "'"
            + (pack == null ? "" : " in pack '" + pack + "'")
            + near
            + " (tutor pack list shows each skill's id)");
  }

  /**
   * The one skill {@code given} names; several packs having it is a usage error asking for --pack.
   */
  static StoredSkill one(List<StoredSkill> skills, String pack, String given) {
    List<StoredSkill> found = resolve(skills, pack, given);
    if (found.size() > 1) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "several packs have a skill '"
              + given
              + "': "
              + String.join(", ", found.stream().map(StoredSkill::packId).toList())
              + "; add --pack ID");
    }
    return found.get(0);
  }
}
