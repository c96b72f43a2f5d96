package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.kind.AnswerGrader;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;
import tutor.pack.StoredExercise;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.SchedulerConfig;

/**
 * The exercise runner when the learner is stuck: a ladder of hints shown one at a time, :show after
 * them (a miss), :skip that shows the answer once they have tried, and the rating of an answer the
 * learner disputes. Scripted input, no database.
 */
class WhenStuckTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static final Exercise CAPITAL =
      new Exercise(
          "capital",
          List.of("geo"),
          "Capital of France?",
          1,
          List.of("A river runs through it.", "The river is the Seine.", "It starts with P."),
          "Paris has been the capital for centuries.",
          List.of(),
          new Exercise.Text(List.of("Paris"), null, Normalization.DEFAULT));
  private static final Exercise BOIL =
      new Exercise(
          "boil",
          List.of("geo"),
          "",
          1,
          List.of(),
          "At sea level.",
          List.of(),
          new Exercise.Cloze(
              "Water boils at {{100}} degrees {{C}}.",
              List.of(new Gap(List.of("100")), new Gap(List.of("C"))),
              Normalization.DEFAULT));
  private static final Exercise NO_HINTS =
      new Exercise(
          "sum",
          List.of("geo"),
          "2 + 3?",
          1,
          List.of(),
          "",
          List.of(),
          new Exercise.Numeric(5, 0, false, ""));

  /** Answers from a script; records what the learner is shown. */
  private static final class ScriptedUi implements StudyUi {
    final Deque<String> lines;
    final List<String> shown = new ArrayList<>();

    ScriptedUi(String... lines) {
      this.lines = new ArrayDeque<>(List.of(lines));
    }

    public boolean interactive() {
      return false;
    }

    public void exercise(ExerciseScreen screen) {
      shown.add("exercise " + screen.exercise().id());
    }

    public void lesson(LessonScreen lesson) {}

    public String ask(String prompt) throws SessionEnd {
      if (lines.isEmpty()) throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
      return lines.poll();
    }

    public void hint(int number, int total, String text) {
      shown.add("hint " + number + " of " + total + ": " + text);
    }

    public void notice(String message) {
      shown.add("notice " + message);
    }

    public void say(String text) {
      shown.add("say " + text);
    }

    public void flashcardBack(String back) {}

    public void feedback(FeedbackScreen feedback) {}

    public void summary(SessionSummary summary) {}

    @Override
    public void skipped(String expected, String explanation) {
      shown.add("skipped " + expected + " / " + explanation);
    }
  }

  private static ExerciseRunner.Attempt run(ScriptedUi ui, Exercise ex) throws Exception {
    return run(ui, ex, cmd -> false);
  }

  private static ExerciseRunner.Attempt run(
      ScriptedUi ui, Exercise ex, ExerciseRunner.ExtraCommands extra) throws Exception {
    ExerciseRunner runner =
        new ExerciseRunner(
            ui,
            new FsrsScheduler(SchedulerConfig.defaults()),
            new AnswerGrader(),
            Clock.fixed(NOW, ZoneOffset.UTC),
            extra);
    ExerciseScreen screen =
        new ExerciseScreen(1, 1, "Pack", "Geo", Pick.Reason.NEW, Duration.ZERO, ex, List.of());
    return runner.run(new StoredExercise("p", ex, 0), CardState.newCard(NOW), screen, 1, 1);
  }

  @Test
  void hintsComeOneAtATimeFromNudgeToNearlyTheAnswerAndARightAnswerAfterAnyIsHard()
      throws Exception {
    ScriptedUi ui = new ScriptedUi("?", ":hint", "Paris");
    ExerciseRunner.Attempt a = run(ui, CAPITAL);
    assertEquals(
        List.of(
            "exercise capital",
            "hint 1 of 3: A river runs through it.",
            "hint 2 of 3: The river is the Seine."),
        ui.shown);
    assertEquals(Rating.HARD, a.rating());
    assertEquals(2, a.hintsUsed());
    assertTrue(a.verdict());
  }

  @Test
  void afterTheLastHintShowRevealsTheAnswerAndCountsAMiss() throws Exception {
    ScriptedUi ui = new ScriptedUi("?", "?", "?", "?", ":show");
    ExerciseRunner.Attempt a = run(ui, CAPITAL);
    assertEquals(
        "notice That was the last hint. Type :show to see the answer (it counts as a miss), or :skip.",
        ui.shown.get(4));
    assertTrue(a.shown());
    assertEquals(Rating.AGAIN, a.rating());
    assertFalse(a.verdict());
    assertEquals("Paris", a.expected());
    assertEquals("", a.given(), "nothing typed: nothing for the reports' wrong answers");
    assertEquals(3, a.hintsUsed());
    assertFalse(a.disputable(), "a shown answer has nothing to dispute");
  }

  @Test
  void showBeforeTheLastHintSaysHowManyAreLeftAndShowsOnlyWhenAskedAgain() throws Exception {
    ScriptedUi ui = new ScriptedUi("?", ":show", ":show");
    ExerciseRunner.Attempt a = run(ui, CAPITAL);
    assertEquals(
        "say 2 hints are left: ? for the next one, or :show again to see the answer now (it counts as"
            + " a miss).",
        ui.shown.get(2));
    assertTrue(a.shown());
    assertEquals(Rating.AGAIN, a.rating());
    assertEquals(1, a.hintsUsed());
  }

  @Test
  void aHintBetweenTwoShowsAsksAgainOnlyOnce() throws Exception {
    ScriptedUi ui = new ScriptedUi(":show", "?", ":show");
    assertTrue(run(ui, CAPITAL).shown(), "the second :show reveals, a hint in between or not");
  }

  @Test
  void withoutHintsShowRevealsAtOnce() throws Exception {
    ScriptedUi ui = new ScriptedUi("?", ":show");
    ExerciseRunner.Attempt a = run(ui, NO_HINTS);
    assertEquals(
        "notice This exercise has no hints. Type :show to see the answer (it counts as a miss), or :skip.",
        ui.shown.get(1));
    assertTrue(a.shown());
    assertEquals("5", a.expected());
  }

  @Test
  void skippingBeforeTryingJustSkips() {
    ScriptedUi ui = new ScriptedUi(":skip");
    assertThrows(SkipExercise.class, () -> run(ui, CAPITAL));
    assertEquals("skipped null / ", ui.shown.get(1));
  }

  @Test
  void skippingAfterAHintShowsTheAnswerAndItsExplanation() {
    ScriptedUi ui = new ScriptedUi("?", ":skip");
    assertThrows(SkipExercise.class, () -> run(ui, CAPITAL));
    assertEquals("skipped Paris / Paris has been the capital for centuries.", ui.shown.get(2));
  }

  @Test
  void skippingAfterTypingPartOfAnAnswerShowsTheAnswer() {
    ScriptedUi ui = new ScriptedUi("100", ":skip");
    assertThrows(SkipExercise.class, () -> run(ui, BOIL));
    assertEquals("skipped Water boils at 100 degrees C. / At sea level.", ui.shown.get(1));
  }

  @Test
  void anAnswerOfTheWrongShapeIsATryButAnEmptyLineIsNot() {
    ScriptedUi typed = new ScriptedUi("lots", ":skip");
    assertThrows(SkipExercise.class, () -> run(typed, NO_HINTS));
    assertEquals("skipped 5 / ", typed.shown.get(2));
    ScriptedUi empty = new ScriptedUi("", ":skip");
    assertThrows(SkipExercise.class, () -> run(empty, NO_HINTS));
    assertEquals("skipped null / ", empty.shown.get(2));
  }

  @Test
  void aDisputedAnswerIsRightRatedGoodOrHardAfterAHintAndKeepsTheVerdict() throws Exception {
    ExerciseRunner.Attempt wrong = run(new ScriptedUi("Lyon"), CAPITAL);
    assertTrue(wrong.disputable());
    ExerciseRunner.Attempt disputed = wrong.disputedAsRight();
    assertEquals(Rating.GOOD, disputed.rating());
    assertTrue(disputed.right());
    assertTrue(disputed.disputed());
    assertFalse(disputed.verdict(), "the grader's verdict is kept");
    assertFalse(disputed.disputable(), "disputed once is enough");
    ExerciseRunner.Attempt afterHint = run(new ScriptedUi("?", "Lyon"), CAPITAL).disputedAsRight();
    assertEquals(Rating.HARD, afterHint.rating());
    assertFalse(
        run(new ScriptedUi("Paris"), CAPITAL).disputable(),
        "a right answer has nothing to dispute");
  }

  @Test
  void aNearMissTheLearnerSaidWasWrongIsNotOfferedForDisputeAgain() throws Exception {
    // "Pari": a typo; asked "Count it as right?", the learner says n.
    ExerciseRunner.Attempt rejected = run(new ScriptedUi("Pari", "n"), CAPITAL);
    assertEquals("rejected", rejected.nearMiss());
    assertFalse(rejected.disputable(), "the learner has just said it was not right");
    assertTrue(run(new ScriptedUi("Lyon"), CAPITAL).disputable(), "a plain miss still is");
  }

  @Test
  void theSessionsCommandsWorkAtAFlashcardsRatingPromptAndShowThereIsEnter() throws Exception {
    Exercise card =
        new Exercise(
            "water",
            List.of("geo"),
            "H2O",
            1,
            List.of(),
            "",
            List.of(),
            new Exercise.Flashcard("Water"));
    List<String> handled = new ArrayList<>();
    ExerciseRunner.Attempt a =
        run(new ScriptedUi(":show", ":dispute", "3"), card, cmd -> handled.add(cmd));
    assertEquals(
        List.of(":dispute"),
        handled,
        "a dispute of the answer before, typed while rating this one");
    assertEquals(Rating.GOOD, a.rating());
    assertFalse(a.shown(), "on a flashcard :show only turns it over; the learner rates it");
  }
}
