package tutor.optimize;

/**
 * A card's memory during training: stability S and difficulty D, each with its 21 partial
 * derivatives by the weights when they are tracked. Mutable, reused along a card's reviews.
 */
final class Memory {
  double stability;
  double difficulty;

  /** dS/dw_i; null when derivatives are not tracked. */
  final double[] dStability;

  /** dD/dw_i; null when derivatives are not tracked. */
  final double[] dDifficulty;

  Memory(boolean withDerivatives) {
    dStability = withDerivatives ? new double[TrainingModel.WEIGHTS] : null;
    dDifficulty = withDerivatives ? new double[TrainingModel.WEIGHTS] : null;
  }

  boolean tracksDerivatives() {
    return dStability != null;
  }
}
