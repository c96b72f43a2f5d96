package tutor.store;

import java.time.Instant;
import java.util.Objects;
import tutor.schedule.FsrsParameters;

/**
 * One fit of FSRS-6 parameters to a learner's reviews (`tutor optimize`), adopted or not.
 *
 * @param source "history" for the learner's own reviews, else the imported file's name
 * @param reviewCount reviews the fit used
 * @param itemCount of those, the predicted ones (on a later day than the card's previous review)
 * @param parameters the adopted weights, or those tried and not adopted
 * @param logLossBefore the previous parameters on the held-out newest reviews
 * @param logLossAfter the fitted parameters on the same reviews
 */
public record FittedParameters(
    long learnerId,
    Instant fittedAt,
    String source,
    int reviewCount,
    int itemCount,
    FsrsParameters parameters,
    double logLossBefore,
    double logLossAfter,
    double rmseBefore,
    double rmseAfter,
    boolean adopted) {

  public FittedParameters {
    Objects.requireNonNull(fittedAt, "fittedAt");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(parameters, "parameters");
  }
}
