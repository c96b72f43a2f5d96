package tutor.schedule;

/** Where a card is in its life cycle (ts-fsrs {@code State}). */
public enum CardPhase {
  NEW,
  LEARNING,
  REVIEW,
  RELEARNING;

  /** The phase of this name, in any case ("review", as the store writes it). */
  public static CardPhase fromName(String name) {
    return switch (name) {
      case "new" -> NEW;
      case "learning" -> LEARNING;
      case "review" -> REVIEW;
      case "relearning" -> RELEARNING;
      default -> {
        for (CardPhase p : values()) if (p.name().equalsIgnoreCase(name)) yield p;
        // Read from files people can edit (exports): say what was wrong in words.
        throw new IllegalArgumentException(
            "'" + name + "' is not a card phase (new, learning, review, relearning)");
      }
    };
  }
}
