package tutor.mastery;

import java.time.Instant;
import java.util.List;
import tutor.schedule.DayCounter;

/**
 * What a learner has shown of a skill, kept as the little that the mastered rule needs: the first
 * unaided right answer (which exercise, when), and whether another exercise and another study day
 * have had one since. Counting beyond two is not needed to decide "mastered"; the full counts for a
 * credential come from the review log ({@link ObservedEvidence}).
 *
 * @param firstExercise the exercise of the first unaided right answer, null before one
 * @param firstRightAt when that answer was given, null before one
 * @param anotherExercise an unaided right answer to a different exercise has been given
 * @param anotherDay an unaided right answer on a later study day has been given
 * @param placed the skill was inferred known by placement, without being asked
 * @param recent the skill's latest answers, oldest first ({@link Chance}: the check against
 *     guessing), or null where they were not read (a skill that cannot count as mastered yet, or
 *     mastery read from an export without its pack): then the check is not made. Derived from the
 *     review log, never stored; left out of equality
 * @param opened the skill was answered while every skill it requires was known: only then does
 *     practice keep it open when a prerequisite falls back ({@link MasteryModel#unlocked}). A
 *     locked skill studied by choice ({@code study --skill}) or asked by placement is practised but
 *     not opened: it stays locked until what it requires is known. True for what was kept before
 *     this was (migration 028), as tutor then took every practised skill for open
 */
public record Evidence(
    String firstExercise,
    Instant firstRightAt,
    boolean anotherExercise,
    boolean anotherDay,
    boolean placed,
    List<Chance.Answer> recent,
    boolean opened) {
  public static final Evidence NONE = new Evidence(null, null, false, false, false, null);

  /** A skill never answered: nothing shown, and no answer yet to weigh against guessing. */
  public static final Evidence FIRST = new Evidence(null, null, false, false, false, List.of());

  public Evidence {
    if (recent != null) recent = List.copyOf(Chance.latest(recent));
  }

  /** Evidence of an opened skill ({@code opened}). */
  public Evidence(
      String firstExercise,
      Instant firstRightAt,
      boolean anotherExercise,
      boolean anotherDay,
      boolean placed,
      List<Chance.Answer> recent) {
    this(firstExercise, firstRightAt, anotherExercise, anotherDay, placed, recent, true);
  }

  /** Evidence whose latest answers were not read (see {@code recent}), of an opened skill. */
  public Evidence(
      String firstExercise,
      Instant firstRightAt,
      boolean anotherExercise,
      boolean anotherDay,
      boolean placed) {
    this(firstExercise, firstRightAt, anotherExercise, anotherDay, placed, null, true);
  }

  /** Different exercises a skill needs right answers to before it counts as mastered. */
  public static final int EXERCISES_NEEDED = 2;

  /** Different study days those right answers must fall on. */
  public static final int DAYS_NEEDED = 2;

  /**
   * This evidence, and one more answer; {@code days} says what a study day is for this learner,
   * {@code guess} the answer's chance of being right by guessing.
   */
  public Evidence after(Observation o, DayCounter days, double guess) {
    List<Chance.Answer> r =
        recent == null ? null : Chance.plus(recent, new Chance.Answer(guess, o.shows()));
    if (!o.shows()) return withRecent(r);
    if (firstExercise == null)
      return new Evidence(o.exerciseId(), o.at(), false, false, placed, r, opened);
    boolean otherExercise = anotherExercise || !firstExercise.equals(o.exerciseId());
    boolean otherDay = anotherDay || days.elapsedDays(firstRightAt, o.at()) >= 1;
    return new Evidence(firstExercise, firstRightAt, otherExercise, otherDay, placed, r, opened);
  }

  /**
   * This evidence and one more answer whose chance of a guess is not known: the latest answers are
   * then no longer known either (not read).
   */
  public Evidence after(Observation o, DayCounter days) {
    return withRecent(null).after(o, days, 0);
  }

  public Evidence placed(boolean placed) {
    return new Evidence(
        firstExercise, firstRightAt, anotherExercise, anotherDay, placed, recent, opened);
  }

  /** The same evidence with these latest answers (null: not read). */
  public Evidence withRecent(List<Chance.Answer> recent) {
    return new Evidence(
        firstExercise, firstRightAt, anotherExercise, anotherDay, placed, recent, opened);
  }

  /** The same evidence, the skill opened or not ({@code opened}). */
  public Evidence opened(boolean opened) {
    return new Evidence(
        firstExercise, firstRightAt, anotherExercise, anotherDay, placed, recent, opened);
  }

  /**
   * Whether the latest answers are beyond guessing ({@link Chance#beyondGuessing}); true where they
   * were not read.
   */
  public boolean beyondGuessing() {
    // None read, or none in the log though something was shown (mastery set without answers):
    // there is nothing to weigh.
    return recent == null || recent.isEmpty() || Chance.beyondGuessing(recent);
  }

  /**
   * Equal when what is kept is: the latest answers are read from the review log, not kept, so
   * evidence read back from the store equals the evidence written whether they were read or not.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence e
        && java.util.Objects.equals(firstExercise, e.firstExercise)
        && java.util.Objects.equals(firstRightAt, e.firstRightAt)
        && anotherExercise == e.anotherExercise
        && anotherDay == e.anotherDay
        && placed == e.placed
        && opened == e.opened;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        firstExercise, firstRightAt, anotherExercise, anotherDay, placed, opened);
  }

  /** Exercises shown right, counted up to two. */
  public int exercises() {
    return firstExercise == null ? 0 : anotherExercise ? 2 : 1;
  }

  /** Study days with a right answer, counted up to two. */
  public int days() {
    return firstExercise == null ? 0 : anotherDay ? 2 : 1;
  }

  /** Whether anything was shown by an answer (a placed skill shows nothing until answered). */
  public boolean observed() {
    return firstExercise != null;
  }

  /**
   * The spacing rule (docs/mastery.md): right answers to two different exercises on two different
   * study days; a skill with a single exercise needs it right on two study days.
   */
  public boolean met(int exercisesInSkill) {
    return met(exercises(), days(), exercisesInSkill);
  }

  /** The same rule on counts, for counts taken from the review log. */
  public static boolean met(int exercises, int days, int exercisesInSkill) {
    return exercises >= exercisesNeeded(exercisesInSkill) && days >= DAYS_NEEDED;
  }

  public static int exercisesNeeded(int exercisesInSkill) {
    return Math.max(1, Math.min(EXERCISES_NEEDED, exercisesInSkill));
  }
}
