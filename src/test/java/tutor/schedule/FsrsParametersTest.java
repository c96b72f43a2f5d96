package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FsrsParametersTest {
  private static final double[] FSRS6_DEFAULTS = {
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
  };

  @Test
  void defaultsAreTheFsrs6Defaults() {
    assertArrayEquals(FSRS6_DEFAULTS, FsrsParameters.DEFAULT.toArray(), 0);
    assertEquals(0.1542, FsrsParameters.DEFAULT.w(20), 0);
  }

  @Test
  void validationListsEveryBadIndexInOneMessage() {
    double[] w = FSRS6_DEFAULTS.clone();
    w[0] = 0;
    w[7] = 0.9;
    w[17] = 2.5;
    w[20] = Double.NaN;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new FsrsParameters(w));
    String message = e.getMessage();
    for (String bad : new String[] {"w[0]=0.0", "w[7]=0.9", "w[17]=2.5", "w[20]=NaN"}) {
      assertTrue(message.contains(bad), message);
    }
    assertFalse(message.contains("w[1]="), message);
  }

  @Test
  void aVectorOfAnyOtherLengthIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new FsrsParameters(new double[19]));
    assertThrows(NullPointerException.class, () -> new FsrsParameters(null));
  }

  @Test
  void weightsAreDefensivelyCopiedInAndOut() {
    double[] w = FSRS6_DEFAULTS.clone();
    FsrsParameters p = new FsrsParameters(w);
    w[0] = 99;
    p.toArray()[1] = 99;
    p.w()[2] = 99;
    assertArrayEquals(FSRS6_DEFAULTS, p.toArray(), 0);
  }

  @Test
  void parametersWithTheSameWeightsAreEqual() {
    assertEquals(FsrsParameters.DEFAULT, new FsrsParameters(FSRS6_DEFAULTS));
    assertEquals(FsrsParameters.DEFAULT.hashCode(), new FsrsParameters(FSRS6_DEFAULTS).hashCode());
  }

  @Test
  void clippedClampsEachWeightIntoItsBounds() {
    double[] w = FSRS6_DEFAULTS.clone();
    w[0] = -5;
    w[4] = 12;
    w[20] = 0.01;
    FsrsParameters p = FsrsParameters.clipped(w, 1, true);
    assertEquals(0.001, p.w(0), 0);
    assertEquals(10, p.w(4), 0);
    assertEquals(0.1, p.w(20), 0);
    assertEquals(FSRS6_DEFAULTS[5], p.w(5), 0);
  }

  @Test
  void clippedRaisesW19OnlyWhenShortTermIsOn() {
    double[] w = FSRS6_DEFAULTS.clone();
    w[19] = 0;
    assertEquals(0.01, FsrsParameters.clipped(w, 1, true).w(19), 0);
    assertEquals(0, FsrsParameters.clipped(w, 1, false).w(19), 0);
    assertEquals(0, new FsrsParameters(w).w(19), 0); // valid without context
  }

  @Test
  void clippedLowersTheW17W18CeilingWithSeveralRelearningSteps() {
    double[] w = FSRS6_DEFAULTS;
    double v = -(Math.log(w[11]) + Math.log(Math.pow(2, w[13]) - 1) + w[14] * 0.3) / 3;
    double ceiling = FsrsModel.r8(Math.sqrt(v));

    FsrsParameters p = FsrsParameters.clipped(w, 3, true);

    assertTrue(ceiling < w[17]);
    assertEquals(ceiling, p.w(17), 0);
    assertEquals(w[18], p.w(18), 0);
    assertEquals(w[17], FsrsParameters.clipped(w, 1, true).w(17), 0);
  }

  @Test
  void clippedRejectsNaN() {
    double[] w = FSRS6_DEFAULTS.clone();
    w[3] = Double.NaN;
    assertThrows(IllegalArgumentException.class, () -> FsrsParameters.clipped(w, 1, true));
  }
}
