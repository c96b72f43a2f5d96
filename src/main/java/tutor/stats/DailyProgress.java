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
   * now}, from narrow questions to the log: today's answers, and whether each study day since the
   * first answer has one (an indexed look per day, batched by the store); a long history is not
   * summed to say good morning.
   */
  public static DailyProgress of(
      tutor.store.History history,
      long learnerId,
      java.time.Instant now,
      tutor.schedule.StudyDay day,
      Integer dailyMinutes,
      Integer dailyExercises) {
    LocalDate today = day.dateOf(now);
    Period t =
        Activity.ofTallies(history.talliesBetween(learnerId, day.startOf(today), now), day)
            .between(today, today);
    java.util.SortedSet<LocalDate> studyDays = new java.util.TreeSet<>();
    java.time.Instant first = history.firstAnswer(learnerId);
    if (first != null && !first.isAfter(now)) {
      java.util.List<LocalDate> dates = new java.util.ArrayList<>();
      java.util.List<java.time.Instant> bounds = new java.util.ArrayList<>();
      for (LocalDate d = day.dateOf(first); !d.isAfter(today); d = d.plusDays(1)) {
        dates.add(d);
        bounds.add(day.startOf(d));
      }
      // up to now included, as the tallies are
      bounds.add(now.plusNanos(1));
      java.util.List<Boolean> answered = history.answeredIn(learnerId, bounds);
      for (int i = 0; i < dates.size(); i++) if (answered.get(i)) studyDays.add(dates.get(i));
    }
    return new DailyProgress(
        today,
        t.answers(),
        t.timedMillis(),
        dailyMinutes,
        dailyExercises,
        Streaks.of(studyDays, today));
  }

  /**
   * The session's first line about the day: the target so far and the streak; "" when there is
   * neither.
   */
  public String atStart() {
    String target = target();
    String streak;
    if (streaks.current() == 0) {
      streak = "";
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
    if (dailyMinutes != null) parts.add(minutesToday() + " of " + dailyMinutes + " minutes");
    return String.join(", ", parts);
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
  }
}
