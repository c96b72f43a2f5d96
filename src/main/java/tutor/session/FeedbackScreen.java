package tutor.session;

import java.time.Instant;
import java.util.List;
import tutor.pack.SkillKey;
import tutor.schedule.Rating;

/**
 * What the learner sees after answering: made from the {@link ExerciseRunner.Attempt} and what
 * recording it changed, in words and for a screen (when it comes back, level changes, the
 * explanation); never stored, unlike {@code tutor.store.AnswerRecord}.
 *
 * @param correct null for a self-rated flashcard
 * @param nextReview when the exercise comes back, in words ("in 10 minutes", "in 3 days")
 * @param changes skills whose level changed ("Pipes: learning -> mastered")
 * @param nextDue when the exercise comes back, or null outside a recorded session
 * @param mastery P(known) of each of the exercise's skills before and after the answer
 * @param shown the learner asked for the answer (:show): no verdict on anything typed
 * @param disputable a rejected answer the learner may count as right with :dispute
 * @param answerLabel what the shown answer is called: "Expected", "One correct query"
 * @param tables rows that explain a wrong result (sql): the learner's, the expected, missing, extra
 */
public record FeedbackScreen(
    Boolean correct,
    String expected,
    String detail,
    String explanation,
    Rating rating,
    String nextReview,
    List<String> changes,
    Instant nextDue,
    List<MasteryChange> mastery,
    boolean shown,
    boolean disputable,
    String answerLabel,
    List<tutor.grade.ResultTable> tables) {

  /** P(known) of a skill before and after an answer (before is the prior for a first answer). */
  public record MasteryChange(SkillKey skill, double before, double after) {}

  public FeedbackScreen {
    changes = List.copyOf(changes);
    mastery = List.copyOf(mastery);
    tables = List.copyOf(tables);
  }

  public FeedbackScreen(
      Boolean correct,
      String expected,
      String detail,
      String explanation,
      Rating rating,
      String nextReview,
      List<String> changes,
      Instant nextDue,
      List<MasteryChange> mastery,
      boolean shown,
      boolean disputable) {
    this(
        correct,
        expected,
        detail,
        explanation,
        rating,
        nextReview,
        changes,
        nextDue,
        mastery,
        shown,
        disputable,
        "Expected",
        List.of());
  }

  /**
   * The same feedback with the kind's name for its answer and the rows that explain the verdict.
   */
  public FeedbackScreen explained(String label, List<tutor.grade.ResultTable> rows) {
    return new FeedbackScreen(
        correct,
        expected,
        detail,
        explanation,
        rating,
        nextReview,
        changes,
        nextDue,
        mastery,
        shown,
        disputable,
        label,
        rows);
  }

  public FeedbackScreen(
      Boolean correct,
      String expected,
      String detail,
      String explanation,
      Rating rating,
      String nextReview,
      List<String> changes,
      Instant nextDue,
      List<MasteryChange> mastery) {
    this(
        correct,
        expected,
        detail,
        explanation,
        rating,
        nextReview,
        changes,
        nextDue,
        mastery,
        false,
        false);
  }

  /** Feedback without the scheduling details (preview). */
  public FeedbackScreen(
      Boolean correct,
      String expected,
      String detail,
      String explanation,
      Rating rating,
      String nextReview,
      List<String> changes) {
    this(correct, expected, detail, explanation, rating, nextReview, changes, null, List.of());
  }
}
