package tutor.optimize;

/**
 * How well predicted retrievability matched what happened, as the FSRS benchmark measures it.
 *
 * @param logLoss weighted binary cross-entropy (lower is better)
 * @param rmseBins root mean square of (mean predicted R - share recalled) over bins of similar
 *     reviews, each bin weighted by its items' total weight (lower is better)
 * @param predictions how many reviews were predicted
 */
public record Metrics(double logLoss, double rmseBins, int predictions) {}
