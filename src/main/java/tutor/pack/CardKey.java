package tutor.pack;

import java.util.Objects;

/** An exercise of a pack; for a learner, the card that schedules it. */
public record CardKey(String packId, String exerciseId) {
  // equals and hashCode by hand: the generated ones go through method handles, which cost the
  // picker dearly in a C1-only JVM (scripts/tutor). The hash is mixed (KeyHash): one pack's
  // exercise ids are neighbours.
  @Override
  public boolean equals(Object o) {
    return o instanceof CardKey k
        && Objects.equals(packId, k.packId)
        && Objects.equals(exerciseId, k.exerciseId);
  }

  @Override
  public int hashCode() {
    return KeyHash.of(packId, exerciseId);
  }

  /**
   * The number this exercise's seeds (interval fuzz, shuffled options) are drawn from: {@code 31 *
   * packId's hash + exerciseId's hash}, what {@link #hashCode} was when seeds were first drawn from
   * it, so that the same answers still give the same due dates and option orders.
   */
  public int seed() {
    return 31 * Objects.hashCode(packId) + Objects.hashCode(exerciseId);
  }

  @Override
  public String toString() {
    return packId + "/" + exerciseId;
  }
}
