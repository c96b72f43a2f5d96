package tutor.store;

/** An exercise of a pack; for a learner, the card that schedules it. */
public record CardKey(String packId, String exerciseId) {
  @Override
  public String toString() {
    return packId + "/" + exerciseId;
  }
}
