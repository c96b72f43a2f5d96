package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Predicted success soon after a review reflects the time passed and today's misses, never 1 after
 * a miss.
 */
class ShortTermMemoryTest {
  private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
  private final FsrsScheduler scheduler =
      new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false));

  @Test
  void wholeDayRetrievabilityIsOneAllDayButTheShortTermOneFalls() {
    CardState card = scheduler.review(CardState.newCard(T), Rating.AGAIN, T, 0).card();
    Instant later = T.plus(Duration.ofHours(6));
    assertEquals(1.0, scheduler.retrievability(card, later), "FSRS counts whole days");
    double shortTerm = scheduler.shortTermRetrievability(card, later);
    assertTrue(shortTerm < 1.0, "six hours after a miss: " + shortTerm);
    assertTrue(
        scheduler.shortTermRetrievability(card, T.plus(Duration.ofHours(12))) < shortTerm,
        "it keeps falling");
  }

  @Test
  void fromADayOnItIsTheSchedulersWholeDayFigure() {
    CardState card = scheduler.review(CardState.newCard(T), Rating.GOOD, T, 0).card();
    Instant twoDays = T.plus(Duration.ofDays(2));
    assertEquals(
        scheduler.retrievability(card, twoDays), scheduler.shortTermRetrievability(card, twoDays));
  }

  @Test
  void aMissTodayTakesPredictedSuccessWellBelowOne() {
    CardState card = CardState.newCard(T);
    ShortTermMemory.Tally today = ShortTermMemory.Tally.NONE;
    Instant now = T;
    double last = 1;
    for (int miss = 1; miss <= 8; miss++) {
      card = scheduler.review(card, Rating.AGAIN, now, 0).card();
      today = today.plus(false);
      now = now.plus(Duration.ofMinutes(2));
      double p =
          ShortTermMemory.predictedSuccess(scheduler.shortTermRetrievability(card, now), today);
      assertTrue(p < last, "each miss lowers it: " + p + " after " + miss);
      assertTrue(p < 0.7, "after " + miss + " misses: " + p);
      last = p;
    }
    assertTrue(last < 0.25, "after 8 misses: " + last);
  }

  @Test
  void withoutAnswersTodayItIsTheForgettingCurve() {
    assertEquals(0.93, ShortTermMemory.predictedSuccess(0.93, ShortTermMemory.Tally.NONE));
    assertEquals(0.93, ShortTermMemory.predictedSuccess(0.93, null));
    // A right answer after a miss brings it back up, but not to 1.
    double p = ShortTermMemory.predictedSuccess(1.0, new ShortTermMemory.Tally(1, 1));
    assertEquals(0.75, p, 1e-12);
  }
}
