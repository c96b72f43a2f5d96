package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers formatted by hand on the way to the first exercise read as String.format writes them. */
class HandFormattingTest {
  @Test
  void twoDecimalsAsPercentTwoF() {
    Random r = new Random(5);
    double[] edges = {
      0, 1, 0.005, 0.015, 0.145, 1.005, 0.125, 0.995, 0.999, 0.1, 0.05, 0.949999, 0.95, 12.345,
      -0.25, -0.001, 1e-9
    };
    for (double p : edges)
      assertEquals(String.format(Locale.ROOT, "%.2f", p), Picker.twoDecimals(p), "p=" + p);
    for (int i = 0; i < 10_000; i++) {
      double p = r.nextDouble();
      assertEquals(String.format(Locale.ROOT, "%.2f", p), Picker.twoDecimals(p), "p=" + p);
    }
  }

  @Test
  void sessionClockAsBefore() {
    for (long s : new long[] {0, 5, 59, 60, 65, 599, 3599, 3600, 3661, 36_000, 86_399}) {
      String expected =
          s >= 3600
              ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
              : String.format("%d:%02d", s / 60, s % 60);
      assertEquals(expected, Durations.clock(Duration.ofSeconds(s)));
    }
    assertEquals("0:00", Durations.clock(Duration.ofSeconds(-3)));
  }

  @Test
  void studyTimeInWordsNotAClock() {
    assertEquals("0 s", Durations.words(Duration.ZERO));
    assertEquals("45 s", Durations.words(Duration.ofSeconds(45)));
    assertEquals("2 min 21 s", Durations.words(Duration.ofSeconds(141)));
    assertEquals("3 min", Durations.words(Duration.ofMinutes(3)));
    assertEquals("1 h 5 min", Durations.words(Duration.ofSeconds(3900 + 59)));
    assertEquals("2 h", Durations.words(Duration.ofHours(2)));
  }
}
