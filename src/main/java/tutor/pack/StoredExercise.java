package tutor.pack;

/**
 * An installed exercise; {@code position} is its order in the pack. Its key is made once: a session
 * looks exercises up by key many times, in collections of 100,000 cards.
 */
public record StoredExercise(CardKey key, Exercise exercise, int position) {
  public StoredExercise(String packId, Exercise exercise, int position) {
    this(new CardKey(packId, exercise.id()), exercise, position);
  }

  public String packId() {
    return key.packId();
  }
}
