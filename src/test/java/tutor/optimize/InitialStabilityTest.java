package tutor.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tutor.schedule.FsrsParameters;

class InitialStabilityTest {

  private static void assertRelationsHold(double[] s) {
    // ln S2 = 0.41 ln S1 + 0.59 ln S3 and ln S3 = 0.46 ln S2 + 0.54 ln S4
    assertEquals(Math.log(s[1]), 0.41 * Math.log(s[0]) + 0.59 * Math.log(s[2]), 1e-12);
    assertEquals(Math.log(s[2]), 0.46 * Math.log(s[1]) + 0.54 * Math.log(s[3]), 1e-12);
  }

  @Test
  void allFourKnownAndInOrderAreKeptAsTheyAre() {
    double[] s =
        InitialStability.smoothAndFill(
            Map.of(1, 0.5, 2, 1.0, 3, 3.0, 4, 9.0), Map.of(1, 10, 2, 10, 3, 10, 4, 10));
    assertArrayEquals(new double[] {0.5, 1.0, 3.0, 9.0}, s);
  }

  @Test
  void twoKnownRatingsDetermineTheOtherTwoThroughBothRelations() {
    for (int[] known : new int[][] {{1, 2}, {1, 3}, {1, 4}, {2, 3}, {2, 4}, {3, 4}}) {
      // Roughly doubling per rating, as real learners' values do, so that no value is clamped.
      double a = 0.4 * Math.pow(2.2, known[0] - 1);
      double b = 0.5 * Math.pow(2.2, known[1] - 1);
      double[] s =
          InitialStability.smoothAndFill(
              Map.of(known[0], a, known[1], b), Map.of(known[0], 5, known[1], 5));
      assertEquals(a, s[known[0] - 1], 0);
      assertEquals(b, s[known[1] - 1], 0);
      assertRelationsHold(s);
    }
  }

  @Test
  void oneKnownRatingScalesAllDefaultsAlike() {
    double[] s =
        InitialStability.smoothAndFill(Map.of(3, 2 * FsrsParameters.DEFAULT.w(2)), Map.of(3, 50));
    for (int i = 0; i < 4; i++) assertEquals(2 * FsrsParameters.DEFAULT.w(i), s[i], 1e-12);
  }

  @Test
  void aMissingRatingAmongThreeComesFromTheRelationFsrsRsUsesForIt() {
    double[] s =
        InitialStability.smoothAndFill(Map.of(1, 0.4, 3, 3.0, 4, 8.0), Map.of(1, 5, 3, 5, 4, 5));
    assertEquals(Math.exp(0.41 * Math.log(0.4) + 0.59 * Math.log(3.0)), s[1], 1e-12);
  }

  @Test
  void anOutOfOrderPairTakesTheValueOfTheBetterSupportedRating() {
    double[] s =
        InitialStability.smoothAndFill(
            Map.of(1, 0.5, 2, 3.0, 3, 2.0, 4, 9.0), Map.of(1, 10, 2, 5, 3, 50, 4, 10));
    assertEquals(2.0, s[1], 0, "Good has more data, so Hard is lowered to it");
    assertEquals(2.0, s[2], 0);
  }

  @Test
  void valuesStayWithinTheOptimisersRange() {
    double[] s = InitialStability.smoothAndFill(Map.of(1, 0.0001, 4, 500.0), Map.of(1, 5, 4, 5));
    assertEquals(0.001, s[0], 0);
    assertEquals(100, s[3], 0);
  }

  @Test
  void noRatingAtAllIsAnError() {
    assertThrows(
        IllegalArgumentException.class, () -> InitialStability.smoothAndFill(Map.of(), Map.of()));
  }
}
