package tutor.optimize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.DayCounter;
import tutor.schedule.FsrsModel;
import tutor.schedule.FsrsParameters;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.MemoryState;
import tutor.schedule.Rating;
import tutor.schedule.SchedulerConfig;

/**
 * A seeded simulated learner whose memory follows FSRS-6 with known weights ({@link #TRUTH}),
 * studying once a day with tutor's default scheduler. Its review log is what a real learner's would
 * look like if FSRS-6 were exactly right about them: the optimiser should find weights that predict
 * it about as well as the true ones.
 *
 * <p>Run {@code main} to rewrite the logs shipped in src/test/resources/tutor/optimize/.
 */
public final class SyntheticRevlog {
  /**
   * The hidden weights: a learner who forgets faster than the defaults assume (lower initial
   * stabilities, slower growth), so that default predictions are clearly too hopeful.
   */
  public static final FsrsParameters TRUTH =
      new FsrsParameters(
          new double[] {
            0.1, 0.6, 1.2, 4.0, 6.5, 0.9, 2.2, 0.02, 1.3, 0.2, 0.9, 1.2, 0.08, 0.3, 1.5, 0.5, 2.2,
            0.6, 0.15, 0.1, 0.25
          });

  static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
  private static final Duration ANSWER = Duration.ofSeconds(20);

  /**
   * @param cards how many cards are introduced, {@code newPerDay} a day from the first day
   * @param days how many daily sessions
   */
  public record Plan(FsrsParameters truth, int cards, int newPerDay, int days, long seed) {}

  static final Plan SHIPPED = new Plan(TRUTH, 400, 10, 90, 20250106);

  private static final class Card {
    final String id;
    final int order;
    CardState state;
    MemoryState truth;

    Card(String id, int order) {
      this.id = id;
      this.order = order;
    }
  }

  private SyntheticRevlog() {}

  public static List<RevlogEntry> generate(Plan plan) {
    SplittableRandom random = new SplittableRandom(plan.seed());
    FsrsModel memory = new FsrsModel(plan.truth());
    FsrsScheduler scheduler = new FsrsScheduler(SchedulerConfig.defaults());
    // Soonest due first; among equal due times, the card seen first.
    PriorityQueue<Card> queue =
        new PriorityQueue<>(
            Comparator.comparing((Card c) -> c.state.due()).thenComparingInt(c -> c.order));
    List<RevlogEntry> log = new ArrayList<>();
    int introduced = 0;
    for (int day = 0; day < plan.days(); day++) {
      Instant now = START.plus(Duration.ofDays(day));
      int newToday = 0;
      while (true) {
        Card next = null;
        if (!queue.isEmpty()
            && !queue.peek().state.due().isAfter(now.plus(Duration.ofMinutes(20)))) {
          next = queue.poll();
        } else if (newToday < plan.newPerDay() && introduced < plan.cards()) {
          next = new Card("c" + (++introduced), introduced);
          next.state = CardState.newCard(now);
          newToday++;
        }
        if (next == null) break;
        if (next.state.due().isAfter(now)) now = next.state.due(); // waits for a learning step
        log.add(answer(next, now, memory, scheduler, random));
        queue.add(next);
        now = now.plus(ANSWER);
      }
    }
    return log;
  }

  private static RevlogEntry answer(
      Card card, Instant now, FsrsModel memory, FsrsScheduler scheduler, SplittableRandom random) {
    CardPhase before = card.state.phase();
    Rating rating;
    long days = 0;
    if (card.truth == null) {
      rating = pick(random, 0.25, 0.10, 0.50); // first impression: Again, Hard, Good, else Easy
    } else {
      days = DayCounter.UTC.elapsedDays(card.state.lastReview(), now);
      // Same day: FSRS says R = 1 for whole days, so use the fraction of a day for the chance.
      double elapsed =
          days > 0 ? days : Duration.between(card.state.lastReview(), now).toSeconds() / 86_400.0;
      boolean recalled =
          random.nextDouble() < memory.retrievability(elapsed, card.truth.stability());
      rating = recalled ? pick(random, 0, 0.10, 0.80) : Rating.AGAIN;
    }
    card.truth = memory.nextState(card.truth, days, rating, true);
    long seed = random.nextLong();
    card.state = scheduler.review(card.state, rating, now, seed).card();
    ReviewKind kind =
        switch (before) {
          case NEW, LEARNING -> ReviewKind.LEARN;
          case REVIEW -> ReviewKind.REVIEW;
          case RELEARNING -> ReviewKind.RELEARN;
        };
    long duration = 2_000 + random.nextInt(18_000);
    return new RevlogEntry(card.id, now.toEpochMilli(), rating.value(), duration, kind);
  }

  /** Again, Hard, Good with the given chances, else Easy. */
  private static Rating pick(SplittableRandom random, double again, double hard, double good) {
    double u = random.nextDouble();
    if (u < again) return Rating.AGAIN;
    if (u < again + hard) return Rating.HARD;
    if (u < again + hard + good) return Rating.GOOD;
    return Rating.EASY;
  }

  /** The CSV that `tutor optimize --import-revlog` reads (no kind column: it is inferred). */
  public static List<String> csv(List<RevlogEntry> log) {
    List<String> lines = new ArrayList<>();
    lines.add("card_id,review_time,rating,duration_ms");
    for (RevlogEntry e : log) {
      lines.add(
          e.cardId() + "," + e.reviewedAtMillis() + "," + e.rating() + "," + e.durationMillis());
    }
    return lines;
  }

  static final String SHIPPED_FILE = "synthetic-90-days.csv";

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/tutor/optimize");
    Files.write(dir.resolve(SHIPPED_FILE), csv(generate(SHIPPED)));
  }
}
