package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tutor.pack.ExerciseType;
import tutor.schedule.Rating;

class RatingsTest {
  @Test
  void wrongIsAgain() {
    assertEquals(Rating.AGAIN, Ratings.forAnswer(ExerciseType.TEXT, false, 0, 20_000));
  }

  @Test
  void wrongAndFastIsStillAgain() {
    assertEquals(Rating.AGAIN, Ratings.forAnswer(ExerciseType.TEXT, false, 0, 500));
  }

  @Test
  void rightAfterAHintIsHard() {
    assertEquals(Rating.HARD, Ratings.forAnswer(ExerciseType.TEXT, true, 1, 20_000));
  }

  @Test
  void rightAfterAHintIsHardEvenWhenFast() {
    assertEquals(Rating.HARD, Ratings.forAnswer(ExerciseType.TEXT, true, 2, 500));
  }

  @Test
  void rightAtNormalSpeedIsGood() {
    assertEquals(Rating.GOOD, Ratings.forAnswer(ExerciseType.TEXT, true, 0, 20_000));
  }

  @Test
  void rightAndFastWithKnownTimeIsEasy() {
    assertEquals(Rating.EASY, Ratings.forAnswer(ExerciseType.TEXT, true, 0, 3_000));
  }

  @Test
  void pipedAnswerWithUnknownTimeIsNeverEasy() {
    assertEquals(Rating.GOOD, Ratings.forAnswer(ExerciseType.CHOICE, true, 0, -1));
  }

  @Test
  void choiceIsFastUnderFiveSeconds() {
    assertEquals(Rating.EASY, Ratings.forAnswer(ExerciseType.CHOICE, true, 0, 4_999));
  }

  @Test
  void choiceAtFiveSecondsIsGood() {
    assertEquals(Rating.GOOD, Ratings.forAnswer(ExerciseType.CHOICE, true, 0, 5_000));
  }

  @Test
  void textAtSevenSecondsIsEasy() {
    assertEquals(Rating.EASY, Ratings.forAnswer(ExerciseType.TEXT, true, 0, 7_000));
  }

  @Test
  void orderAtElevenSecondsIsEasy() {
    assertEquals(Rating.EASY, Ratings.forAnswer(ExerciseType.ORDER, true, 0, 11_000));
  }

  @Test
  void fastThresholdsFollowTheDocumentedSeconds() {
    assertEquals(
        java.util.List.of(5_000L, 8_000L, 8_000L, 8_000L, 12_000L),
        java.util.List.of(
            Ratings.fastMillis(ExerciseType.CHOICE),
            Ratings.fastMillis(ExerciseType.TEXT),
            Ratings.fastMillis(ExerciseType.CLOZE),
            Ratings.fastMillis(ExerciseType.NUMERIC),
            Ratings.fastMillis(ExerciseType.ORDER)));
  }

  @Test
  void aFirstRightAnswerToAChoiceIsNeverEasy() {
    // It may be a guess: Good, so it goes through the learning steps instead of a week away.
    assertEquals(Rating.GOOD, Ratings.forAnswer(ExerciseType.CHOICE, true, 0, 1_000, true));
    assertEquals(
        Rating.EASY,
        Ratings.forAnswer(ExerciseType.CHOICE, true, 0, 1_000, false),
        "later, fast is Easy");
    assertEquals(
        Rating.EASY,
        Ratings.forAnswer(ExerciseType.TEXT, true, 0, 1_000, true),
        "a typed answer is no guess");
    var scheduler = new tutor.schedule.FsrsScheduler(tutor.schedule.SchedulerConfig.defaults());
    java.time.Instant now = java.time.Instant.parse("2026-03-02T09:00:00Z");
    var card =
        scheduler
            .review(
                tutor.schedule.CardState.newCard(now),
                Ratings.forAnswer(ExerciseType.CHOICE, true, 0, 1_000, true),
                now,
                1)
            .card();
    assertTrue(card.due().isBefore(now.plus(java.time.Duration.ofDays(1))), "due " + card.due());
  }
}
