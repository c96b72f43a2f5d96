package tutor.study;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a learner asks of a session, whatever the front-end: a command line's options, a web form,
 * an editor's command.
 *
 * @param pack only this pack's exercises
 * @param skill only this skill's exercises (its id), even if it is still locked
 * @param minutes stop after about this many minutes; empty: the learner's session-minutes, or the
 *     goals' daily budget
 * @param limit stop after this many exercises; empty: the goals' daily budget, if any
 * @param seed shuffles options and items (the same seed replays a session exactly)
 * @param aheadDays also review what falls due in the next this many days
 * @param cram practise without touching the schedule
 */
public record StudyRequest(
    Optional<String> pack,
    Optional<String> skill,
    OptionalInt minutes,
    OptionalInt limit,
    long seed,
    int aheadDays,
    boolean cram) {

  /** A plain session: everything due and unlocked, in the learner's and the goals' budgets. */
  public static StudyRequest everything(long seed) {
    return new StudyRequest(
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        seed,
        0,
        false);
  }

  /** Narrowed to a pack and/or a skill, or to neither (both null). */
  public boolean scoped() {
    return pack.isPresent() || skill.isPresent();
  }
}
