package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EnglishDatesTest {
  @Test
  void asTheJdkWritesThemInEnglish() {
    DateTimeFormatter shortly = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    DateTimeFormatter fully = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() < 2028; d = d.plusDays(1)) {
      assertEquals(shortly.format(d), EnglishDates.shortDate(d));
      assertEquals(fully.format(d), EnglishDates.longDate(d));
    }
  }
}
