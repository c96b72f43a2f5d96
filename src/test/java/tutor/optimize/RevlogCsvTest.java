package tutor.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevlogCsvTest {
  private static List<RevlogEntry> parse(String... lines) {
    return RevlogCsv.parse("log.csv", List.of(lines));
  }

  private static String error(String... lines) {
    return assertThrows(RevlogFormatException.class, () -> parse(lines)).getMessage();
  }

  @Test
  void readsEpochMillisecondsAndIsoTimesWithAnOptionalHeaderAndDuration() {
    List<RevlogEntry> rows =
        parse(
            "card_id,review_time,rating,duration_ms",
            "c1,1736154000000,3,5000",
            "c1,2025-01-08T09:00:00Z,1,",
            "c2,2025-01-08T10:00:00+01:00,4");
    assertEquals(3, rows.size());
    assertEquals(1736154000000L, rows.get(0).reviewedAtMillis());
    assertEquals(5000L, rows.get(0).durationMillis());
    assertNull(rows.get(1).durationMillis());
    assertEquals(
        java.time.Instant.parse("2025-01-08T09:00:00Z").toEpochMilli(),
        rows.get(2).reviewedAtMillis());
    assertEquals(4, rows.get(2).rating());
  }

  @Test
  void withoutAKindColumnACardsEarliestRowIsItsLearningStart() {
    List<RevlogEntry> rows = parse("a,2000,3", "a,1000,3", "b,1500,2");
    assertEquals(ReviewKind.REVIEW, rows.get(0).kind());
    assertEquals(ReviewKind.LEARN, rows.get(1).kind());
    assertEquals(ReviewKind.LEARN, rows.get(2).kind());
  }

  @Test
  void readsTheKindColumnOfTheSharedAnkiExports() {
    List<RevlogEntry> rows =
        parse(
            "card_id,review_time_ms,rating,review_duration_ms,review_kind",
            "1,1000,2,3764,learn",
            "1,2000,0,0,manual_reset",
            "1,3000,3,100,relearn");
    assertEquals(
        List.of(ReviewKind.LEARN, ReviewKind.MANUAL_RESET, ReviewKind.RELEARN),
        rows.stream().map(RevlogEntry::kind).toList());
  }

  @Test
  void aBadRatingIsReportedWithFileLineAndField() {
    assertEquals(
        "log.csv:3: rating '5' is not 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
        error("card_id,review_time,rating", "a,1000,3", "a,2000,5"));
  }

  @Test
  void aRatingOfZeroIsOnlyAllowedOnRowsThatAreNotAnswers() {
    assertEquals(
        "log.csv:1: rating '0' is not 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
        error("a,1000,0"));
  }

  @Test
  void aBadTimeIsReportedWithTheFormatsThatWork() {
    assertEquals(
        "log.csv:2: review_time 'yesterday' is neither epoch milliseconds nor an ISO-8601"
            + " time with a zone (2024-03-01T09:30:00Z)",
        error("a,1000,3", "a,yesterday,3"));
  }

  @Test
  void aTimeWithoutZoneIsRejectedRatherThanGuessed() {
    assertEquals(
        "log.csv:1: review_time '2025-01-08T09:00:00' is neither epoch milliseconds nor an"
            + " ISO-8601 time with a zone (2024-03-01T09:30:00Z)",
        error("a,2025-01-08T09:00:00,3"));
  }

  @Test
  void theWrongNumberOfFieldsIsReported() {
    assertEquals(
        "log.csv:1: expected 3 to 5 comma-separated fields (card_id, review_time,"
            + " rating[, duration_ms[, kind]]), found 2",
        error("a,1000"));
  }

  @Test
  void aNegativeDurationOrAnUnknownKindIsReported() {
    assertEquals(
        "log.csv:1: duration_ms '-4' is not a whole number of milliseconds", error("a,1000,3,-4"));
    assertEquals(
        "log.csv:1: kind 'lurn' is not one of learn, review, relearn, filtered, cram, manual,"
            + " manual_reset, rescheduled",
        error("a,1000,3,,lurn"));
  }

  @Test
  void anEmptyCardIdOrAnEmptyFileIsReported() {
    assertEquals("log.csv:1: card_id is empty", error(",1000,3"));
    assertEquals("log.csv: no reviews in the file", error("card_id,review_time,rating", ""));
  }

  @Test
  void aQuotedFieldMayHoldACommaAndQuotesAreUndone() {
    List<RevlogEntry> rows =
        parse(
            "card_id,review_time,rating", "\"deck 1, card 7\",1000,3", "\"say \"\"hi\"\"\",2000,4");
    assertEquals("deck 1, card 7", rows.get(0).cardId());
    assertEquals(3, rows.get(0).rating());
    assertEquals("say \"hi\"", rows.get(1).cardId());
  }

  @Test
  void aRowThatIsNotCsvIsReportedWithFileAndLine() {
    assertEquals(
        "log.csv:3: a quoted field starts in this row and is never closed",
        error("a,1000,3", "", "\"b,2000,3", "c,3000,3"));
    assertEquals(
        "log.csv:2: column 4: text after a closing quote (inside quotes, write a quote as \"\")",
        error("a,1000,3", "\"b\"x,2000,3"));
  }

  @Test
  void aBadFieldAfterABlankLineNamesItsOwnLine() {
    assertEquals(
        "log.csv:4: rating 'good' is not 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
        error("card_id,review_time,rating", "a,1000,3", "", "\"a\",2000,good"));
  }
}
