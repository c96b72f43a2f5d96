package tutor.store;

import tutor.pack.Exercise;

/** An installed exercise; {@code position} is its order in the pack. */
public record StoredExercise(String packId, Exercise exercise, int position) {
  public CardKey key() {
    return new CardKey(packId, exercise.id());
  }
}
