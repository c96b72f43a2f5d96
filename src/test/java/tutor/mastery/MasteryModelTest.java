package tutor.mastery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Normalization;

class MasteryModelTest {
  private static Exercise choice(int options, int correct) {
    List<String> opts = new java.util.ArrayList<>();
    List<Integer> right = new java.util.ArrayList<>();
    for (int i = 0; i < options; i++) opts.add("o" + i);
    for (int i = 0; i < correct; i++) right.add(i);
    return new Exercise(
        "c",
        List.of("s"),
        "?",
        2,
        List.of(),
        "",
        List.of(),
        new Exercise.Choice(opts, right, true));
  }

  @Test
  void aChoicesGuessRateFollowsItsOptions() {
    assertEquals(0.25, Kind.chance(null, choice(4, 1)).guess(), 1e-12);
    assertEquals(1 / 15.0, Kind.chance(null, choice(4, 2)).guess(), 1e-12);
    Exercise text =
        new Exercise(
            "t",
            List.of("s"),
            "?",
            2,
            List.of(),
            "",
            List.of(),
            new Exercise.Text(List.of("x"), null, Normalization.DEFAULT));
    // A typed answer is hardly ever guessed; a typo or a phrasing can trip one who knows.
    assertEquals(new BktParameters(0.1, 0.1, 0.03, 0.12), Kind.chance(null, text));
    // A pack's own parameters stand for typed answers; a choice's guess still follows its options.
    BktParameters own = new BktParameters(0.2, 0.15, 0.1, 0.05);
    assertEquals(own, Kind.chance(own, text));
    assertEquals(0.25, Kind.chance(own, choice(4, 1)).guess(), 1e-12);
  }

  @Test
  void aSkillMasteredButForgottenIsFading() {
    SkillMastery mastered =
        new SkillMastery(
            0.97, 6, 6, new Evidence("e1", java.time.Instant.EPOCH, true, true, false));
    assertEquals(Level.MASTERED, MasteryModel.level(mastered, true, 0.9));
    assertEquals(Level.FADING, MasteryModel.level(mastered, true, 0.6));
    assertEquals(Level.LEARNING, MasteryModel.level(new SkillMastery(0.5, 2, 1), true, 0.6));
  }

  /**
   * Hysteresis: a skill locks while a prerequisite is not known only until the learner practises
   * it; a lapse on the prerequisite later leaves it open (the prerequisite's review comes instead).
   */
  @Test
  void aPractisedSkillStaysUnlockedWhenAPrerequisiteLapses() {
    SkillMastery neverAnswered = new SkillMastery(0.3, 0, 0);
    SkillMastery answeredOnce = new SkillMastery(0.5, 1, 1);
    SkillMastery answeredWrong = new SkillMastery(0.2, 1, 0);
    assertEquals(Level.LOCKED, MasteryModel.level(null, false, 1.0));
    assertEquals(Level.LOCKED, MasteryModel.level(neverAnswered, false, 1.0));
    assertEquals(Level.LEARNING, MasteryModel.level(answeredOnce, false, 1.0));
    assertEquals(Level.LEARNING, MasteryModel.level(answeredWrong, false, 1.0));
    assertEquals(Level.NEW, MasteryModel.level(neverAnswered, true, 1.0));
    assertFalse(MasteryModel.unlocked(false, null));
    assertFalse(MasteryModel.unlocked(false, neverAnswered));
    assertTrue(MasteryModel.unlocked(false, answeredWrong));
    assertTrue(MasteryModel.unlocked(true, null));
  }

  @Test
  void levelsClimbTheLadderInOrder() {
    List<Level> up =
        List.of(
            Level.LOCKED,
            Level.NEW,
            Level.LEARNING,
            Level.PLACED,
            Level.FADING,
            Level.LEARNED,
            Level.MASTERED);
    for (int i = 1; i < up.size(); i++)
      assertTrue(up.get(i).rank() > up.get(i - 1).rank(), up.get(i) + " above " + up.get(i - 1));
    assertEquals(Level.values().length, up.size());
  }

  @Test
  void predictedSuccessFallsWithDifficultyAndRisesWithMastery() {
    BktParameters p = BktParameters.DEFAULT;
    // difficulty 2, mastery 0.5: guess + (1 - guess - slip) * 0.5 = 0.2 + 0.7 * 0.5
    assertEquals(0.55, MasteryModel.predictNew(0.5, 2, p), 1e-12);
    assertTrue(MasteryModel.predictNew(0.5, 4, p) < MasteryModel.predictNew(0.5, 2, p));
    assertTrue(MasteryModel.predictNew(0.9, 3, p) > MasteryModel.predictNew(0.5, 3, p));
  }

  @Test
  void answersRefineTheAuthorsDifficultyInProportionToTheirNumber() {
    assertEquals(3.0, MasteryModel.refinedDifficulty(3, 0, 0), 1e-12);
    // ten first attempts, all wrong: observed 5, weighted equally with the author's 3 -> 4
    assertEquals(4.0, MasteryModel.refinedDifficulty(3, 10, 0), 1e-12);
    // ninety, all right: observed 1 -> (10*3 + 90*1) / 100 = 1.2
    assertEquals(1.2, MasteryModel.refinedDifficulty(3, 90, 90), 1e-12);
  }

  @Test
  void rightAnswersToMasterCountsFromTheCurrentEstimate() {
    assertEquals(4, MasteryModel.rightAnswersToMaster(0.1, BktParameters.DEFAULT));
    assertEquals(0, MasteryModel.rightAnswersToMaster(0.96, BktParameters.DEFAULT));
  }
}
