package tutor.pack;

import java.util.Objects;

/** An exercise of a pack; for a learner, the card that schedules it. */
public record CardKey(String packId, String exerciseId) {
  // equals and hashCode by hand: the generated ones go through method handles, which cost the
  // picker dearly in a C1-only JVM (scripts/tutor). The hash is the generated one's, 31 * a + b.
  @Override
  public boolean equals(Object o) {
    return o instanceof CardKey k
        && Objects.equals(packId, k.packId)
        && Objects.equals(exerciseId, k.exerciseId);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(packId) + Objects.hashCode(exerciseId);
  }

  @Override
  public String toString() {
    return packId + "/" + exerciseId;
  }
}
