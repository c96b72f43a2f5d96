package tutor.schedule;

/**
 * What counts as study time, everywhere tutor says it (a session's summary, today's minutes, a
 * goal's daily minutes, the stats' time charts): the time from each question shown to its answer,
 * each answer counted up to {@link #MAX_ANSWER_MILLIS}, as Anki counts answer time ("maximum answer
 * seconds", 60 by default). Wall time would count a learner who walked away for an hour; lesson
 * reading is not stored per answer, so it counts in none of the figures rather than in some.
 */
public final class StudyTime {
  /** An answer counts for at most this long. */
  public static final long MAX_ANSWER_MILLIS = 60_000;

  private StudyTime() {}

  /** The study time an answer that took {@code responseMillis} counts for. */
  public static long counted(long responseMillis) {
    return Math.max(0, Math.min(responseMillis, MAX_ANSWER_MILLIS));
  }
}
