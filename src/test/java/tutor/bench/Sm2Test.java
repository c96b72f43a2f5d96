package tutor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tutor.schedule.Rating;

class Sm2Test {
  private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void aNewCardGoesThroughTheOneAndTenMinuteStepsThenGraduatesToOneDay() {
    Sm2.Card c = Sm2.review(null, Rating.GOOD, T, 0);
    assertEquals(T.plus(Duration.ofMinutes(10)), c.due());
    c = Sm2.review(c, Rating.GOOD, c.due(), 0);
    assertEquals(Sm2.Phase.REVIEW, c.phase());
    assertEquals(1, c.interval());
    assertEquals(2.5, c.ease());
  }

  @Test
  void goodMultipliesTheIntervalByTheEaseAndEasyGraduatesAtFourDays() {
    Sm2.Card c = Sm2.review(null, Rating.EASY, T, 0);
    assertEquals(4, c.interval());
    c = Sm2.review(c, Rating.GOOD, c.due(), 0);
    assertEquals(10, c.interval());
  }

  @Test
  void aLapseCostsTwentyPointsOfEaseAndRelearnsAfterTenMinutesForADay() {
    Sm2.Card c =
        Sm2.review(
            Sm2.review(null, Rating.EASY, T, 0), Rating.AGAIN, T.plus(Duration.ofDays(4)), 0);
    assertEquals(Sm2.Phase.RELEARNING, c.phase());
    assertEquals(2.3, c.ease(), 1e-12);
    c = Sm2.review(c, Rating.GOOD, c.due(), 0);
    assertEquals(1, c.interval());
  }

  @Test
  void easeNeverFallsBelowOneHundredThirtyPercent() {
    Sm2.Card c = Sm2.review(null, Rating.EASY, T, 0);
    for (int i = 0; i < 10; i++)
      c = Sm2.review(Sm2.review(c, Rating.AGAIN, c.due(), 0), Rating.GOOD, c.due(), 0);
    assertEquals(1.3, c.ease(), 1e-12);
  }
}
