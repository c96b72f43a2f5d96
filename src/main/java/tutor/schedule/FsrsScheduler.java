package tutor.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * FSRS-6 scheduler behaving exactly like ts-fsrs 5.4.2 with fuzz off: its BasicScheduler (learning
 * steps, short-term stability) when {@code enableShortTerm}, else its LongTermScheduler.
 *
 * <p>With fuzz on, only day intervals of REVIEW results are fuzzed, after the grade ordering, and
 * they then stay within [1, maximumInterval]; steps are never fuzzed.
 */
public final class FsrsScheduler implements Scheduler {
  private static final long MINUTES_PER_DAY = 1440;

  private final SchedulerConfig config;
  private final FsrsModel model;
  private final double intervalModifier;
  private final ReviewLoad load;

  public FsrsScheduler(SchedulerConfig config) {
    this(config, ReviewLoad.NONE);
  }

  /** With fuzz on, fuzzed days are drawn by {@code load}'s weights (load balancing, easy days). */
  public FsrsScheduler(SchedulerConfig config, ReviewLoad load) {
    this.load = Objects.requireNonNull(load, "load");
    this.config = Objects.requireNonNull(config, "config");
    this.model = new FsrsModel(config.parameters());
    this.intervalModifier = model.intervalModifier(config.desiredRetention());
  }

  @Override
  public DayCounter days() {
    return config.dayCounter();
  }

  public SchedulerConfig config() {
    return config;
  }

  @Override
  public ReviewOutcome review(CardState card, Rating rating, Instant now, long fuzzSeed) {
    Objects.requireNonNull(rating, "rating");
    // Interval ordering compares the grades, so all four are computed; this also keeps review and
    // preview identical by construction.
    return preview(card, now, fuzzSeed).get(rating);
  }

  @Override
  public ReviewOutcome reviewInDays(CardState card, Rating rating, Instant now, long fuzzSeed) {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(card, "card");
    if (card.phase() == CardPhase.REVIEW) return review(card, rating, now, fuzzSeed);
    // FSRS's long-term scheduling (ts-fsrs LongTermScheduler): no steps, days from the memory
    // state; for a new card, its first rating's initial stability w[rating - 1].
    return new Attempt(card, Objects.requireNonNull(now, "now"), fuzzSeed).longTerm().get(rating);
  }

