package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tutor.pack.CardKey;
import tutor.schedule.CardPhase;
import tutor.store.LoggedReview;

/** The evidence a credential states, counted from the review log. */
class LearningRecordTest {
  private static final CardKey A = new CardKey("p", "a");
  private static final CardKey B = new CardKey("p", "b");
  private static final CardKey OTHER = new CardKey("p", "other");

  private static LoggedReview answer(CardKey card, String at, boolean correct) {
    return new LoggedReview(
        card,
        Instant.parse(at),
        "study",
        correct ? 3 : 1,
        correct,
        null,
        0,
        "x",
        CardPhase.REVIEW,
        null);
  }

  @Test
  void quickRepeatsCountAsAnswersButMeasureNoRetention() {
    LearningRecord r =
        LearningRecord.of(
            Set.of(A, B),
            List.of(
                answer(A, "2026-03-02T09:00:00Z", true), answer(A, "2026-03-02T09:01:00Z", true),
                answer(A, "2026-03-02T09:02:00Z", true),
                    answer(OTHER, "2026-03-09T09:00:00Z", true)));
    assertEquals(
        new LearningRecord(
            3,
            1,
            1,
            Instant.parse("2026-03-02T09:00:00Z"),
            Instant.parse("2026-03-02T09:02:00Z"),
            0,
            0),
        r);
    assertEquals(0, r.spanDays());
    assertNull(r.retentionPercent());
  }

  @Test
  void answersADayOrMoreAfterThePreviousOneToTheSameExerciseMeasureRetention() {
    LearningRecord r =
        LearningRecord.of(
            Set.of(A, B),
            List.of(
                answer(A, "2026-03-02T09:00:00Z", true),
                answer(B, "2026-03-02T23:00:00Z", true),
                answer(A, "2026-03-03T08:59:59Z", false), // 23:59:59 later: not yet a day
                answer(A, "2026-03-04T09:00:00Z", true), // a day after the previous answer to A
                answer(B, "2026-03-09T23:00:00Z", false)));
    assertEquals(5, r.answers());
    assertEquals(2, r.exercises());
    assertEquals(4, r.days());
    assertEquals(7, r.spanDays());
    assertEquals(2, r.delayedReviews());
    assertEquals(1, r.delayedRight());
    assertEquals(50, r.retentionPercent());
  }

  @Test
  void noAnswersNoFigures() {
    LearningRecord r = LearningRecord.of(Set.of(A), List.of());
    assertEquals(new LearningRecord(0, 0, 0, null, null, 0, 0), r);
    assertEquals(0, r.spanDays());
  }

  @Test
  void theHashedNameIsOpenBadgesIdentityHash() {
    // OB 3.0's own example: sha256 of "a@example.com" salted with "Kosher".
    assertEquals(
        "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399",
        BadgeCredential.Identity.hashed("a@example.com", "Kosher").identityHash());
    assertEquals("Sam", BadgeCredential.Identity.plain("Sam").identityHash());
  }
}
