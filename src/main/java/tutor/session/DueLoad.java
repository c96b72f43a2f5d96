package tutor.session;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.ReviewLoad;
import tutor.schedule.StudyDay;

/**
 * The learner's reviews per day, for load balancing: among the days a card's fuzz range allows, a
 * day with n reviews already due weighs 1 / (1 + n)^2 (busy days are avoided strongly, as in Anki's
 * load balancer), and a day the learner marked easy weighs a tenth of that. Kept up to date as the
 * session moves cards.
 */
public final class DueLoad implements ReviewLoad {
  /** How much less an easy day is wanted than an ordinary one. */
  public static final double EASY_DAY_WEIGHT = 0.1;

  private final StudyDay day;
  private final Set<DayOfWeek> easyDays;
  private final Map<LocalDate, Integer> counts = new HashMap<>();

  /** Counts a day's reviews when first asked (null: every card was given at the start). */
  private final java.util.function.ToIntFunction<LocalDate> counter;

  public DueLoad(Collection<CardState> cards, StudyDay day, Set<DayOfWeek> easyDays) {
    this.day = day;
    this.easyDays = Set.copyOf(easyDays);
    this.counter = null;
    for (CardState c : cards) add(c, 1);
  }

  /**
   * The same, each day's reviews counted by {@code counter} (the store) when a card could be
   * scheduled on that day: no card read ahead.
   */
  public DueLoad(
      java.util.function.ToIntFunction<LocalDate> counter, StudyDay day, Set<DayOfWeek> easyDays) {
    this.day = day;
    this.easyDays = Set.copyOf(easyDays);
    this.counter = counter;
  }

  private void add(CardState c, int delta) {
    if (c == null || c.phase() != CardPhase.REVIEW) return;
    LocalDate date = day.dateOf(c.due());
    // A day not counted yet is counted as the store has it then, this move included.
    if (counter != null && !counts.containsKey(date)) return;
    counts.merge(date, delta, Integer::sum);
  }

  /** A card was rescheduled from {@code before} (null if new) to {@code after}. */
  public void moved(CardState before, CardState after) {
    add(before, -1);
    add(after, 1);
  }

  public int dueOn(LocalDate date) {
    if (counter != null && !counts.containsKey(date)) counts.put(date, counter.applyAsInt(date));
    return Math.max(0, counts.getOrDefault(date, 0));
  }

  @Override
  public double weight(Instant now, long days) {
    LocalDate date = day.dateOf(now).plusDays(days);
    int n = dueOn(date);
    double w = 1.0 / ((1 + n) * (double) (1 + n));
    return easyDays.contains(date.getDayOfWeek()) ? w * EASY_DAY_WEIGHT : w;
  }
}
