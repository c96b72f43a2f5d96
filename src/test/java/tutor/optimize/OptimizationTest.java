package tutor.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.schedule.FsrsParameters;

class OptimizationTest {
  private final List<Item> items = SyntheticLogs.shippedItems();

  private List<Item> heldOut() {
    return items.subList(
        items.size() - (int) Math.round(items.size() * Optimization.HELD_OUT), items.size());
  }

  @Test
  void belowTheMinimumNothingIsFittedAndTheCurrentParametersStay() {
    FsrsParameters current = SyntheticRevlog.TRUTH;
    Optimization.Result r =
        Optimization.run(
            items.subList(0, Optimization.MINIMUM_ITEMS - 1), current, TrainingConfig.DEFAULT);
    assertEquals(Optimization.Verdict.NOT_ENOUGH_DATA, r.verdict());
    assertEquals(current, r.adopted());
    assertNull(r.after());
  }

  @Test
  void onASimulatedLearnerTheFitPredictsUnseenReviewsAboutAsWellAsTheTrueWeights() {
    Optimization.Result r = Optimization.run(items, FsrsParameters.DEFAULT, TrainingConfig.DEFAULT);
    List<Item> newest = heldOut();
    double truth =
        Evaluation.evaluate(SyntheticRevlog.TRUTH, newest, Evaluation.equalWeights(newest.size()))
            .logLoss();
    assertEquals(Optimization.Verdict.ADOPTED, r.verdict());
    assertEquals(newest.size(), r.heldOutItems());
    assertTrue(r.after().logLoss() < r.before().logLoss() - 0.005, r.toString());
    // 370 held-out reviews: the true weights themselves are only known to predict to about 0.005.
    assertTrue(r.after().logLoss() < truth + 0.005, r.after() + " vs truth " + truth);
  }

  @Test
  void adoptedParametersAreRefittedOnAllItems() {
    Optimization.Result r = Optimization.run(items, FsrsParameters.DEFAULT, TrainingConfig.DEFAULT);
    assertEquals(ParameterFit.fit(items, TrainingConfig.DEFAULT).parameters(), r.adopted());
  }

  @Test
  void parametersThatAlreadyPredictTheNewestReviewsBetterAreKept() {
    // Fitted on everything, so they have seen the held-out reviews: the fit on the older 80% loses.
    FsrsParameters current = ParameterFit.fit(items, TrainingConfig.DEFAULT).parameters();
    Optimization.Result r = Optimization.run(items, current, TrainingConfig.DEFAULT);
    assertEquals(Optimization.Verdict.KEPT, r.verdict(), r.toString());
    assertEquals(current, r.adopted());
  }
}
