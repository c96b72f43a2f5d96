package tutor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyProgressTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

  private static DailyProgress of(
      int answers, long millis, Integer minutes, Integer exercises, int streak, int longest) {
    return new DailyProgress(
        TODAY, answers, millis, minutes, exercises, new Streaks(streak, longest, TODAY));
  }

  @Test
  void atStartTheTargetSoFarAndHowToKeepTheStreak() {
    assertEquals(
        "Today so far: 0 of 5 exercises. Streak: 2 days; study today to make it 3.",
        of(0, 0, null, 5, 2, 2).atStart());
    assertEquals(
        "Today so far: 4 of 15 minutes of study. Streak: 3 days.",
        of(7, 4 * 60_000, 15, null, 3, 3).atStart());
    assertEquals(
        "", of(0, 0, null, null, 0, 0).atStart(), "a first day without a target: nothing to say");
    assertEquals(
        "Today so far: 0 of 20 minutes of study. Study today to start a new streak.",
        of(0, 0, 20, null, 0, 3).atStart(),
        "a day missed: the broken streak is said, not dropped in silence");
  }

  @Test
  void atTheEndTheTargetReachedAndTheStreak() {
    assertEquals(
        "Today: 6 of 5 exercises - daily goal reached. Streak: 4 days (your longest).",
        of(6, 0, null, 5, 4, 4).atEnd());
    assertEquals(
        "Today: 2 of 5 exercises, 1 of 10 minutes of study. Streak: 1 day.",
        of(2, 60_000, 10, 5, 1, 3).atEnd());
    assertEquals("Streak: 1 day.", of(3, 0, null, null, 1, 1).atEnd());
  }
}
