package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FsrsSchedulerTest {
  private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
  private static final SchedulerConfig NO_FUZZ = SchedulerConfig.defaults().withFuzz(false);

  private final Scheduler scheduler = new FsrsScheduler(NO_FUZZ);

  private ReviewOutcome rate(CardState card, Rating rating, Instant now) {
    return scheduler.review(card, rating, now, 42L);
  }

  /**
   * A card that graduated with Easy on its first review at {@code T0}: REVIEW, S 8.2956, due in 8
   * days.
   */
  private CardState easyReviewCard() {
    return rate(CardState.newCard(T0), Rating.EASY, T0).card();
  }

  @Test
  void tsFsrsIvlHistoryGoldenSequenceIsReproduced() {
    int[] ratings = {3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3};
    int[] expectedDays = {0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21};
    CardState card = CardState.newCard(Instant.parse("2022-12-29T12:30:00Z"));
    Instant now = card.due();
    for (int i = 0; i < ratings.length; i++) {
      ReviewOutcome out = rate(card, Rating.of(ratings[i]), now);
      assertEquals(expectedDays[i], out.scheduledDays(), "review " + i);
      card = out.card();
      now = card.due(); // every review happens exactly at due
    }
    assertEquals(13, card.reps());
    assertEquals(1, card.lapses());
  }

  @Test
  void againOnNewCardStartsTheFirstLearningStep() {
    ReviewOutcome out = rate(CardState.newCard(T0), Rating.AGAIN, T0);
    CardState card = out.card();
    assertEquals(CardPhase.LEARNING, card.phase());
    assertEquals(0, card.step());
    assertEquals(T0.plus(Duration.ofMinutes(1)), card.due());
    assertEquals(T0, card.lastReview());
    assertEquals(0, out.scheduledDays());
    assertEquals(0, out.elapsedDays());
    assertNull(out.retrievabilityBefore());
    assertEquals(1, card.reps());
    assertEquals(0, card.lapses());
  }

  @Test
  void goodOnNewCardMovesToTheSecondLearningStep() {
    CardState card = rate(CardState.newCard(T0), Rating.GOOD, T0).card();
    assertEquals(CardPhase.LEARNING, card.phase());
    assertEquals(1, card.step());
    assertEquals(T0.plus(Duration.ofMinutes(10)), card.due());
  }

  @Test
  void goodOnLastLearningStepGraduatesToReview() {
    CardState learning = rate(CardState.newCard(T0), Rating.GOOD, T0).card();
    Instant now = learning.due();
    ReviewOutcome out = rate(learning, Rating.GOOD, now);
    assertEquals(CardPhase.REVIEW, out.card().phase());
    assertEquals(0, out.card().step());
    assertEquals(2, out.scheduledDays()); // S = 2.3065 days
    assertEquals(now.plus(Duration.ofDays(2)), out.card().due());
    assertEquals(1.0, out.retrievabilityBefore(), 0);
  }

  @Test
  void hardInLearningWaitsSixMinutesAtEitherStep() {
    CardState atStep0 = CardState.newCard(T0);
    CardState atStep1 = rate(atStep0, Rating.GOOD, T0).card();
    for (CardState card : List.of(atStep0, atStep1)) {
      Instant now = card.phase() == CardPhase.NEW ? T0 : card.due();
      CardState next = rate(card, Rating.HARD, now).card();
      assertEquals(CardPhase.LEARNING, next.phase());
      assertEquals(card.step(), next.step());
      assertEquals(now.plus(Duration.ofMinutes(6)), next.due());
    }
  }

  @Test
  void easyOnNewCardGoesStraightToReview() {
    ReviewOutcome out = rate(CardState.newCard(T0), Rating.EASY, T0);
    assertEquals(CardPhase.REVIEW, out.card().phase());
    assertEquals(8, out.scheduledDays());
    assertEquals(8.2956, out.card().stability(), 0);
  }

  @Test
  void againOnReviewCardStartsRelearningAndCountsALapse() {
    CardState review = easyReviewCard();
    ReviewOutcome out = rate(review, Rating.AGAIN, review.due());
    assertEquals(CardPhase.RELEARNING, out.card().phase());
    assertEquals(0, out.card().step());
    assertEquals(review.due().plus(Duration.ofMinutes(10)), out.card().due());
    assertEquals(0, out.scheduledDays());
    assertEquals(1, out.card().lapses());
    assertTrue(out.card().stability() < review.stability());
  }

  @Test
  void relearningHardWaitsFifteenMinutesAgainTenAndGoodGraduates() {
    CardState review = easyReviewCard();
    CardState relearning = rate(review, Rating.AGAIN, review.due()).card();
    Instant now = relearning.due();
    Map<Rating, ReviewOutcome> next = scheduler.preview(relearning, now, 0);

    assertEquals(now.plus(Duration.ofMinutes(15)), next.get(Rating.HARD).card().due());
    assertEquals(CardPhase.RELEARNING, next.get(Rating.HARD).card().phase());
    assertEquals(now.plus(Duration.ofMinutes(10)), next.get(Rating.AGAIN).card().due());
    assertEquals(CardPhase.REVIEW, next.get(Rating.GOOD).card().phase());
    assertTrue(next.get(Rating.GOOD).scheduledDays() >= 1);
    next.values().forEach(o -> assertEquals(1, o.card().lapses(), "no new lapse while relearning"));
  }

  @Test
  void sameDayGoodOnReviewCardKeepsStabilityButGetsOneDayMoreThanHard() {
    CardState review =
        rate(
                CardState.newCard(Instant.parse("2024-01-01T00:01:00Z")),
                Rating.EASY,
                Instant.parse("2024-01-01T00:01:00Z"))
            .card();
    Instant sameUtcDay = Instant.parse("2024-01-01T23:59:00Z");
    Map<Rating, ReviewOutcome> next = scheduler.preview(review, sameUtcDay, 0);

    assertEquals(0, next.get(Rating.GOOD).elapsedDays());
    assertEquals(1.0, next.get(Rating.GOOD).retrievabilityBefore(), 0);
    assertEquals(review.stability(), next.get(Rating.GOOD).card().stability(), 0);
    assertEquals(review.stability(), next.get(Rating.HARD).card().stability(), 0);
    assertEquals(8, next.get(Rating.HARD).scheduledDays());
    assertEquals(9, next.get(Rating.GOOD).scheduledDays());
  }

  @Test
  void reviewAcrossUtcMidnightCountsAsOneElapsedDay() {
    Instant evening = Instant.parse("2024-01-01T23:00:00Z");
    CardState review = rate(CardState.newCard(evening), Rating.EASY, evening).card();
    ReviewOutcome out = rate(review, Rating.GOOD, evening.plus(Duration.ofHours(2)));
    assertEquals(1, out.elapsedDays());
    assertEquals(0.98292344, out.retrievabilityBefore(), 0);
    assertEquals(13.48506225, out.card().stability(), 0);
  }

  @Test
  void aCustomDayCounterDecidesWhatCountsAsTheSameDay() {
    DayCounter fullDays = (last, now) -> Duration.between(last, now).toDays();
    Scheduler byPeriods = new FsrsScheduler(NO_FUZZ.withDayCounter(fullDays));
    Instant evening = Instant.parse("2024-01-01T23:00:00Z");
    CardState review = byPeriods.review(CardState.newCard(evening), Rating.EASY, evening, 0).card();
    ReviewOutcome out = byPeriods.review(review, Rating.GOOD, evening.plus(Duration.ofHours(2)), 0);
    assertEquals(0, out.elapsedDays());
    assertEquals(review.stability(), out.card().stability(), 0); // short-term formula
  }

  @Test
  void hardGoodAndEasyDayIntervalsAreOrderedForReviewCards() {
    CardState review = easyReviewCard();
    for (int daysLate = -7; daysLate <= 30; daysLate++) {
      Instant now = review.due().plus(Duration.ofDays(daysLate));
      Map<Rating, ReviewOutcome> next = scheduler.preview(review, now, 0);
      int hard = next.get(Rating.HARD).scheduledDays();
      int good = next.get(Rating.GOOD).scheduledDays();
      int easy = next.get(Rating.EASY).scheduledDays();
      assertTrue(1 <= hard && hard < good && good < easy, hard + " " + good + " " + easy);
    }
  }

  @Test
  void orderingMayPushGoodAndEasyPastTheMaximumIntervalLikeTsFsrs() {
    Scheduler capped = new FsrsScheduler(NO_FUZZ.withMaximumInterval(10));
    CardState review = new CardState(CardPhase.REVIEW, 0, 500, 5, T0, T0, 5, 0);
    Map<Rating, ReviewOutcome> next = capped.preview(review, T0.plus(Duration.ofDays(30)), 0);
    assertEquals(10, next.get(Rating.HARD).scheduledDays());
    assertEquals(11, next.get(Rating.GOOD).scheduledDays());
    assertEquals(12, next.get(Rating.EASY).scheduledDays());
  }

  @Test
  void longTermModeSendsEveryFirstReviewToReviewWithOrderedIntervals() {
    Scheduler longTerm = new FsrsScheduler(NO_FUZZ.withShortTerm(false));
    Map<Rating, ReviewOutcome> next = longTerm.preview(CardState.newCard(T0), T0, 0);
    int previous = 0;
    for (Rating rating : Rating.values()) {
      ReviewOutcome out = next.get(rating);
      assertEquals(CardPhase.REVIEW, out.card().phase());
      assertEquals(0, out.card().lapses());
      assertTrue(out.scheduledDays() > previous);
      previous = out.scheduledDays();
    }
    assertEquals(
        List.of(1, 2, 3, 8), next.values().stream().map(ReviewOutcome::scheduledDays).toList());
  }

  @Test
  void longTermLapseStaysInReviewAndCountsALapse() {
    Scheduler longTerm = new FsrsScheduler(NO_FUZZ.withShortTerm(false));
    CardState review = longTerm.review(CardState.newCard(T0), Rating.GOOD, T0, 0).card();
    ReviewOutcome out = longTerm.review(review, Rating.AGAIN, review.due(), 0);
    assertEquals(CardPhase.REVIEW, out.card().phase());
    assertEquals(1, out.card().lapses());
    assertTrue(out.scheduledDays() >= 1);
  }

  @Test
  void withoutRelearningStepsALapsedCardStaysInReview() {
    Scheduler noRelearning = new FsrsScheduler(NO_FUZZ.withRelearningSteps(List.of()));
    CardState review = easyReviewCard();
    ReviewOutcome out = noRelearning.review(review, Rating.AGAIN, review.due(), 0);
    assertEquals(CardPhase.REVIEW, out.card().phase());
    assertEquals(1, out.card().lapses());
    assertEquals(
        out.card().lastReview().plus(Duration.ofDays(out.scheduledDays())), out.card().due());
  }

  @Test
  void aStepOfADayOrMoreIsServedAsAReviewInterval() {
    Scheduler daySteps =
        new FsrsScheduler(
            NO_FUZZ.withLearningSteps(List.of(Duration.ofMinutes(10), Duration.ofDays(1))));
    ReviewOutcome out = daySteps.review(CardState.newCard(T0), Rating.GOOD, T0, 0);
    assertEquals(CardPhase.REVIEW, out.card().phase());
    assertEquals(1, out.card().step());
    assertEquals(1, out.scheduledDays());
    assertEquals(T0.plus(Duration.ofDays(1)), out.card().due());
  }

  @Test
  void previewReturnsAllFourOutcomesEachEqualToReview() {
    CardState fresh = CardState.newCard(T0);
    CardState learning = rate(fresh, Rating.GOOD, T0).card();
    CardState review = easyReviewCard();
    CardState relearning = rate(review, Rating.AGAIN, review.due()).card();
    for (SchedulerConfig config :
        List.of(
            NO_FUZZ, SchedulerConfig.defaults(), SchedulerConfig.defaults().withShortTerm(false))) {
      Scheduler s = new FsrsScheduler(config);
      for (CardState card : List.of(fresh, learning, review, relearning)) {
        Instant now = card.due().plus(Duration.ofDays(3));
        Map<Rating, ReviewOutcome> all = s.preview(card, now, 7L);
        assertInstanceOf(EnumMap.class, all);
        assertEquals(4, all.size());
        for (Rating rating : Rating.values()) {
          assertEquals(
              s.review(card, rating, now, 7L), all.get(rating), card.phase() + " " + rating);
          assertEquals(rating, all.get(rating).rating());
        }
      }
    }
  }

  @Test
  void aReviewBeforeTheLastReviewIsASameMomentReview() {
    // Issue 18, bug 10: a clock that went back gives no negative interval, and no failure.
    CardState review = easyReviewCard();
    assertEquals(0, rate(review, Rating.GOOD, T0.minus(Duration.ofMinutes(1))).elapsedDays());
    assertEquals(
        rate(review, Rating.GOOD, review.lastReview()).card().stability(),
        rate(review, Rating.GOOD, T0.minus(Duration.ofMinutes(1))).card().stability());
  }

  @Test
  void newCardHasZeroRetrievability() {
    assertEquals(
        0, scheduler.retrievability(CardState.newCard(T0), T0.plus(Duration.ofDays(3))), 0);
  }

  @Test
  void retrievabilityIsOneOnTheReviewDayAndNinetyPercentAfterStabilityDays() {
    CardState card = new CardState(CardPhase.REVIEW, 0, 10, 5, T0, T0, 3, 0);
    assertEquals(1.0, scheduler.retrievability(card, T0.plus(Duration.ofHours(15))), 0);
    assertEquals(0.9, scheduler.retrievability(card, T0.plus(Duration.ofDays(10))), 1e-8);
    assertTrue(scheduler.retrievability(card, T0.plus(Duration.ofDays(100))) < 0.7);
    // Before the last review (clock skew) counts as no time elapsed rather than failing.
    assertEquals(1.0, scheduler.retrievability(card, T0.minus(Duration.ofDays(2))), 0);
  }

  @Test
  void retrievabilityMatchesTheValueTheReviewSees() {
    CardState review = easyReviewCard();
    Instant now = review.due().plus(Duration.ofDays(5));
    assertEquals(
        scheduler.retrievability(review, now),
        rate(review, Rating.GOOD, now).retrievabilityBefore(),
        0);
  }
}
