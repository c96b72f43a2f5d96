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
    Streaks streaks) {

  public static DailyProgress of(
      Activity activity, LocalDate today, Integer dailyMinutes, Integer dailyExercises) {
    Period t = activity.between(today, today);
    return new DailyProgress(
        today, t.answers(), t.timedMillis(), dailyMinutes, dailyExercises, activity.streaks(today));
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
        Streaks.of(history.studyDays(learnerId, day, null, now), today));
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
    int current;
    boolean studiedBefore = false;
    for (int window = 32; ; window *= 4) {
      LocalDate from = today.minusDays(window);
      java.util.SortedSet<LocalDate> days =
          history.studyDays(learnerId, day, day.startOf(from), now);
      current = Streaks.of(days, today).current();
      studiedBefore |= !days.isEmpty();
      // a run back from today (or yesterday) that starts after the window's first day is whole
      LocalDate last = days.contains(today) ? today : today.minusDays(1);
      if (current == 0 || last.minusDays(current - 1L).isAfter(from)) break;
    }
    // The longest streak is left as long as the current one (the start line does not say it), or
    // 1 when a streak was broken within the window: the line then says a new one starts today.
    return new DailyProgress(
            today,
            t.answers(),
            t.timedMillis(),
            dailyMinutes,
            dailyExercises,
            new Streaks(current, current == 0 && studiedBefore ? 1 : current, null))
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

  /** Today's answers so far: the tallies of today's study day up to {@code now}. */
  private static Period today(
      tutor.store.History history,
      long learnerId,
      java.time.Instant now,
      tutor.schedule.StudyDay day,
      LocalDate today) {
    return Activity.ofTallies(history.talliesBetween(learnerId, day.startOf(today), now), day)
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
    return join(target.isEmpty() ? "" : "Today so far: " + target + ".", streak);
  }

  /** The summary's line: today's total against the target, and the streak with today in it. */
  public String atEnd() {
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
        target.isEmpty() ? "" : "Today: " + target + (reached() ? " - daily goal reached." : "."),
        streak);
  }

  /** Whether today's study meets every daily target there is (false without one). */
  public boolean reached() {
    if (dailyMinutes == null && dailyExercises == null) return false;
    return (dailyMinutes == null || minutesToday() >= dailyMinutes)
        && (dailyExercises == null || answersToday >= dailyExercises);
  }

  long minutesToday() {
    return timedMillisToday / 60_000;
  }

  private String target() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (dailyExercises != null) parts.add(answersToday + " of " + dailyExercises + " exercises");
    // study time (StudyTime), in whole minutes done: as a session's summary and budget count it
    if (dailyMinutes != null)
      parts.add(minutesToday() + " of " + dailyMinutes + " minutes of study");
    return String.join(", ", parts);
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
  }
}
