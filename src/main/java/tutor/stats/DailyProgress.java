package tutor.stats;

import java.time.LocalDate;

/**
 * Today's study against the daily target and the streak, for the line a session starts with and the
 * one its summary ends with (as Duolingo and Anki show them).
 *
 * @param dailyMinutes the minutes a day the learner set out to study (a goal's, or the preferred
 *     session length), null without one
 * @param dailyExercises the exercises a day a goal asks for, null without one
 */
public record DailyProgress(
    LocalDate today,
    int answersToday,
    long timedMillisToday,
    Integer dailyMinutes,
    Integer dailyExercises,
    Streaks streaks,
    int untimedToday) {

  /** Without answers given through a pipe (untimed) today. */
  public DailyProgress(
      LocalDate today,
      int answersToday,
      long timedMillisToday,
      Integer dailyMinutes,
      Integer dailyExercises,
      Streaks streaks) {
    this(today, answersToday, timedMillisToday, dailyMinutes, dailyExercises, streaks, 0);
  }

  public static DailyProgress of(
      Activity activity, LocalDate today, Integer dailyMinutes, Integer dailyExercises) {
    Period t = activity.between(today, today);
    return new DailyProgress(
        today,
        t.answers(),
        t.timedMillis(),
        dailyMinutes,
        dailyExercises,
        activity.streaks(today),
        t.untimed());
  }

  /**
   * The same as {@link #of(Activity, LocalDate, Integer, Integer)} over the answers up to {@code
   * now}, from narrow questions to the log: today's answers, and the study days of the history (a
   * look per study day, in a few statements); a long history is not summed to say goodbye.
   */
  public static DailyProgress of(
      tutor.store.History history,
      long learnerId,
      java.time.Instant now,
      tutor.schedule.StudyDay day,
      Integer dailyMinutes,
      Integer dailyExercises) {
    LocalDate today = day.dateOf(now);
    Period t = today(history, learnerId, now, day, today);
    return new DailyProgress(
        today,
        t.answers(),
        t.timedMillis(),
        dailyMinutes,
        dailyExercises,
        streaks(history, learnerId, day, today),
        t.untimed());
  }

  /** The learner's streaks up to today, from every study day of the history, none kept. */
  private static Streaks streaks(
      tutor.store.History history, long learnerId, tutor.schedule.StudyDay day, LocalDate today) {
    Streaks.Counter counter = new Streaks.Counter(today);
    history.studyDays(learnerId, day, null, lastOf(day, today), counter);
    return counter.streaks();
  }

  /**
   * What {@link #atStart()} says of {@link #of(tutor.store.History, long, java.time.Instant,
   * tutor.schedule.StudyDay, Integer, Integer)}, from today's answers and the days of the current
   * streak alone (read back from today, a window at a time): the line a session starts with needs
   * no longest streak, and a learner with years of history waits for none of them.
   */
  public static String startLine(
      tutor.store.History history,
      long learnerId,
      java.time.Instant now,
      tutor.schedule.StudyDay day,
      Integer dailyMinutes,
      Integer dailyExercises) {
    LocalDate today = day.dateOf(now);
    Period t = today(history, learnerId, now, day, today);
    // A streak counted on an earlier day ends the walk where it is met (a long streak is read back
    // a day at a time: years of daily study are a thousand looks).
    java.util.Optional<tutor.store.History.StreakMark> mark =
        history.streakMark(learnerId, day).filter(m -> m.through().isBefore(today));
    int current;
    LocalDate last;
    boolean studiedBefore = false;
    for (int window = 32; ; window *= 4) {
      LocalDate from = today.minusDays(window);
      java.util.SortedSet<LocalDate> days =
          history.studyDays(learnerId, day, day.startOf(from), lastOf(day, today));
      current = Streaks.of(days, today).current();
      studiedBefore |= !days.isEmpty();
      // a run back from today (or yesterday) that starts after the window's first day is whole
      last = days.contains(today) ? today : today.minusDays(1);
      if (current == 0 || last.minusDays(current - 1L).isAfter(from)) break;
      // The run goes back past the window's first day, so every day from there is a study day:
      // a mark on one of them counts the rest of the run.
      tutor.store.History.StreakMark m = mark.orElse(null);
      if (m != null && m.days() > 0 && !m.through().isBefore(from)) {
        current = (int) java.time.temporal.ChronoUnit.DAYS.between(m.through(), last) + m.days();
        break;
      }
    }
    // Kept for the next session: the streak through yesterday, which today's study cannot change.
    LocalDate yesterday = today.minusDays(1);
    if (mark.isEmpty() || !mark.get().through().equals(yesterday)) {
      int throughYesterday = current > 0 && last.equals(today) ? current - 1 : current;
      history.keepStreakMark(
          learnerId, day, new tutor.store.History.StreakMark(yesterday, throughYesterday));
    }
    // The longest streak is left as long as the current one (the start line does not say it), or
    // 1 when a streak was broken within the window: the line then says a new one starts today.
    return new DailyProgress(
            today,
            t.answers(),
            t.timedMillis(),
            dailyMinutes,
            dailyExercises,
            new Streaks(current, current == 0 && studiedBefore ? 1 : current, null),
            t.untimed())
        .atStart();
  }

  /**
   * Today's answers and study time so far: the tallies of today's study day up to {@code now}, on
   * the (learner, time) index.
   */
  public static Period todaySoFar(
      tutor.store.History history,
      long learnerId,
      java.time.Instant now,
      tutor.schedule.StudyDay day) {
    return today(history, learnerId, now, day, day.dateOf(now));
  }

  /**
   * The last instant of a study day. Today's answers are all of today's, not only those up to the
   * clock's now: with --now (a simulated day) or a clock set back, the answers of a session a
   * moment before could bear a later time than the next session's now, and its start line counted
   * none of them, nor the streak they made (EarlyStoreTest failed so under load).
   */
  private static java.time.Instant lastOf(tutor.schedule.StudyDay day, LocalDate date) {
    return day.startOf(date.plusDays(1)).minusMillis(1);
  }

  /** Today's answers so far: the tallies of today's study day. */
  private static Period today(
      tutor.store.History history,
      long learnerId,
      java.time.Instant now,
      tutor.schedule.StudyDay day,
      LocalDate today) {
    return Activity.ofTallies(
            history.talliesBetween(learnerId, day.startOf(today), lastOf(day, today)), day)
        .between(today, today);
  }

  /**
   * The session's first line about the day: the target so far and the streak; "" when there is
   * neither.
   */
  public String atStart() {
    String target = target();
    String streak;
    if (streaks.current() == 0) {
      // A streak just broken is not passed over in silence (as Duolingo does): a new one starts
      // today. Never a streak at all: nothing to say.
      streak =
          streaks.longest() > 0 && answersToday == 0 ? "Study today to start a new streak." : "";
    } else if (answersToday == 0) {
      streak =
          "Streak: "
              + days(streaks.current())
              + "; study today to make it "
              + (streaks.current() + 1)
              + ".";
    } else {
      streak = "Streak: " + days(streaks.current()) + ".";
    }
    return join(target.isEmpty() ? "" : "Today's goal: " + target + " so far.", streak);
  }

  /** The summary's line: today's total against the target, and the streak with today in it. */
  public String atEnd() {
    return atEnd(false);
  }

  /**
   * The same; {@code moreOpen}: work is still open today (due or new exercises), so an unmet goal
   * says what is left of it ("10 exercises, 7 done; 3 more reach it"), as Duolingo's does.
   */
  public String atEnd(boolean moreOpen) {
    String target = target();
    String streak =
        streaks.current() == 0
            ? ""
            : "Streak: "
                + days(streaks.current())
                + (streaks.current() > 1 && streaks.current() == streaks.longest()
                    ? " (your longest)."
                    : ".");
    return join(
        target.isEmpty()
            ? ""
            : "Today's goal: "
                + target
                + (reached() ? " - reached." : moreOpen ? "; " + toGo() + " reach it." : "."),
        streak);
  }

  /** Whether today's study meets every daily target there is (false without one). */
  public boolean reached() {
    if (dailyMinutes == null && dailyExercises == null) return false;
    return (dailyMinutes == null || minutesToday() >= dailyMinutes)
        && (dailyExercises == null || answersToday >= dailyExercises);
  }

  /** What is left of today's target: "3 more exercises", "about 4 more minutes". */
  private String toGo() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (dailyExercises != null && answersToday < dailyExercises) {
      int left = dailyExercises - answersToday;
      parts.add(left + (left == 1 ? " more exercise" : " more exercises"));
    }
    if (dailyMinutes != null && minutesToday() < dailyMinutes) {
      // To the nearest minute (one at least): rounded up, 42 s of 20 minutes left "about 20 more".
      long left = Math.max(1, Math.round((dailyMinutes * 60_000L - timedMillisToday) / 60_000.0));
      parts.add("about " + left + (left == 1 ? " more minute" : " more minutes"));
    }
    return String.join(" and ", parts);
  }

  long minutesToday() {
    return timedMillisToday / 60_000;
  }

  /**
   * The goal, then what is done of it ("5 exercises, 2 done"): "2 of 5 exercises" beside "5
   * exercises are due" read as either count.
   */
  private String target() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (dailyExercises != null)
      parts.add(
          dailyExercises
              + (dailyExercises == 1 ? " exercise, " : " exercises, ")
              + answersToday
              + " done");
    // study time (StudyTime) in the words of a session's summary ("2 min 21 s of study"): the
    // same measure, so the two lines add up; whole minutes would call a first 40 s "0 of 15"
    if (dailyMinutes != null)
      parts.add(
          dailyMinutes
              + (dailyMinutes == 1 ? " minute" : " minutes")
              + " of study, "
              + tutor.session.Durations.words(java.time.Duration.ofMillis(timedMillisToday))
              + " done"
              // Piped answers count no study time: "0 s done" after 87 answers, under a session
              // header that counted down the minutes, read as a contradiction (a week's trial).
              + (untimedToday == 0
                  ? ""
                  : " ("
                      + untimedToday
                      + (untimedToday == 1 ? " answer" : " answers")
                      + " typed through a pipe, not timed)"));
    return String.join("; ", parts);
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
  }
}
