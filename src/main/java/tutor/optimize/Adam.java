package tutor.optimize;

/**
 * The Adam optimiser (Kingma and Ba), with fsrs-rs's constants: beta1 0.9, beta2 0.999, epsilon
 * 1e-8.
 */
final class Adam {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;

  private final double[] mean;
  private final double[] variance;
  private int steps;

  Adam(int size) {
    mean = new double[size];
    variance = new double[size];
  }

  /** Moves {@code parameters} against {@code gradient} by about {@code rate} per coordinate. */
  void step(double[] parameters, double[] gradient, double rate) {
    steps++;
    double bias1 = 1 - Math.pow(BETA1, steps);
    double bias2 = 1 - Math.pow(BETA2, steps);
    for (int i = 0; i < parameters.length; i++) {
      mean[i] = BETA1 * mean[i] + (1 - BETA1) * gradient[i];
      variance[i] = BETA2 * variance[i] + (1 - BETA2) * gradient[i] * gradient[i];
      parameters[i] -= rate * (mean[i] / bias1) / (Math.sqrt(variance[i] / bias2) + EPSILON);
    }
  }
}