  @Override
  public Map<Rating, ReviewOutcome> preview(CardState card, Instant now, long fuzzSeed) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(now, "now");
    Attempt attempt = new Attempt(card, now, fuzzSeed);
    if (!config.enableShortTerm()) {
      return attempt.longTerm();
    }
    return card.phase() == CardPhase.REVIEW ? attempt.reviewCard() : attempt.learningCard();
  }

  @Override
  public double retrievability(CardState card, Instant now) {
    if (card.phase() == CardPhase.NEW) {
      return 0;
    }
    long days =
        now.isBefore(card.lastReview())
            ? 0
            : Math.max(0, config.dayCounter().elapsedDays(card.lastReview(), now));
    return retrievability(days, card.stability());
  }

  /** A reviewed card's retrievability after whole days of its stability. */
  public double retrievability(long elapsedDays, double stability) {
    return model.retrievability(elapsedDays, stability);
  }

  @Override
  public double retrievabilityAfter(double daysPerStability) {
    return model.retrievability(daysPerStability, 1);
  }

  @Override
  public double shortTermRetrievability(CardState card, Instant now) {
    if (card.phase() == CardPhase.NEW) return 0;
    long days =
        now.isBefore(card.lastReview())
            ? 0
            : config.dayCounter().elapsedDays(card.lastReview(), now);
    return ShortTermMemory.retrievability(model, card, now, days);
  }

  private int interval(MemoryState memory) {
    return FsrsModel.interval(memory.stability(), intervalModifier, config.maximumInterval());
  }

  /**
   * ts-fsrs ordering of the day intervals of grades {@code from..EASY}: the lowest is not above the
   * next, and every better grade gets at least one day more. Applied after the maximum-interval
   * cap, so Good/Easy can exceed it by a few days (as in ts-fsrs).
   */
  private static void order(int[] intervals, int from) {
    intervals[from] = Math.min(intervals[from], intervals[from + 1]);
    for (int i = from + 1; i < intervals.length; i++) {
      intervals[i] = Math.max(intervals[i], intervals[i - 1] + 1);
    }
  }

  /** One rating event: the card, the clock and the derived elapsed days / retrievability. */
  private final class Attempt {
    private final CardState card;
    private final Instant now;
    private final long elapsedDays;
    private final Double retrievability;
    private final IntervalFuzz fuzz;

    Attempt(CardState card, Instant now, long fuzzSeed) {
      this.card = card;
      this.now = now;
      this.elapsedDays = elapsedDays(card, now);
      this.retrievability =
          card.phase() == CardPhase.NEW
              ? null
              : model.retrievability(elapsedDays, card.stability());
      this.fuzz =
          config.enableFuzz()
              ? IntervalFuzz.seeded(fuzzSeed, elapsedDays, config.maximumInterval(), load, now)
              : IntervalFuzz.OFF;
    }

    private long elapsedDays(CardState card, Instant now) {
      if (card.phase() == CardPhase.NEW) {
        return 0;
      }
      // The clock went back (or the last review was given under a clock set ahead): a review at
      // the same moment, never a negative interval.
      if (now.isBefore(card.lastReview())) return 0;
      long days = config.dayCounter().elapsedDays(card.lastReview(), now);
      if (days < 0) {
        throw new IllegalArgumentException("day counter gave negative elapsed days: " + days);
      }
      return days;
    }

    /** NEW, LEARNING and RELEARNING cards: follow the step table, else graduate to days. */
    Map<Rating, ReviewOutcome> learningCard() {
      Map<Rating, ReviewOutcome> out = new EnumMap<>(Rating.class);
      for (Rating rating : Rating.values()) {
        MemoryState memory = model.nextState(card.memory(), elapsedDays, rating, true);
        LearningSteps.Entry step = LearningSteps.lookup(config, card, rating);
        out.put(
            rating,
            step != null
                ? onStep(rating, memory, step)
                : inDays(rating, memory, fuzz.apply(interval(memory))));
      }
      return out;
    }

    /** REVIEW card, short-term mode: Again relearns, Hard/Good/Easy get ordered day intervals. */
    Map<Rating, ReviewOutcome> reviewCard() {
      MemoryState[] memory = nextStates(card.memory());
      int[] intervals = intervals(memory);
      order(intervals, Rating.HARD.ordinal());
      fuzz.applyOrdered(intervals, Rating.HARD.ordinal());

      Map<Rating, ReviewOutcome> out = new EnumMap<>(Rating.class);
      MemoryState again = memory[Rating.AGAIN.ordinal()];
      LearningSteps.Entry step = LearningSteps.lookup(config, card, Rating.AGAIN);
      out.put(
          Rating.AGAIN,
          step != null
              ? onStep(Rating.AGAIN, again, step)
              : inDays(Rating.AGAIN, again, fuzz.apply(interval(again))));
      for (Rating rating : new Rating[] {Rating.HARD, Rating.GOOD, Rating.EASY}) {
        out.put(rating, inDays(rating, memory[rating.ordinal()], intervals[rating.ordinal()]));
      }
      return out;
    }

    /** Long-term mode: no steps, every card lands in REVIEW with ordered day intervals. */
    Map<Rating, ReviewOutcome> longTerm() {
      MemoryState[] memory = nextStates(card.memory());
      int[] intervals = intervals(memory);
      order(intervals, Rating.AGAIN.ordinal());
      fuzz.applyOrdered(intervals, Rating.AGAIN.ordinal());
      Map<Rating, ReviewOutcome> out = new EnumMap<>(Rating.class);
      for (Rating rating : Rating.values()) {
        out.put(rating, inDays(rating, memory[rating.ordinal()], intervals[rating.ordinal()]));
      }
      return out;
    }

    private MemoryState[] nextStates(MemoryState prev) {
      MemoryState[] next = new MemoryState[4];
      for (Rating rating : Rating.values()) {
        next[rating.ordinal()] =
            model.nextState(prev, elapsedDays, rating, config.enableShortTerm());
      }
      return next;
    }

    private int[] intervals(MemoryState[] memory) {
      int[] intervals = new int[memory.length];
      for (int i = 0; i < memory.length; i++) {
        intervals[i] = interval(memory[i]);
      }
      return intervals;
    }

    private ReviewOutcome onStep(Rating rating, MemoryState memory, LearningSteps.Entry step) {
      Instant due = now.plus(Duration.ofMinutes(step.minutes()));
      if (step.minutes() >= MINUTES_PER_DAY) {
        // A step of a day or more is served as a REVIEW interval (ts-fsrs), still on the steps.
        int days = (int) (step.minutes() / MINUTES_PER_DAY);
        return outcome(rating, memory, CardPhase.REVIEW, step.nextStep(), due, days);
      }
      CardPhase phase =
          switch (card.phase()) {
            case NEW, LEARNING -> CardPhase.LEARNING;
            case REVIEW, RELEARNING -> CardPhase.RELEARNING;
          };
      return outcome(rating, memory, phase, step.nextStep(), due, 0);
    }

    private ReviewOutcome inDays(Rating rating, MemoryState memory, int days) {
      Instant due = now.plus(Duration.ofDays(days));
      return outcome(rating, memory, CardPhase.REVIEW, 0, due, days);
    }

    private ReviewOutcome outcome(
        Rating rating, MemoryState memory, CardPhase phase, int step, Instant due, int days) {
      int lapses = card.lapses() + (isLapse(rating) ? 1 : 0);
      CardState next =
          new CardState(
              phase,
              step,
              memory.stability(),
              memory.difficulty(),
              due,
              now,
              card.reps() + 1,
              lapses);
      return new ReviewOutcome(next, rating, elapsedDays, retrievability, days);
    }

    /** Forgetting a graduated card is a lapse; failing a learning step is not. */
    private boolean isLapse(Rating rating) {
      if (rating != Rating.AGAIN) {
        return false;
      }
      // Long-term mode treats LEARNING/RELEARNING cards as REVIEW cards.
      return config.enableShortTerm()
          ? card.phase() == CardPhase.REVIEW
          : card.phase() != CardPhase.NEW;
    }
  }
}
