package tutor.stats;

import java.time.LocalDate;

/**
 * Answers in a span of study days (a day, a week, a month).
 *
 * @param reviews answers to cards in the review phase (due reviews, not learning steps)
 * @param recalled of those, the ones remembered (rated Hard, Good or Easy)
 * @param timedMillis study time of the answers whose time is known, each counted up to {@link
 *     tutor.schedule.StudyTime#MAX_ANSWER_MILLIS}
 * @param untimed answers whose time is unknown (given through a pipe)
 */
public record Period(
    LocalDate start,
    LocalDate end,
    int studyDays,
    int answers,
    int reviews,
    int recalled,
    long timedMillis,
    int untimed) {

  static Period empty(LocalDate start, LocalDate end) {
    return new Period(start, end, 0, 0, 0, 0, 0, 0);
  }

  Period plus(Period day) {
    return new Period(
        start,
        end,
        studyDays + (day.answers() > 0 ? 1 : 0),
        answers + day.answers(),
        reviews + day.reviews(),
        recalled + day.recalled(),
        timedMillis + day.timedMillis(),
        untimed + day.untimed());
  }

  /** Share of reviews recalled, NaN without reviews. */
  public double retention() {
    return reviews == 0 ? Double.NaN : recalled / (double) reviews;
  }

  /** Whether there were answers and none of them has a known time. */
  public boolean timeUnknown() {
    return answers > 0 && untimed == answers;
  }
}
