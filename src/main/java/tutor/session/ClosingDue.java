package tutor.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tutor.pack.CardKey;
import tutor.pack.StoredExercise;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.StudyDay;
import tutor.store.StudyCandidates;

/**
 * What is due as a session ends, for its summary: due now (reviews due before {@code
 * reviewsDueBefore} included, as the session counts them), the next due time after that, how many
 * fall due the next study day, and when to come back. Counted from cards in memory, or by the store
 * on its due-time index (a big collection is not read to say goodbye).
 */
record ClosingDue(int dueNow, Instant nextDue, int dueNextDay, String comeBack) {
  private static final Set<CardPhase> SEEN =
      EnumSet.of(CardPhase.LEARNING, CardPhase.REVIEW, CardPhase.RELEARNING);
  private static final Set<CardPhase> STEPS = EnumSet.of(CardPhase.LEARNING, CardPhase.RELEARNING);
  private static final Set<CardPhase> REVIEWS = EnumSet.of(CardPhase.REVIEW);

  /** From the scope's exercises and the learner's cards in memory. */
  static ClosingDue of(
      List<StoredExercise> scope,
      Map<CardKey, CardState> cards,
      Instant now,
      Instant reviewsDueBefore,
      StudyDay day) {
    return of(scope, cards, now, reviewsDueBefore, day, 0, null);
  }

  /**
   * The same, with {@code newToday} new exercises still open today, studied with {@code goOn} (for
   * when to come back).
   */
  static ClosingDue of(
      List<StoredExercise> scope,
      Map<CardKey, CardState> cards,
      Instant now,
      Instant reviewsDueBefore,
      StudyDay day,
      int newToday,
      String goOn) {
    Instant tomorrowEnd = day.endOf(day.endOf(now));
    int dueNow = 0;
    int dueNextDay = 0;
    Instant nextDue = null;
    for (StoredExercise e : scope) {
      CardState c = cards.get(e.key());
      if (c == null || c.phase() == CardPhase.NEW) continue;
      boolean inSteps = c.phase() == CardPhase.LEARNING || c.phase() == CardPhase.RELEARNING;
      if (!c.due().isAfter(now) || (!inSteps && c.due().isBefore(reviewsDueBefore))) {
        dueNow++;
      } else {
        if (nextDue == null || c.due().isBefore(nextDue)) nextDue = c.due();
        if (c.due().isBefore(tomorrowEnd) && !c.due().isBefore(day.endOf(now))) dueNextDay++;
      }
    }
    return new ClosingDue(
        dueNow,
        nextDue,
        dueNextDay,
        SessionProgress.comeBack(scope, cards, now, day, newToday, goOn));
  }

  /** The same, counted by the store over {@code scope}, {@code excluded} cards left out. */
  static ClosingDue of(
      StudyCandidates store,
      StudyCandidates.Scope scope,
      Collection<CardKey> excluded,
      Instant now,
      Instant reviewsDueBefore,
      StudyDay day) {
    return of(store, scope, excluded, now, reviewsDueBefore, day, 0, null);
  }

  /** The same, with {@code newToday} new exercises still open today, studied with {@code goOn}. */
  static ClosingDue of(
      StudyCandidates store,
      StudyCandidates.Scope scope,
      Collection<CardKey> excluded,
      Instant now,
      Instant reviewsDueBefore,
      StudyDay day,
      int newToday,
      String goOn) {
    // due > now is due >= the next instant: the store's bounds are [from, before)
    Instant afterNow = now.plusNanos(1);
    Instant tomorrowStart = day.endOf(now);
    Instant tomorrowEnd = day.endOf(tomorrowStart);
    Instant reviewsLater = max(afterNow, reviewsDueBefore);
    int seenDueNow = store.countDue(scope, excluded, SEEN, null, afterNow);
    int dueNow = seenDueNow;
    if (reviewsDueBefore.isAfter(afterNow))
      dueNow += store.countDue(scope, excluded, REVIEWS, afterNow, reviewsDueBefore);
    Instant nextDue =
        min(
            store.firstDue(scope, excluded, STEPS, afterNow),
            store.firstDue(scope, excluded, REVIEWS, reviewsLater));
    int dueNextDay =
        count(store, scope, excluded, STEPS, max(afterNow, tomorrowStart), tomorrowEnd)
            + count(store, scope, excluded, REVIEWS, max(reviewsLater, tomorrowStart), tomorrowEnd);
    Instant next = store.firstDue(scope, excluded, SEEN, afterNow);
    Function<LocalDate, Integer> dueOn =
        date ->
            store.countDue(scope, excluded, SEEN, day.startOf(date), day.startOf(date.plusDays(1)));
    return new ClosingDue(
        dueNow,
        nextDue,
        dueNextDay,
        SessionProgress.comeBack(seenDueNow, next, dueOn, now, day, newToday, goOn));
  }

  private static int count(
      StudyCandidates store,
      StudyCandidates.Scope scope,
      Collection<CardKey> excluded,
      Set<CardPhase> phases,
      Instant from,
      Instant before) {
    return from.isBefore(before) ? store.countDue(scope, excluded, phases, from, before) : 0;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.isBefore(b) ? a : b;
  }
}
