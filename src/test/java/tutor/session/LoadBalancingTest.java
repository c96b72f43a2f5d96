package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.SchedulerConfig;
import tutor.schedule.StudyDay;

class LoadBalancingTest {
  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z"); // a Monday
  private static final StudyDay UTC_DAY = new StudyDay(ZoneOffset.UTC, 0);
  // Reviewed 30 days ago with stability 30: a Good review gives an interval of about a month.
  private static final CardState CARD =
      new CardState(CardPhase.REVIEW, 0, 30, 5, NOW, NOW.minus(Duration.ofDays(30)), 5, 0);

  private static Map<LocalDate, Integer> histogram(FsrsScheduler s, int seeds) {
    Map<LocalDate, Integer> h = new HashMap<>();
    for (long seed = 0; seed < seeds; seed++) {
      h.merge(UTC_DAY.dateOf(s.review(CARD, Rating.GOOD, NOW, seed).card().due()), 1, Integer::sum);
    }
    return h;
  }

  private static List<CardState> dueOn(LocalDate date, int n) {
    List<CardState> cards = new ArrayList<>();
    Instant due = date.atTime(10, 0).toInstant(ZoneOffset.UTC);
    for (int i = 0; i < n; i++) {
      cards.add(
          new CardState(CardPhase.REVIEW, 0, 10, 5, due, due.minus(Duration.ofDays(10)), 3, 0));
    }
    return cards;
  }

  @Test
  void amongEquallyGoodDaysTheOneWithFewerReviewsIsChosen() {
    SchedulerConfig config = SchedulerConfig.defaults().withDayCounter(UTC_DAY::elapsedDays);
    Map<LocalDate, Integer> plain = histogram(new FsrsScheduler(config), 700);
    assertTrue(plain.size() >= 5, "the fuzz range spans several days: " + plain);
    // Every day of the range is busy but one.
    List<CardState> busy = new ArrayList<>();
    LocalDate quiet = plain.keySet().stream().sorted().toList().get(plain.size() / 2);
    for (LocalDate d : plain.keySet()) if (!d.equals(quiet)) busy.addAll(dueOn(d, 20));
    DueLoad load = new DueLoad(busy, UTC_DAY, Set.of());
    Map<LocalDate, Integer> balanced = histogram(new FsrsScheduler(config, load), 700);
    assertTrue(balanced.getOrDefault(quiet, 0) > 600, "the quiet day should win: " + balanced);
    assertTrue(
        balanced.keySet().stream().allMatch(plain::containsKey), "never outside the fuzz range");
  }

  @Test
  void easyDaysGetFewerReviews() {
    SchedulerConfig config = SchedulerConfig.defaults().withDayCounter(UTC_DAY::elapsedDays);
    Set<DayOfWeek> weekend = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    Map<LocalDate, Integer> plain = histogram(new FsrsScheduler(config), 700);
    Map<LocalDate, Integer> easy =
        histogram(new FsrsScheduler(config, new DueLoad(List.of(), UTC_DAY, weekend)), 700);
    int plainWeekend =
        plain.entrySet().stream()
            .filter(e -> weekend.contains(e.getKey().getDayOfWeek()))
            .mapToInt(Map.Entry::getValue)
            .sum();
    int easyWeekend =
        easy.entrySet().stream()
            .filter(e -> weekend.contains(e.getKey().getDayOfWeek()))
            .mapToInt(Map.Entry::getValue)
            .sum();
    assertTrue(plainWeekend > 100, "the range includes a weekend: " + plain);
    assertTrue(
        easyWeekend * 4 < plainWeekend, "weekend reviews " + easyWeekend + " vs " + plainWeekend);
  }

  @Test
  void theChoiceIsDeterministicPerCard() {
    DueLoad load =
        new DueLoad(dueOn(LocalDate.of(2026, 4, 1), 5), UTC_DAY, Set.of(DayOfWeek.SUNDAY));
    FsrsScheduler s = new FsrsScheduler(SchedulerConfig.defaults(), load);
    for (long seed = 0; seed < 50; seed++) {
      assertEquals(s.review(CARD, Rating.GOOD, NOW, seed), s.review(CARD, Rating.GOOD, NOW, seed));
    }
  }

  @Test
  void movingACardUpdatesTheCounts() {
    List<CardState> cards = dueOn(LocalDate.of(2026, 4, 1), 3);
    DueLoad load = new DueLoad(cards, UTC_DAY, Set.of());
    assertEquals(3, load.dueOn(LocalDate.of(2026, 4, 1)));
    load.moved(cards.get(0), dueOn(LocalDate.of(2026, 4, 9), 1).get(0));
    assertEquals(2, load.dueOn(LocalDate.of(2026, 4, 1)));
    assertEquals(1, load.dueOn(LocalDate.of(2026, 4, 9)));
  }
}
