package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tutor.pack.CardKey;
import tutor.schedule.CardPhase;
import tutor.schedule.StudyDay;
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
                    answer(OTHER, "2026-03-09T09:00:00Z", true)),
            LearningRecord.UTC_DAYS);
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
                answer(B, "2026-03-09T23:00:00Z", false)),
            LearningRecord.UTC_DAYS);
    assertEquals(5, r.answers());
    assertEquals(2, r.exercises());
    assertEquals(4, r.days());
    assertEquals(7, r.spanDays());
    assertEquals(2, r.delayedReviews());
    assertEquals(1, r.delayedRight());
    assertEquals(50, r.retentionPercent());
  }

  /**
   * Days are the learner's study days, as mastery counts them: a credential issued because two
   * study days show the skill must not state one day. New York (UTC-5 in early March), the day
   * starting at 04:00.
   */
  @Test
  void daysAreTheLearnersStudyDaysNotUtcDates() {
    StudyDay newYork = new StudyDay(ZoneId.of("America/New_York"), 4);
    List<LoggedReview> log =
        List.of(
            answer(A, "2026-03-02T08:30:00Z", true), // 03:30 local: still the study day of 1 March
            answer(B, "2026-03-02T09:30:00Z", true), // 04:30 local: the study day of 2 March
            answer(A, "2026-03-03T04:30:00Z", true), // 23:30 local, 2 March
            answer(B, "2026-03-03T05:30:00Z", true)); // 00:30 local, 3 March: still 2 March
    LearningRecord local = LearningRecord.of(Set.of(A, B), log, newYork);
    assertEquals(2, local.days(), "1 and 2 March, as the learner lives them");
    assertEquals(LocalDate.parse("2026-03-01"), local.firstDate());
    assertEquals(LocalDate.parse("2026-03-02"), local.lastDate());
    assertEquals(1, local.spanDays());
    // The same answers on UTC dates: 2 and 3 March, also two, but other ones; and a pair the study
    // day splits while UTC does not
    LearningRecord utc = LearningRecord.of(Set.of(A, B), log, LearningRecord.UTC_DAYS);
    assertEquals(LocalDate.parse("2026-03-02"), utc.firstDate());
    assertEquals(
        1, LearningRecord.of(Set.of(A, B), log.subList(0, 2), LearningRecord.UTC_DAYS).days());
    assertEquals(2, LearningRecord.of(Set.of(A, B), log.subList(0, 2), newYork).days());
    // the narrative states the study dates
    assertTrue(
        BadgeCredential.narrative(IssuedCredentials.mastery(), local)
            .contains("on 2 days, from 2026-03-01 to 2026-03-02 (1 day apart)"),
        BadgeCredential.narrative(IssuedCredentials.mastery(), local));
  }

  @Test
  void noAnswersNoFigures() {
    LearningRecord r = LearningRecord.of(Set.of(A), List.of(), LearningRecord.UTC_DAYS);
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
