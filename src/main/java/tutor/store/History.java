package tutor.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import tutor.pack.CardKey;
import tutor.schedule.CardPhase;
import tutor.schedule.StudyDay;

/**
 * The review log as the profile, statistics, reports, credentials and the picker read it: every
 * answer of a learner, the log summed per quarter of an hour, and how first attempts went. Read
 * only; answers are written by {@link Store#recordAnswer}.
 */
public interface History {
  /** The learner's answers, oldest first. */
  List<LoggedReview> answers(long learnerId);

  /**
   * The learner's answers up to {@code until} (included), summed per quarter of an hour, oldest
   * first; {@code packId} null for every pack. Counted in the store: a long history is never read
   * row by row.
   */
  List<Tally> tallies(long learnerId, Instant until, String packId);

  /**
   * The learner's answers from {@code from} (included) to {@code until} (included), summed per
   * quarter of an hour as {@link #tallies(long, Instant, String)}: a day's, without the rest.
   */
  List<Tally> talliesBetween(long learnerId, Instant from, Instant until);

  /**
   * The study days ({@code day}'s, in its zone from its rollover hour) on which the learner
   * answered anything from {@code from} (included; null: since the first answer) to {@code until}
   * (included), oldest first: one indexed look per study day, so that streaks cost the study days
   * of a history, not its answers nor the calendar days since the first.
   */
  default SortedSet<LocalDate> studyDays(
      long learnerId, StudyDay day, Instant from, Instant until) {
    SortedSet<LocalDate> days = new java.util.TreeSet<>();
    studyDays(learnerId, day, from, until, days::add);
    return days;
  }

  /**
   * The same days given to {@code each} one at a time, oldest first and each once, none kept: a
   * history of decades is 30,000 days, 4 MB as a set of dates at the end of a session.
   */
  void studyDays(
      long learnerId,
      StudyDay day,
      Instant from,
      Instant until,
      java.util.function.Consumer<LocalDate> each);

  /**
   * The streak counted up to a past study day of {@code day}'s (its zone and rollover hour), as
   * {@link #keepStreakMark} kept it: empty when none was kept for this study day, or when the
   * learner's answers before the end of its day have changed since (an undo, an import).
   */
  Optional<StreakMark> streakMark(long learnerId, StudyDay day);

  /**
   * Keeps {@code mark} (one per learner; the last kept) for {@link #streakMark}. A count, not data:
   * a store that cannot write it now keeps none.
   */
  void keepStreakMark(long learnerId, StudyDay day, StreakMark mark);

  /** {@code days} consecutive study days ending on {@code through} (0: no study that day). */
  record StreakMark(LocalDate through, int days) {}

  /**
   * Everyone's first attempts (all learners of this store) at {@code exercise}, an installed
   * exercise (not retired) that {@code learnerId} has not seen yet: what refines the difficulty of
   * new material. Empty when there are none, or the learner has seen it. Asked per exercise, as a
   * session weighs it: a learner with a long history would wait for the first attempts at every
   * exercise ever answered (a tenth of a second at 100,000) to learn that none is new to them.
   */
  Optional<FirstAttempts> firstAttemptsAtUnseen(long learnerId, CardKey exercise);

  /**
   * First attempts at an exercise and how many were right, with the exercise's difficulty as its
   * pack gives it.
   */
  record FirstAttempts(int difficulty, int attempts, int right) {}

  /**
   * The answers of a quarter of an hour, summed: enough to place them on the learner's study days
   * (time zones differ from UTC by whole quarters of an hour, and a day starts on the hour), and a
   * thousand times fewer than the answers of a long history.
   *
   * @param reviews answers to cards in the review phase; recalled: of those, rated above Again
   * @param timedMillis study time of the timed answers ({@link tutor.schedule.StudyTime})
   * @param untimed answers whose time is unknown
   */
  record Tally(
      Instant start, int answers, int reviews, int recalled, long timedMillis, int untimed) {}

  /** Length of a tally, in milliseconds. */
  long TALLY_MILLIS = 15 * 60 * 1000L;

  /** The same tallies as {@link #tallies(long, Instant, String)} from answers already read. */
  static List<Tally> tallies(List<LoggedReview> log) {
    TreeMap<Long, long[]> q = new TreeMap<>();
    for (LoggedReview e : log) {
      if ("placement".equals(e.kind())) continue; // a check, not study (as ReviewLog's statements)
      long[] t =
          q.computeIfAbsent(Math.floorDiv(e.at().toEpochMilli(), TALLY_MILLIS), k -> new long[5]);
      boolean review = e.phaseBefore() == CardPhase.REVIEW;
      t[0]++;
      if (review) t[1]++;
      if (review && e.recalled()) t[2]++;
      if (e.responseMillis() == null) t[4]++;
      else t[3] += tutor.schedule.StudyTime.counted(e.responseMillis());
    }
    List<Tally> out = new ArrayList<>();
    q.forEach(
        (k, t) ->
            out.add(
                new Tally(
                    Instant.ofEpochMilli(k * TALLY_MILLIS),
                    (int) t[0],
                    (int) t[1],
                    (int) t[2],
                    t[3],
                    (int) t[4])));
    return out;
  }
}
