package tutor.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.schedule.FsrsParameters;

class ParameterFitTest {
  /** {@code n} cards first rated Good, reviewed once {@code days} later (every fifth forgotten). */
  private static List<Item> firstReviews(int n, int days) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CardHistory h =
          new CardHistory(
              "c" + i, List.of(new DayReview(3, 0), new DayReview(i % 5 == 0 ? 1 : 3, days)));
      items.add(new Item(h, 1));
    }
    return items;
  }

  @Test
  void fewerThanEightTrainingItemsKeepTheDefaults() {
    ParameterFit.Fit fit = ParameterFit.fit(firstReviews(7, 3), TrainingConfig.DEFAULT);
    assertEquals(ParameterFit.Stage.DEFAULTS, fit.stage());
    assertEquals(FsrsParameters.DEFAULT, fit.parameters());
  }

  @Test
  void whenEveryItemIsAFirstReviewOnlyTheInitialStabilitiesAreEstimated() {
    ParameterFit.Fit fit = ParameterFit.fit(firstReviews(40, 3), TrainingConfig.DEFAULT);
    assertEquals(ParameterFit.Stage.INITIAL_STABILITY, fit.stage());
    double[] w = fit.parameters().toArray();
    for (int i = 4; i < 21; i++) assertEquals(FsrsParameters.DEFAULT.w(i), w[i], 0, "w" + i);
    // 80% recalled after 3 days: Good's stability is below 3 days (R = 0.9 at S), yet positive.
    assertNotEquals(FsrsParameters.DEFAULT.w(2), w[2]);
    assertEquals(true, w[2] > 0.5 && w[2] < 3, "S0(Good) = " + w[2]);
  }

  @Test
  void theSameSeedGivesTheSameParameters() {
    List<Item> items = SyntheticLogs.shippedItems();
    assertEquals(
        ParameterFit.fit(items, TrainingConfig.DEFAULT).parameters(),
        ParameterFit.fit(items, TrainingConfig.DEFAULT).parameters());
  }

  @Test
  void fittedParametersStayWithinTheOptimisersBounds() {
    ParameterFit.Fit fit = ParameterFit.fit(SyntheticLogs.shippedItems(), TrainingConfig.DEFAULT);
    assertEquals(ParameterFit.Stage.TRAINED, fit.stage());
    assertEquals(fit.parameters(), FsrsParameters.clipped(fit.parameters().toArray(), 1, true));
  }

  @Test
  void trainingLowersTheLossOnTheItemsItSaw() {
    List<Item> items = SyntheticLogs.shippedItems();
    ParameterFit.Fit fit = ParameterFit.fit(items, TrainingConfig.DEFAULT);
    double fitted = Evaluation.evaluate(fit.parameters(), items).logLoss();
    double defaults = Evaluation.evaluate(FsrsParameters.DEFAULT, items).logLoss();
    assertEquals(true, fitted < defaults - 0.003, fitted + " vs defaults " + defaults);
  }
}
