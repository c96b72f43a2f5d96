package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dateTimeStamp form VC Data Model 2.0 requires, and nothing looser. */
class XsdDateTimeTest {
  @ParameterizedTest
  @CsvSource({
    "2026-04-12T18:30:00Z, 2026-04-12T18:30:00Z",
    "2026-04-12T20:30:00+02:00, 2026-04-12T18:30:00Z",
    "2026-04-12T18:30:00.250-01:30, 2026-04-12T20:00:00.250Z",
    "2026-04-12T24:00:00Z, 2026-04-13T00:00:00Z",
    "2024-02-29T00:00:00Z, 2024-02-29T00:00:00Z",
    "2026-04-12T18:30:00+14:00, 2026-04-12T04:30:00Z",
    "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z"
  })
  void theFormsTheSpecAllows(String text, String instant) {
    assertEquals(Instant.parse(instant), XsdDateTime.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-04-12",
        "2026-04-12T18:30:00",
        "2026-04-12T18:30Z",
        "2026-04-12 18:30:00Z",
        "2026-04-12T18:30:00z",
        "2025-02-29T00:00:00Z",
        "2026-13-01T00:00:00Z",
        "2026-04-12T24:00:01Z",
        "2026-04-12T18:60:00Z",
        "2026-04-12T18:30:60Z",
        "2026-04-12T18:30:00+14:30",
        "2026-04-12T18:30:00+0200",
        "12026-04-12T18:30:00Z",
        "-2026-04-12T18:30:00Z",
        "２０２６-04-12T18:30:00Z",
        "2026-04-12T18:30:00.Z",
        "2026-04-12T18:30:00Z ",
        " 2026-04-12T18:30:00Z"
      })
  void everythingElseIsRefused(String text) {
    assertThrows(IllegalArgumentException.class, () -> XsdDateTime.parse(text));
  }
}
