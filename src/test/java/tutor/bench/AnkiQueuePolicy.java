package tutor.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.pack.CardKey;
import tutor.pack.StoredExercise;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.SchedulerConfig;
import tutor.schedule.StudyDay;

/**
 * What Anki does: every exercise is a card; due learning steps first, then reviews due today (whole
 * days, as Anki counts them), then new cards in the pack's order, at most 20 new and 200 reviews a
 * day. No notion of skills or prerequisites. The interval algorithm is pluggable: FSRS (tutor's own
 * scheduler) or SM-2.
 */
final class AnkiQueuePolicy<S> implements Policy {
  private static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
  private static final int NEW_PER_DAY = 20;
  private static final int REVIEWS_PER_DAY = 200;
  private static final StudyDay DAY = new StudyDay(ZoneOffset.UTC, StudyDay.DEFAULT_ROLLOVER_HOUR);

  /** A card's state after an answer: when it is due, and whether it is in (re)learning steps. */
  record Scheduled<S>(S state, Instant due, boolean inSteps) {}

  /** An interval algorithm: the card after a rating; {@code before} is null for a new card. */
  interface Scheduling<S> {
    Scheduled<S> review(Scheduled<S> before, Rating rating, Instant at, long seed);
  }

  private final List<StoredExercise> cardsInPackOrder;
  private final Scheduling<S> scheduling;
  private final long seed;
  private final Map<CardKey, Scheduled<S>> cards = new HashMap<>();
  private int introducedToday;
  private int reviewedToday;

  AnkiQueuePolicy(Curriculum c, Scheduling<S> scheduling, long seed) {
    this.cardsInPackOrder = c.exercises();
    this.scheduling = scheduling;
    this.seed = seed;
  }

  static AnkiQueuePolicy<CardState> fsrs(Curriculum c, long seed) {
    FsrsScheduler fsrs = new FsrsScheduler(SchedulerConfig.defaults());
    return new AnkiQueuePolicy<>(
        c,
        (before, rating, at, s) -> {
          CardState card = before == null ? CardState.newCard(at) : before.state();
          CardState next = fsrs.review(card, rating, at, s).card();
          boolean inSteps =
              next.phase() == CardPhase.LEARNING || next.phase() == CardPhase.RELEARNING;
          return new Scheduled<>(next, next.due(), inSteps);
        },
        seed);
  }

  static AnkiQueuePolicy<Sm2.Card> sm2(Curriculum c, long seed) {
    return new AnkiQueuePolicy<>(
        c,
        (before, rating, at, s) -> {
          Sm2.Card card = before == null ? null : before.state();
          long late =
              card == null || card.phase() != Sm2.Phase.REVIEW
                  ? 0
                  : Math.max(0, DAY.dateOf(at).toEpochDay() - DAY.dateOf(card.due()).toEpochDay());
          Sm2.Card next = Sm2.review(card, rating, at, late);
          return new Scheduled<>(next, next.due(), next.phase() != Sm2.Phase.REVIEW);
        },
        seed);
  }

  @Override
  public void newDay(Instant start) {
    introducedToday = 0;
    reviewedToday = 0;
  }

  @Override
  public Optional<StoredExercise> next(Instant now) {
    StoredExercise step = null;
    StoredExercise review = null;
    StoredExercise ahead = null;
    StoredExercise fresh = null;
    for (StoredExercise e : cardsInPackOrder) {
      Scheduled<S> c = cards.get(e.key());
      if (c == null) {
        if (fresh == null) fresh = e;
      } else if (c.inSteps()) {
        if (!c.due().isAfter(now)
            && (step == null || c.due().isBefore(cards.get(step.key()).due()))) step = e;
        else if (!c.due().isAfter(now.plus(LEARN_AHEAD))
            && (ahead == null || c.due().isBefore(cards.get(ahead.key()).due()))) {
          ahead = e;
        }
      } else if (!DAY.dateOf(c.due()).isAfter(DAY.dateOf(now))
          && (review == null || c.due().isBefore(cards.get(review.key()).due()))) {
        review = e;
      }
    }
    if (step != null) return Optional.of(step);
    if (review != null && reviewedToday < REVIEWS_PER_DAY) return Optional.of(review);
    if (fresh != null && introducedToday < NEW_PER_DAY) return Optional.of(fresh);
    return Optional.ofNullable(ahead);
  }

  @Override
  public void answered(StoredExercise e, boolean right, long millis, Instant at) {
    Scheduled<S> before = cards.get(e.key());
    if (before == null) introducedToday++;
    else if (!before.inSteps()) reviewedToday++;
    Rating rating = right ? Rating.GOOD : Rating.AGAIN;
    long cardSeed = seed * 31 + e.key().seed() * 17L + at.getEpochSecond();
    cards.put(e.key(), scheduling.review(before, rating, at, cardSeed));
  }
}
