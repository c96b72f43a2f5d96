package tutor.mastery;

import tutor.schedule.FsrsModel;
import tutor.schedule.FsrsParameters;
import tutor.schedule.StudyDay;

/**
 * The first study day on which a skill's reviewed exercises, left as they are, show it fading
 * ({@link MasteryModel#fading}): their mean recall only falls while nothing is answered, so one
 * day, made when the cards change, tells fading from mastered on every later day without reading a
 * card again. The mean is the one {@code tutor stats} reads ({@link MasteryModel#meanRecall} of
 * {@link MasteryModel#recallUnits}), so both always agree.
 */
public final class FadingDay {
  /** No day: nothing reviewed, or a memory that outlasts any calendar. */
  public static final long NEVER = Long.MAX_VALUE;

  /** Days past the last review beyond which a search stops: 2^32 days is 11 million years. */
  private static final long HORIZON = 1L << 32;

  /** A card's retrievability after whole days of its stability (the learner's FSRS). */
  @FunctionalInterface
  public interface Recall {
    double retrievability(long elapsedDays, double stability);
  }

  /**
   * A learner's recall as fading days are made with it: their day numbers, their FSRS, and a text
   * naming both (time zone, rollover hour, decay), kept beside each day so that a day made under
   * other settings is made again rather than read.
   */
  public record Curve(
      String basis, java.util.function.ToLongFunction<java.time.Instant> day, Recall recall) {
    /**
     * A learner's curve: their study days (FSRS counts elapsed days by them) and FSRS's decay
     * (w20), the only weight its retrievability reads. "v1" is to change when the curve's code
     * does, so that days made by an older tutor are made again.
     */
    public static Curve of(StudyDay day, FsrsParameters parameters) {
      return of(day, parameters.w(20));
    }

    private static Curve of(StudyDay day, double decay) {
      double[] w = FsrsParameters.DEFAULT.w();
      w[20] = decay;
      FsrsModel fsrs = new FsrsModel(new FsrsParameters(w));
      return new Curve(
          "v1 day " + day.zone().getId() + " " + day.rolloverHour() + "h decay " + decay,
          at -> day.dateOf(at).toEpochDay(),
          fsrs::retrievability);
    }

    /** The curve {@code basis} names, if this tutor makes such a one (what doctor checks by). */
    public static java.util.Optional<Curve> parse(String basis) {
      String[] p = basis.split(" ", -1);
      if (p.length != 6 || !p[0].equals("v1") || !p[1].equals("day") || !p[4].equals("decay"))
        return java.util.Optional.empty();
      try {
        if (!p[3].endsWith("h")) return java.util.Optional.empty();
        StudyDay day =
            new StudyDay(
                java.time.ZoneId.of(p[2]), Integer.parseInt(p[3].substring(0, p[3].length() - 1)));
        Curve c = of(day, Double.parseDouble(p[5]));
        return c.basis().equals(basis) ? java.util.Optional.of(c) : java.util.Optional.empty();
      } catch (RuntimeException e) { // a zone, hour or weight this tutor does not take
        return java.util.Optional.empty();
      }
    }
  }

  private FadingDay() {}

  /**
   * The first day (in the caller's day numbers) on which the mean recall of these reviewed cards is
   * below {@link MasteryModel#FADING_BELOW}, or {@link #NEVER}. Elapsed days on day D are {@code
   * max(0, D - lastReviewDay)}, as FSRS counts them (a review "after" now counts as today's).
   *
   * @param lastReviewDays each card's day of its last review
   * @param stabilities each card's stability, in the same order
   */
  public static long first(long[] lastReviewDays, double[] stabilities, Recall recall) {
    if (lastReviewDays.length != stabilities.length)
      throw new IllegalArgumentException("one stability per card");
    if (lastReviewDays.length == 0) return NEVER;
    long earliest = Long.MAX_VALUE;
    for (long d : lastReviewDays) earliest = Math.min(earliest, d);
    // On the earliest day every card is at elapsed 0, recall 1: not fading. Recall never rises with
    // the days (FSRS's curve falls; Math.pow is semi-monotonic), so the first fading day is found
    // by doubling a step until fading, then halving between the last two days tried.
    long notFading = earliest;
    long step = 1;
    long tried = earliest + step;
    while (!fadingOn(tried, lastReviewDays, stabilities, recall)) {
      notFading = tried;
      if (step >= HORIZON) return NEVER;
      step *= 2;
      tried = earliest + step;
    }
    long fading = tried;
    while (fading - notFading > 1) {
      long mid = notFading + (fading - notFading) / 2;
      if (fadingOn(mid, lastReviewDays, stabilities, recall)) fading = mid;
      else notFading = mid;
    }
    return fading;
  }

  /** Whether the cards' mean recall on {@code day} is below the fading line. */
  static boolean fadingOn(long day, long[] lastReviewDays, double[] stabilities, Recall recall) {
    long units = 0;
    for (int i = 0; i < lastReviewDays.length; i++)
      units +=
          MasteryModel.recallUnits(
              recall.retrievability(Math.max(0, day - lastReviewDays[i]), stabilities[i]));
    return MasteryModel.fading(MasteryModel.meanRecall(units, lastReviewDays.length));
  }
}
