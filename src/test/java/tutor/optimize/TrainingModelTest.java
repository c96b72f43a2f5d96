package tutor.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tutor.schedule.FsrsModel;
import tutor.schedule.FsrsParameters;
import tutor.schedule.MemoryState;
import tutor.schedule.Rating;

class TrainingModelTest {

  /** Random card histories with same-day reviews, lapses and every rating. */
  private static List<Item> randomItems(int cards, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Item> items = new ArrayList<>();
    for (int c = 0; c < cards; c++) {
      List<DayReview> reviews = new ArrayList<>();
      reviews.add(new DayReview(1 + random.nextInt(4), 0));
      int n = 2 + random.nextInt(8);
      for (int k = 1; k < n; k++) {
        int days = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(40);
        reviews.add(new DayReview(1 + random.nextInt(4), days));
      }
      CardHistory h = new CardHistory("c" + c, reviews);
      for (int k = 1; k < n; k++) if (reviews.get(k).longTerm()) items.add(new Item(h, k));
    }
    return items;
  }

  @Test
  void forwardDerivativesMatchFiniteDifferencesForEveryWeight() {
    List<Item> items = randomItems(60, 7);
    List<CardColumn> columns = CardColumn.of(items, Evaluation.recencyWeights(items.size()));
    double[][] points = {
      FsrsParameters.DEFAULT.toArray(),
      {
        0.4, 1.1, 3.0, 9.0, 5.5, 1.1, 2.0, 0.05, 1.5, 0.3, 1.0, 1.7, 0.1, 0.35, 1.2, 0.5, 2.1, 0.4,
        0.3, 0.2, 0.35
      }
    };
    for (double[] w : points) {
      double[] gradient = new double[21];
      Objective.loss(w, columns, gradient);
      for (int i = 0; i < 21; i++) {
        double h = 1e-6 * Math.max(1, Math.abs(w[i]));
        double[] up = w.clone();
        double[] down = w.clone();
        up[i] += h;
        down[i] -= h;
        double numeric =
            (Objective.loss(up, columns, null) - Objective.loss(down, columns, null)) / (2 * h);
        double tolerance = 1e-5 * Math.max(1, Math.abs(numeric));
        assertEquals(numeric, gradient[i], tolerance, "dLoss/dw" + i);
      }
    }
  }

  @Test
  void predictsWhatTheSchedulersModelPredictsBarItsRoundingToEightDecimals() {
    // tutor.schedule.FsrsModel is ts-fsrs exactly (with 8-decimal rounding); the training model is
    // fsrs-rs (without). With w0..w3 above ts-fsrs's 0.1 floor they differ only by that rounding.
    FsrsParameters p = FsrsParameters.DEFAULT;
    FsrsModel scheduler = new FsrsModel(p);
    TrainingModel training = new TrainingModel(p.toArray());
    for (Item item : randomItems(200, 11)) {
      List<DayReview> reviews = item.reviews();
      MemoryState s = scheduler.nextState(null, 0, Rating.of(reviews.get(0).rating()), true);
      Memory m = new Memory(false);
      training.start(m, reviews.get(0).rating());
      for (int k = 1; k < reviews.size(); k++) {
        DayReview r = reviews.get(k);
        double expected = scheduler.retrievability(r.deltaDays(), s.stability());
        assertEquals(expected, training.retrievability(m, r.deltaDays(), null), 1e-6);
        s = scheduler.nextState(s, r.deltaDays(), Rating.of(r.rating()), true);
        training.review(m, r.deltaDays(), r.rating());
        assertEquals(s.stability(), m.stability, 1e-5 * s.stability());
        assertEquals(s.difficulty(), m.difficulty, 1e-6);
      }
    }
  }

  @Test
  void aDerivativeStopsAtAClampThatIsActive() {
    // w0 = 200 clamps nowhere (S max is 36500), but D0 = w4 - e^0 + 1 = 11 is clamped to 10.
    double[] w = FsrsParameters.DEFAULT.toArray();
    w[4] = 11;
    TrainingModel model = new TrainingModel(w);
    Memory m = new Memory(true);
    model.start(m, 1);
    assertEquals(10, m.difficulty);
    assertEquals(0, m.dDifficulty[4]);
    assertEquals(1, m.dStability[0]);
    assertTrue(java.util.Arrays.stream(m.dDifficulty).allMatch(v -> v == 0));
  }
}
