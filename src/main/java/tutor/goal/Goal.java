package tutor.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a learner aims at: a pack, or some of its skills with everything they require, by a date
 * and/or with a daily budget.
 *
 * @param skills target skill ids; empty means the whole pack
 * @param deadline the date to be done by, or null
 * @param dailyMinutes minutes a day the learner means to study, or null
 * @param dailyExercises exercises a day, or null
 * @param metOn the learner's study day on which every skill of the goal was first mastered, or null
 *     while it has not been: a goal met stays met when its skills later fade (they are then due for
 *     review, which is the schedule's business), as an achievement stays earned
 */
public record Goal(
    long id,
    String packId,
    List<String> skills,
    LocalDate deadline,
    Integer dailyMinutes,
    Integer dailyExercises,
    Instant createdAt,
    LocalDate metOn) {
  public Goal {
    skills = List.copyOf(skills);
  }

  /** A goal not met yet. */
  public Goal(
      long id,
      String packId,
      List<String> skills,
      LocalDate deadline,
      Integer dailyMinutes,
      Integer dailyExercises,
      Instant createdAt) {
    this(id, packId, skills, deadline, dailyMinutes, dailyExercises, createdAt, null);
  }

  /** This goal, met on {@code day}. */
  public Goal withMetOn(LocalDate day) {
    return new Goal(id, packId, skills, deadline, dailyMinutes, dailyExercises, createdAt, day);
  }

  /** Whether it was met by its deadline (a goal without one: whether it was met at all). */
  public boolean metInTime() {
    return metOn != null && (deadline == null || !metOn.isAfter(deadline));
  }

  /** In words: "master git (pipes, remotes) by 2026-03-15, 20 minutes a day". */
  public String describe() {
    return describe(List.of());
  }

  /**
   * In words, naming the pack's unit when the goal's skills are the ones it names ("master git,
   * unit Branches by 2026-03-15").
   */
  public String describe(List<tutor.pack.Unit> packUnits) {
    StringBuilder sb = new StringBuilder("master ").append(packId);
    java.util.Optional<tutor.pack.Unit> unit =
        skills.isEmpty()
            ? java.util.Optional.empty()
            : packUnits.stream()
                .filter(u -> java.util.Set.copyOf(u.skills()).equals(java.util.Set.copyOf(skills)))
                .findFirst();
    if (unit.isPresent()) sb.append(", unit ").append(unit.get().title());
    else if (!skills.isEmpty()) sb.append(" (").append(String.join(", ", skills)).append(')');
    if (deadline != null) sb.append(" by ").append(deadline);
    if (dailyMinutes != null) sb.append(", ").append(dailyMinutes).append(" minutes a day");
    if (dailyExercises != null) sb.append(", ").append(dailyExercises).append(" exercises a day");
    return sb.toString();
  }
}
