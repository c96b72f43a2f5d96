package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rating, DayCounter and CardState. */
class SmallTypesTest {

  @Test
  void ratingsMapToFsrsGradesOneToFour() {
    for (int g = 1; g <= 4; g++) {
      assertEquals(g, Rating.of(g).value());
    }
    assertEquals(Rating.AGAIN, Rating.of(1));
    assertEquals(Rating.EASY, Rating.of(4));
  }

  @Test
  void ratingOutsideOneToFourIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Rating.of(0));
    assertThrows(IllegalArgumentException.class, () -> Rating.of(5));
  }

  @Test
  void utcDayCounterCountsCalendarDatesNotTwentyFourHourPeriods() {
    DayCounter utc = DayCounter.UTC;
    assertEquals(1, utc.elapsedDays(at("2024-01-01T23:00:00Z"), at("2024-01-02T01:00:00Z")));
    assertEquals(0, utc.elapsedDays(at("2024-01-01T00:01:00Z"), at("2024-01-01T23:59:00Z")));
    assertEquals(2, utc.elapsedDays(at("2024-01-01T12:00:00Z"), at("2024-01-03T00:00:00Z")));
    // floorDiv, so dates before 1970 work too
    assertEquals(1, utc.elapsedDays(at("1969-12-31T23:00:00Z"), at("1970-01-01T01:00:00Z")));
  }

  @Test
  void newCardHasNoMemoryYet() {
    CardState card = CardState.newCard(at("2024-01-01T00:00:00Z"));
    assertEquals(CardPhase.NEW, card.phase());
    assertEquals(0, card.step());
    assertEquals(0, card.stability(), 0);
    assertEquals(0, card.difficulty(), 0);
    assertNull(card.lastReview());
    assertNull(card.memory());
    assertEquals(0, card.reps());
    assertEquals(0, card.lapses());
  }

  @Test
  void reviewedCardWithoutLastReviewIsRejected() {
    Instant due = at("2024-01-01T00:00:00Z");
    assertThrows(
        IllegalArgumentException.class,
        () -> new CardState(CardPhase.REVIEW, 0, 3, 5, due, null, 1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CardState(CardPhase.NEW, 0, 0, 0, due, null, -1, 0));
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }
}
