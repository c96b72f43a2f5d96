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
        "Today's goal: 5 exercises, 0 done so far. Streak: 2 days; study today to make it 3.",
        of(0, 0, null, 5, 2, 2).atStart());
    assertEquals(
        "Today's goal: 15 minutes of study, 4 min done so far. Streak: 3 days.",
        of(7, 4 * 60_000, 15, null, 3, 3).atStart());
    assertEquals(
        "", of(0, 0, null, null, 0, 0).atStart(), "a first day without a target: nothing to say");
    assertEquals(
        "Today's goal: 20 minutes of study, 0 s done so far. Study today to start a new streak.",
        of(0, 0, 20, null, 0, 3).atStart(),
        "a day missed: the broken streak is said, not dropped in silence");
  }

  @Test
  void atTheEndTheTargetReachedAndTheStreak() {
    assertEquals(
        "Today's goal: 5 exercises, 6 done - reached. Streak: 4 days (your longest).",
        of(6, 0, null, 5, 4, 4).atEnd());
    assertEquals(
        "Today's goal: 5 exercises, 2 done; 10 minutes of study, 1 min done. Streak: 1 day.",
        of(2, 60_000, 10, 5, 1, 3).atEnd());
    assertEquals("Streak: 1 day.", of(3, 0, null, null, 1, 1).atEnd());
  }

  /** Answers through a pipe count no study time: the minutes line says so, not just "0 s". */
  @Test
  void answersThroughAPipeAreSaidNotToCountAsStudyTime() {
    DailyProgress piped = new DailyProgress(TODAY, 87, 0, 20, null, new Streaks(2, 2, TODAY), 87);
    assertEquals(
        "Today's goal: 20 minutes of study, 0 s done (87 answers typed through a pipe, not"
            + " timed); about 20 more minutes reach it. Streak: 2 days (your longest).",
        piped.atEnd(true));
    assertEquals(
        "Today's goal: 5 exercises, 87 done - reached. Streak: 2 days (your longest).",
        new DailyProgress(TODAY, 87, 0, null, 5, new Streaks(2, 2, TODAY), 87).atEnd(),
        "exercises a day count piped answers as any: nothing to add");
  }

  @Test
  void whatIsLeftIsToTheNearestMinute() {
    // week6: "20 minutes of study, 42 s done; about 20 more minutes reach it" (rounded up).
    assertEquals(
        "Today's goal: 20 minutes of study, 42 s done; about 19 more minutes reach it.",
        of(8, 42_000, 20, null, 0, 0).atEnd(true));
    assertEquals(
        "Today's goal: 20 minutes of study, 19 min 30 s done; about 1 more minute reach it.",
        of(40, 1_170_000, 20, null, 0, 0).atEnd(true));
    assertEquals(
        "Today's goal: 20 minutes of study, 19 min 50 s done; about 1 more minute reach it.",
        of(40, 1_190_000, 20, null, 0, 0).atEnd(true),
        "ten seconds left: still one");
  }

  @Test
  void todaysStudyTimeIsSaidAsASessionSaysItsOwn() {
    // 2 min 21 s: what a first session's summary says; "2 of 15 minutes" looked like another count
    assertEquals(
        "Today's goal: 15 minutes of study, 2 min 21 s done. Streak: 1 day.",
        of(9, 141_000, 15, null, 1, 1).atEnd());
    assertEquals(
        "Today's goal: 15 minutes of study, 15 min 3 s done - reached. Streak: 1 day.",
        of(40, 903_000, 15, null, 1, 1).atEnd());
    assertEquals(
        "Today's goal: 15 minutes of study, 14 min 59 s done. Streak: 1 day.",
        of(40, 899_000, 15, null, 1, 1).atEnd(),
        "not reached a second early");
  }
}
