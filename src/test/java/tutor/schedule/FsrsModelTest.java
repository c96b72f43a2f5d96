package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FsrsModelTest {
  private final FsrsModel model = new FsrsModel(FsrsParameters.DEFAULT);

  @Test
  void firstReviewStabilityAndDifficultyMatchTsFsrsForEachRating() {
    // README section 9: ts-fsrs first-repeat test.
    double[] stability = {0.212, 1.2931, 2.3065, 8.2956};
    double[] difficulty = {6.4133, 5.11217071, 2.11810397, 1};
    for (Rating rating : Rating.values()) {
      MemoryState first = model.nextState(null, 0, rating, true);
      assertEquals(stability[rating.ordinal()], first.stability(), 0, rating.name());
      assertEquals(difficulty[rating.ordinal()], first.difficulty(), 0, rating.name());
      assertEquals(first.stability(), model.initialStability(rating), 0);
      assertEquals(first.difficulty(), model.initialDifficulty(rating), 0);
    }
  }

  @Test
  void defaultCurveConstantsMatchTsFsrs() {
    assertEquals(-0.1542, model.decay(), 0);
    assertEquals(0.98034649, model.factor(), 0);
    assertEquals(1.0, model.intervalModifier(0.9), 0);
  }

  @Test
  void retrievabilityIsOneOnTheSameDayAndNinetyPercentAfterStabilityDays() {
    assertEquals(1.0, model.retrievability(0, 5), 0);
    assertEquals(0.9, model.retrievability(10, 10), 1e-8);
    assertTrue(model.retrievability(20, 10) < 0.9);
  }

  @Test
  void intervalRoundsHalfUpAndStaysBetweenOneDayAndTheMaximum() {
    assertEquals(3, FsrsModel.interval(2.5, 1, 36500));
    assertEquals(2, FsrsModel.interval(2.49, 1, 36500));
    assertEquals(1, FsrsModel.interval(0.1, 1, 36500));
    assertEquals(365, FsrsModel.interval(5000, 1, 365));
  }

  @Test
  void sameDayHardGoodAndEasyNeverLowerStabilityButAgainDoes() {
    for (double s : new double[] {0.5, 8, 100, 1000}) {
      for (Rating rating : new Rating[] {Rating.HARD, Rating.GOOD, Rating.EASY}) {
        assertTrue(model.shortTermStability(s, rating) >= s, rating + " at S=" + s);
      }
      assertTrue(model.shortTermStability(s, Rating.AGAIN) < s, "Again at S=" + s);
    }
  }

  @Test
  void aLapseNeverRaisesStabilityInEitherMode() {
    for (double s : new double[] {0.1, 3, 50, 3000}) {
      for (double r : new double[] {1, 0.9, 0.5, 0.1}) {
        assertTrue(model.stabilityAfterForget(s, 7, r, true) <= s);
        assertTrue(model.stabilityAfterForget(s, 7, r, false) <= s);
      }
    }
  }

  @Test
  void longTermSameDayRecallKeepsStabilityBecauseRetrievabilityIsOne() {
    MemoryState prev = new MemoryState(12.5, 5);
    assertEquals(12.5, model.nextState(prev, 0, Rating.GOOD, false).stability(), 0);
    assertEquals(12.5, model.nextState(prev, 0, Rating.EASY, false).stability(), 0);
  }

  @Test
  void difficultyRisesOnAgainFallsOnEasyAndStaysWithinOneToTen() {
    assertTrue(model.nextDifficulty(5, Rating.AGAIN) > 5);
    assertTrue(model.nextDifficulty(5, Rating.EASY) < 5);
    for (double d : new double[] {1, 5.5, 10}) {
      for (Rating rating : Rating.values()) {
        double next = model.nextDifficulty(d, rating);
        assertTrue(next >= 1 && next <= 10, rating + " from D=" + d + " gave " + next);
      }
    }
    assertEquals(1, model.nextDifficulty(1, Rating.EASY), 0);
  }

  @Test
  void fsrsRsMemoryStateAnchorIsReproduced() {
    // fsrs-rs test_memory_state: ratings [1,3,3,3,3,3], day gaps [0,0,1,3,8,21].
    int[] ratings = {1, 3, 3, 3, 3, 3};
    int[] gaps = {0, 0, 1, 3, 8, 21};
    MemoryState state = null;
    for (int i = 0; i < ratings.length; i++) {
      state = model.nextState(state, gaps[i], Rating.of(ratings[i]), true);
    }
    assertEquals(53.62690465, state.stability(), 0); // ts-fsrs
    assertEquals(6.35748708, state.difficulty(), 0);
    assertEquals(53.62691, state.stability(), 1e-4); // fsrs-rs, computed in f32
    assertEquals(6.3574867, state.difficulty(), 1e-6);
  }

  @Test
  void negativeElapsedDaysAreRejected() {
    MemoryState prev = new MemoryState(3, 5);
    assertThrows(
        IllegalArgumentException.class, () -> model.nextState(prev, -1, Rating.GOOD, true));
  }
}
