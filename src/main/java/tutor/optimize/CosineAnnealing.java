package tutor.optimize;

/** Learning rate falling from its start to 0 along half a cosine over {@code steps} steps. */
final class CosineAnnealing {
  private final double start;
  private final double steps;
  private int taken;

  CosineAnnealing(double start, int steps) {
    this.start = start;
    this.steps = Math.max(steps, 1);
  }

  /** The rate for the next step (the first call gives the start rate). */
  double next() {
    return start * (1 + Math.cos(Math.PI * taken++ / steps)) / 2;
  }
}
