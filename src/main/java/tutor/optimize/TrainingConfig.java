package tutor.optimize;

/**
 * Settings of the gradient descent; {@link #DEFAULT} is fsrs-rs's {@code
 * TrainingConfig::default()}.
 *
 * @param epochs passes over the training items
 * @param batchSize items per gradient step (whole cards are kept in one batch)
 * @param learningRate Adam's initial step size, annealed to 0 along a cosine
 * @param seed order of the batches in each epoch; the same seed gives the same parameters
 * @param maxSequenceLength items with more reviews are left out
 * @param gamma strength of the pull towards the starting parameters (L2 regularisation)
 */
public record TrainingConfig(
    int epochs,
    int batchSize,
    double learningRate,
    long seed,
    int maxSequenceLength,
    double gamma) {

  public static final TrainingConfig DEFAULT = new TrainingConfig(5, 512, 0.04, 2023, 256, 1.0);

  public TrainingConfig {
    if (epochs < 0 || batchSize < 1 || maxSequenceLength < 2) {
      throw new IllegalArgumentException(
          "need epochs >= 0, batchSize >= 1, maxSequenceLength >= 2");
    }
    if (!(learningRate > 0)
        || !(gamma >= 0)
        || Double.isInfinite(learningRate)
        || Double.isInfinite(gamma)) {
      throw new IllegalArgumentException(
          "learning rate must be positive and gamma non-negative, both finite");
    }
  }
}
