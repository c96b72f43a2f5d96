package tutor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end simulator in small (scripts/bench e2e-simulate runs it large): simulated learners
 * (one of them reading the lessons) and random guessers study the bundled packs through {@code
 * tutor study --jsonl} over simulated days, and every check of {@link EndToEndSimulation} holds at
 * every step. Fixed seeds: the same answers every run.
 */
class EndToEndSimulationTest {
  private static final int DAYS = 5;
  private static final int MINUTES = 10;
  @TempDir static Path dir;
  private static EndToEndSimulation simulation;

  @BeforeAll
  static void install() throws Exception {
    simulation = new EndToEndSimulation(Path.of("content"), dir);
  }

  private static EndToEndSimulation.Run run(EndToEndSimulation.Learner who) throws Exception {
    EndToEndSimulation.Run r =
        simulation.run(who, DAYS, MINUTES, dir.resolve(who.kind() + "-" + who.seed()));
    assertEquals(List.of(), r.violations, who + ": every check holds at every step");
    assertTrue(r.answersGiven > 0, "the learner answered");
    assertEquals(r.answersGiven, r.answersRecorded, "every answer is in the export");
    assertEquals(0, r.falseMasteredSkillDays, who + ": skill-days shown mastered, not learned");
    assertEquals(0, r.falseMasteredAnnounced, who + ": mastered said in a session, not learned");
    assertTrue(
        r.longestNewMissRun <= EndToEndSimulation.MAX_NEW_MISSES_IN_A_ROW,
        who + ": wrong answers in a row to one skill's new material: " + r.longestNewMissRun);
    return r;
  }

  @Test
  void learnersStudyForDaysAndEveryStepHolds() throws Exception {
    for (long seed = 1; seed <= 2; seed++) {
      EndToEndSimulation.Run r = run(EndToEndSimulation.Learner.modelled(seed));
      assertTrue(r.newServed > 0 && r.masteredSkillDays > 0, "new material, then mastery");
      assertTrue(
          r.newRight > 0 && r.newRight < r.newServed,
          "new material neither all wrong nor all right: " + r.newRight + " of " + r.newServed);
    }
  }

  @Test
  void aLearnerWhoReadsTheLessonsAnswersTheFirstExercisesOfSkills() throws Exception {
    EndToEndSimulation.Run r = run(EndToEndSimulation.Learner.reader(1));
    assertTrue(r.lessonsRead > 0, "lessons were shown before new skills");
    assertTrue(
        r.firstRight > 0 && r.firstRight < r.firstServed,
        "a skill's first exercise right after its lesson, not always: "
            + r.firstRight
            + " of "
            + r.firstServed);
  }

  @Test
  void randomGuessersAreNeverShownAsMastered() throws Exception {
    EndToEndSimulation.Run all = run(EndToEndSimulation.Learner.guesser(3));
    EndToEndSimulation.Run choices = run(EndToEndSimulation.Learner.choiceGuesser(4));
    assertTrue(all.rightAnswers > 0 && choices.rightAnswers > 0, "some guesses were lucky");
    assertTrue(choices.skipped > 0, "the choice guesser skipped typed exercises");
  }
}
