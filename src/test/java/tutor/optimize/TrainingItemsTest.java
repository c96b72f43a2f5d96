package tutor.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingItemsTest {
  private static final long DAY = 86_400_000L;

  /** Day starts at 04:00 UTC; reviews at 10:00 UTC of day n. */
  private static final ReviewDays DAYS = ReviewDays.startingAtUtcHour(4);

  private static long at(int day, int hour) {
    return day * DAY + hour * 3_600_000L;
  }

  private static RevlogEntry row(String card, long at, int rating, ReviewKind kind) {
    return new RevlogEntry(card, at, rating, null, kind);
  }

  private static List<String> items(List<RevlogEntry> log) {
    List<String> out = new ArrayList<>();
    for (Item i : TrainingItems.fromRevlog(log, DAYS).items()) {
      out.add(i.reviews().stream().map(r -> r.rating() + "/" + r.deltaDays()).toList().toString());
    }
    return out;
  }

  @Test
  void eachReviewOnALaterDayEndsAnItemThatHoldsTheWholeHistoryBeforeIt() {
    List<RevlogEntry> log =
        List.of(
            row("a", at(10, 10), 3, ReviewKind.LEARN),
            row("a", at(12, 10), 3, ReviewKind.REVIEW),
            row("a", at(15, 10), 1, ReviewKind.REVIEW));
    assertEquals(List.of("[3/0, 3/2]", "[3/0, 3/2, 1/3]"), items(log));
  }

  @Test
  void sameDayReviewsStayInHistoriesButNeverEndAnItem() {
    List<RevlogEntry> log =
        List.of(
            row("a", at(10, 10), 1, ReviewKind.LEARN),
            row("a", at(10, 11), 3, ReviewKind.LEARN),
            row("a", at(11, 10), 1, ReviewKind.REVIEW),
            row("a", at(11, 12), 3, ReviewKind.RELEARN),
            row("a", at(13, 10), 3, ReviewKind.REVIEW));
    assertEquals(List.of("[1/0, 3/0, 1/1]", "[1/0, 3/0, 1/1, 3/0, 3/2]"), items(log));
  }

  @Test
  void aDayStartsAtTheGivenHourSoANightSessionBelongsToTheDayBefore() {
    List<RevlogEntry> log =
        List.of(
            row("a", at(10, 23), 3, ReviewKind.LEARN),
            row("a", at(11, 3), 3, ReviewKind.REVIEW), // 03:00 next morning: same study day
            row("a", at(11, 5), 3, ReviewKind.REVIEW)); // after 04:00: the next day
    assertEquals(List.of("[3/0, 3/0, 3/1]"), items(log));
  }

  @Test
  void aCardWithoutALearningAnswerGivesNoItems() {
    List<RevlogEntry> log =
        List.of(
            row("a", at(10, 10), 3, ReviewKind.REVIEW), row("a", at(12, 10), 3, ReviewKind.REVIEW));
    assertEquals(List.of(), items(log));
  }

  @Test
  void historyStartsAtTheLastBlockOfLearningAnswers() {
    List<RevlogEntry> log =
        List.of(
            row("a", at(1, 10), 3, ReviewKind.LEARN),
            row("a", at(3, 10), 3, ReviewKind.REVIEW),
            row("a", at(5, 10), 0, ReviewKind.MANUAL_RESET),
            row("a", at(6, 10), 2, ReviewKind.LEARN),
            row("a", at(6, 11), 3, ReviewKind.LEARN),
            row("a", at(9, 10), 3, ReviewKind.REVIEW));
    assertEquals(List.of("[2/0, 3/0, 3/3]"), items(log));
  }

  @Test
  void aResetWithNoLearningAfterItDropsTheCard() {
    List<RevlogEntry> log =
        List.of(
            row("a", at(1, 10), 3, ReviewKind.LEARN),
            row("a", at(3, 10), 3, ReviewKind.REVIEW),
            row("a", at(5, 10), 0, ReviewKind.MANUAL_RESET),
            row("a", at(8, 10), 3, ReviewKind.REVIEW));
    assertEquals(List.of(), items(log));
  }

  @Test
  void cramManualAndRescheduledRowsAreNotReviewsButFilteredDeckReviewsAre() {
    List<RevlogEntry> log =
        List.of(
            row("a", at(1, 10), 3, ReviewKind.LEARN),
            row("a", at(2, 10), 1, ReviewKind.CRAM),
            row("a", at(3, 10), 0, ReviewKind.MANUAL),
            row("a", at(4, 10), 0, ReviewKind.RESCHEDULED),
            row("a", at(5, 10), 3, ReviewKind.FILTERED));
    assertEquals(List.of("[3/0, 3/4]"), items(log));
  }

  @Test
  void itemsOfAllCardsAreOrderedByTheTimeOfTheirPredictedReview() {
    List<RevlogEntry> log =
        List.of(
            row("a", at(1, 10), 3, ReviewKind.LEARN),
            row("a", at(5, 10), 4, ReviewKind.REVIEW),
            row("b", at(2, 10), 2, ReviewKind.LEARN),
            row("b", at(3, 10), 3, ReviewKind.REVIEW));
    assertEquals(List.of("[2/0, 3/1]", "[3/0, 4/4]"), items(log));
  }

  @Test
  void rowsOfACardNeedNotBeInTimeOrder() {
    List<RevlogEntry> log =
        List.of(
            row("a", at(5, 10), 4, ReviewKind.REVIEW), row("a", at(1, 10), 3, ReviewKind.LEARN));
    assertEquals(List.of("[3/0, 4/4]"), items(log));
  }

  @Test
  void countsTheReviewsAndCardsThatGaveItems() {
    List<RevlogEntry> log =
        List.of(
            row("a", at(1, 10), 3, ReviewKind.LEARN),
            row("a", at(1, 11), 3, ReviewKind.LEARN),
            row("a", at(5, 10), 4, ReviewKind.REVIEW),
            row("b", at(2, 10), 2, ReviewKind.LEARN)); // one review: no item
    TrainingItems t = TrainingItems.fromRevlog(log, DAYS);
    assertEquals(3, t.reviewCount());
    assertEquals(1, t.cardCount());
  }

  @Test
  void ankiCountsAnAnswerAtTheVerySecondADayStartsAsTheDayBefore() {
    ReviewDays days = ReviewDays.startingAtUtcHour(4);
    assertEquals(days.dayOf(at(10, 4)), days.dayOf(at(10, 3)));
    assertEquals(days.dayOf(at(10, 4)) + 1, days.dayOf(at(10, 4) + 1000));
    assertTrue(
        days.dayOf(at(10, 4) + 999) == days.dayOf(at(10, 4)), "milliseconds are dropped first");
  }
}
