package tutor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Streaks counted one day at a time, none kept, are the streaks of the whole set of days. */
class StreaksTest {

  /** The streaks read off the set directly: every run, and the one through today or yesterday. */
  private static Streaks reference(TreeSet<LocalDate> days, LocalDate today) {
    int longest = 0;
    LocalDate longestEnd = null;
    for (LocalDate d : days.headSet(today, true)) {
      int run = 0;
      while (days.contains(d.minusDays(run))) run++;
      if (run >= longest) {
        longest = run;
        longestEnd = d;
      }
    }
    LocalDate from = days.contains(today) ? today : today.minusDays(1);
    int current = 0;
    while (days.contains(from.minusDays(current))) current++;
    return new Streaks(current, longest, longestEnd);
  }

  @Test
  void countedOneDayAtATimeTheyAreTheStreaksOfTheSet() {
    Random rnd = new Random(42);
    LocalDate today = LocalDate.of(2026, 12, 6);
    for (int t = 0; t < 2_000; t++) {
      TreeSet<LocalDate> days = new TreeSet<>();
      int n = rnd.nextInt(40);
      double gap = rnd.nextDouble();
      LocalDate d = today.minusDays(rnd.nextInt(60));
      for (int i = 0; i < n; i++) {
        days.add(d);
        d = d.plusDays(rnd.nextDouble() < gap ? 1 : 1 + rnd.nextInt(3));
      }
      Streaks.Counter counter = new Streaks.Counter(today);
      List<LocalDate> given = new ArrayList<>();
      for (LocalDate x : days) {
        given.add(x);
        if (rnd.nextInt(10) == 0) given.add(x); // a day sampled in two spans (a change of offset)
      }
      given.forEach(counter);
      assertEquals(reference(days, today), counter.streaks(), days.toString());
      assertEquals(reference(days, today), Streaks.of(days, today), days.toString());
    }
  }
}
