package tutor.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private static List<Calibration.Judged> judged(Confidence c, int right, int wrong) {
    List<Calibration.Judged> out = new ArrayList<>();
    for (int i = 0; i < right; i++) out.add(new Calibration.Judged(c, true));
    for (int i = 0; i < wrong; i++) out.add(new Calibration.Judged(c, false));
    return out;
  }

  @Test
  void eachLevelCountsItsAnswersAndRightOnes() {
    List<Calibration.Judged> all = new ArrayList<>(judged(Confidence.SURE, 8, 2));
    all.addAll(judged(Confidence.GUESSING, 1, 3));
    Calibration c = Calibration.of(all);
    assertEquals(14, c.answers());
    assertEquals(9, c.right());
    assertEquals(new Calibration.Row(Confidence.GUESSING, 4, 1), c.rows().get(0));
    assertEquals(new Calibration.Row(Confidence.FAIRLY_SURE, 0, 0), c.rows().get(1));
    assertEquals(new Calibration.Row(Confidence.SURE, 10, 8), c.rows().get(2));
    assertEquals(0.8, c.rows().get(2).shareRight(), 1e-12);
    assertEquals(-0.2, c.rows().get(2).gap(), 1e-12, "sure stands for 100%");
    assertTrue(Double.isNaN(c.rows().get(1).shareRight()));
    assertEquals(2, c.confidentErrors(), "wrong when sure");
  }

  @Test
  void brierScoreIsTheMeanSquaredDistanceOfStatedChanceAndOutcome() {
    // sure & right: 0; sure & wrong: 1; guessing (1/3) & right: (2/3)^2; guessing & wrong: (1/3)^2
    List<Calibration.Judged> all =
        List.of(
            new Calibration.Judged(Confidence.SURE, true),
            new Calibration.Judged(Confidence.SURE, false),
            new Calibration.Judged(Confidence.GUESSING, true),
            new Calibration.Judged(Confidence.GUESSING, false));
    Calibration c = Calibration.of(all);
    assertEquals((0 + 1 + 4.0 / 9 + 1.0 / 9) / 4, c.brier(), 1e-12);
    assertEquals(0.25, c.baseRateBrier(), 1e-12, "always saying 50% scores p(1-p)");
  }

  @Test
  void perfectConfidenceScoresZero() {
    List<Calibration.Judged> all = new ArrayList<>(judged(Confidence.SURE, 5, 0));
    Calibration c = Calibration.of(all);
    assertEquals(0, c.brier(), 1e-12);
    assertEquals("well calibrated", c.verdict());
  }

  @Test
  void sureButOftenWrongIsOverconfidentAndTheReverseUnderconfident() {
    assertEquals("overconfident", Calibration.of(judged(Confidence.SURE, 5, 5)).verdict());
    assertEquals(0.5, Calibration.of(judged(Confidence.SURE, 5, 5)).overconfidence(), 1e-12);
    assertEquals("underconfident", Calibration.of(judged(Confidence.GUESSING, 9, 1)).verdict());
    assertEquals("well calibrated", Calibration.of(judged(Confidence.FAIRLY_SURE, 2, 1)).verdict());
  }

  @Test
  void noRatingsGiveNoFigures() {
    Calibration c = Calibration.of(List.of());
    assertTrue(c.empty());
    assertTrue(Double.isNaN(c.brier()));
    assertEquals("no confidence ratings yet", c.verdict());
  }

  @Test
  void theLearnerTypesOneTwoOrThree() {
    assertEquals(Confidence.SURE, Confidence.parse(" 3 ").orElseThrow());
    assertEquals(Confidence.GUESSING, Confidence.parse("1").orElseThrow());
    assertTrue(Confidence.parse("4").isEmpty());
    assertTrue(Confidence.parse("sure").isEmpty());
    assertTrue(Confidence.of(null).isEmpty());
  }
}
