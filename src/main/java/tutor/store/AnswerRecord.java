package tutor.store;

import java.time.Instant;
import java.util.Map;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.schedule.CardState;
import tutor.schedule.ReviewOutcome;

/**
 * One answered exercise, written in one transaction: the review log row, the new card state and the
 * new mastery of each skill. The "before" values are kept so an answer can be undone exactly.
 *
 * <p>Not the same record as {@code session.ExerciseRunner.Attempt} (what the learner did, before
 * anything is scheduled) or {@code session.FeedbackScreen} (what they are shown after): this is
 * what the store keeps, with whose card it is and the card and mastery before and after, and
 * nothing only a screen needs (expected answer, grader detail, result tables). It is the port's
 * record, so it cannot hold the session's {@code Attempt} (arrows point into the core and port).
 *
 * @param kind "study", or "placement" for an answer of the placement test
 * @param before the card before the answer; null when the exercise was new to the learner
 * @param responseMillis null when unknown (piped input)
 * @param nearMiss "accepted" or "rejected" when the learner judged a near miss, else null
 * @param confidence how sure the learner said they were before seeing the verdict, 1 guessing to 3
 *     sure ({@code tutor.profile.Confidence}); null when not asked
 * @param shown the learner asked to see the answer (:show) instead of answering: a miss, answer
 *     empty
 * @param disputed the grader rejected the answer and the learner counted it as right (:dispute):
 *     {@code correct} and the rating are the learner's call, the grader's verdict was wrong
 */
public record AnswerRecord(
    long learnerId,
    CardKey card,
    Instant at,
    String kind,
    boolean correct,
    Long responseMillis,
    int hintsUsed,
    String answer,
    CardState before,
    ReviewOutcome outcome,
    Map<SkillKey, SkillMastery> masteryBefore,
    Map<SkillKey, SkillMastery> masteryAfter,
    Integer confidence,
    String nearMiss,
    boolean shown,
    boolean disputed) {

  /** An answer neither shown nor disputed. */
  public AnswerRecord(
      long learnerId,
      CardKey card,
      Instant at,
      String kind,
      boolean correct,
      Long responseMillis,
      int hintsUsed,
      String answer,
      CardState before,
      ReviewOutcome outcome,
      Map<SkillKey, SkillMastery> masteryBefore,
      Map<SkillKey, SkillMastery> masteryAfter,
      Integer confidence,
      String nearMiss) {
    this(
        learnerId,
        card,
        at,
        kind,
        correct,
        responseMillis,
        hintsUsed,
        answer,
        before,
        outcome,
        masteryBefore,
        masteryAfter,
        confidence,
        nearMiss,
        false,
        false);
  }

  /** An answer that was not a near miss. */
  public AnswerRecord(
      long learnerId,
      CardKey card,
      Instant at,
      String kind,
      boolean correct,
      Long responseMillis,
      int hintsUsed,
      String answer,
      CardState before,
      ReviewOutcome outcome,
      Map<SkillKey, SkillMastery> masteryBefore,
      Map<SkillKey, SkillMastery> masteryAfter,
      Integer confidence) {
    this(
        learnerId,
        card,
        at,
        kind,
        correct,
        responseMillis,
        hintsUsed,
        answer,
        before,
        outcome,
        masteryBefore,
        masteryAfter,
        confidence,
        null);
  }

  /** An answer given without a confidence rating (confidence off, flashcards, placement). */
  public AnswerRecord(
      long learnerId,
      CardKey card,
      Instant at,
      String kind,
      boolean correct,
      Long responseMillis,
      int hintsUsed,
      String answer,
      CardState before,
      ReviewOutcome outcome,
      Map<SkillKey, SkillMastery> masteryBefore,
      Map<SkillKey, SkillMastery> masteryAfter) {
    this(
        learnerId,
        card,
        at,
        kind,
        correct,
        responseMillis,
        hintsUsed,
        answer,
        before,
        outcome,
        masteryBefore,
        masteryAfter,
        null,
        null);
  }
}
