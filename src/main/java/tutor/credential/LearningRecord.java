package tutor.credential;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.pack.CardKey;
import tutor.schedule.StudyDay;
import tutor.store.LoggedReview;

/**
 * What a credential states as its evidence, counted from the review log: how much was answered, how
 * widely, over how long, and how much was remembered after a day or more. Pure: the answers come
 * in.
 *
 * @param answers every answer to an exercise of the credential's skills (placement included)
 * @param exercises how many different exercises those answers were to
 * @param days on how many different study days they were given: the learner's days (time zone and
 *     the hour a day starts), as mastery counts them, so that a credential never states fewer days
 *     than the evidence it was issued on
 * @param first the first answer, null without answers
 * @param last the last answer, null without answers
 * @param delayedReviews answers given at least a day after the previous answer to the same
 *     exercise: the ones that test memory rather than what was just seen
 * @param delayedRight of those, the right ones
 * @param day what a study day is for this learner: the dates the credential states are its dates
 */
public record LearningRecord(
    int answers,
    int exercises,
    int days,
    Instant first,
    Instant last,
    int delayedReviews,
    int delayedRight,
    StudyDay day) {
  /** The least gap between two answers to one exercise for the second to measure retention. */
  public static final Duration RETENTION_GAP = Duration.ofDays(1);

  /** Days that start at midnight UTC, for figures read without a learner's settings. */
  public static final StudyDay UTC_DAYS = new StudyDay(ZoneOffset.UTC, 0);

  public LearningRecord(
      int answers,
      int exercises,
      int days,
      Instant first,
      Instant last,
      int delayedReviews,
      int delayedRight) {
    this(answers, exercises, days, first, last, delayedReviews, delayedRight, UTC_DAYS);
  }

  /** The answers to {@code exercises} among {@code log} (oldest first), on the learner's days. */
  public static LearningRecord of(Set<CardKey> exercises, List<LoggedReview> log, StudyDay day) {
    int answers = 0;
    int delayed = 0;
    int right = 0;
    Set<CardKey> seen = new HashSet<>();
    Set<LocalDate> days = new HashSet<>();
    Map<CardKey, Instant> previous = new HashMap<>();
    Instant first = null;
    Instant last = null;
    for (LoggedReview a : log) {
      if (!exercises.contains(a.card())) continue;
      answers++;
      seen.add(a.card());
      days.add(day.dateOf(a.at()));
      Instant before = previous.put(a.card(), a.at());
      if (before != null && Duration.between(before, a.at()).compareTo(RETENTION_GAP) >= 0) {
        delayed++;
        if (a.correct()) right++;
      }
      if (first == null || a.at().isBefore(first)) first = a.at();
      if (last == null || a.at().isAfter(last)) last = a.at();
    }
    return new LearningRecord(answers, seen.size(), days.size(), first, last, delayed, right, day);
  }

  /** The study date of the first answer; null without answers. */
  public LocalDate firstDate() {
    return first == null ? null : day.dateOf(first);
  }

  /** The study date of the last answer; null without answers. */
  public LocalDate lastDate() {
    return last == null ? null : day.dateOf(last);
  }

  /** Study days from the date of the first answer to the date of the last; 0 without answers. */
  public long spanDays() {
    return first == null ? 0 : ChronoUnit.DAYS.between(firstDate(), lastDate());
  }

  /** Right answers among the delayed reviews, in percent rounded down; null before any. */
  public Integer retentionPercent() {
    return delayedReviews == 0 ? null : (int) (100L * delayedRight / delayedReviews);
  }
}
