package tutor.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static Item item(int... ratingDays) {
    List<DayReview> reviews = new java.util.ArrayList<>();
    for (int i = 0; i < ratingDays.length; i += 2)
      reviews.add(new DayReview(ratingDays[i], ratingDays[i + 1]));
    return new Item(new CardHistory("c", reviews), reviews.size() - 1);
  }

  @Test
  void recencyWeightsRiseFromAQuarterForTheOldestToOneForTheNewest() {
    assertArrayEquals(new double[] {0.25, 0.25 + 0.75 / 8, 1}, Evaluation.recencyWeights(3), 1e-15);
    assertArrayEquals(new double[] {0.25}, Evaluation.recencyWeights(1));
  }

  @Test
  void binsGroupItemsByGapLengthAndLapsesOnLogScales() {
    assertEquals(new Evaluation.Bin(248, 4, 0), Evaluation.Bin.of(item(3, 0, 3, 1)));
    // 10 days: 3.62^1 <= 10 < 3.62^2; 3 long-term reviews + 1 = 4: 1.89^2 <= 4; one lapse.
    assertEquals(
        new Evaluation.Bin(898, 7, 2), Evaluation.Bin.of(item(3, 0, 1, 2, 3, 0, 3, 4, 3, 10)));
  }

  @Test
  void logLossIsTheWeightedCrossEntropyOfPredictionAgainstRecall() {
    List<Item> items = List.of(item(3, 0, 3, 2), item(3, 0, 1, 2));
    Metrics m = Evaluation.score(items, new double[] {0.8, 0.8}, new double[] {1, 3});
    assertEquals(-(Math.log(0.8) + 3 * Math.log(0.2)) / 4, m.logLoss(), 1e-12);
  }

  @Test
  void rmseOfBinsIsZeroWhenEachBinsMeanPredictionIsItsRecallRate() {
    List<Item> items = List.of(item(3, 0, 3, 2), item(3, 0, 1, 2), item(3, 0, 3, 30));
    Metrics m = Evaluation.score(items, new double[] {0.3, 0.7, 1.0}, Evaluation.equalWeights(3));
    assertEquals(0, m.rmseBins(), 1e-12);
  }
}
