package tutor.store.sqlite;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tutor.pack.CardKey;
import tutor.schedule.StudyDay;
import tutor.store.History;
import tutor.store.LoggedReview;

/**
 * The review log of a SQLite store: {@link AnswerHistory}, {@link ReviewLog}, {@link
 * ExerciseStats}.
 */
final class SqliteHistory implements History {
  private final SqliteStore store;
  private final ExerciseStats exerciseStats;

  SqliteHistory(SqliteStore store) {
    this.store = store;
    this.exerciseStats = new ExerciseStats(store);
  }

  @Override
  public List<LoggedReview> answers(long learnerId) {
    return AnswerHistory.of(store, learnerId);
  }

  @Override
  public List<Tally> tallies(long learnerId, Instant until, String packId) {
    return ReviewLog.tallies(store, learnerId, until, packId);
  }

  @Override
  public List<Tally> talliesBetween(long learnerId, Instant from, Instant until) {
    return ReviewLog.tallies(store, learnerId, from, until);
  }

  @Override
  public void studyDays(
      long learnerId,
      StudyDay day,
      Instant from,
      Instant until,
      java.util.function.Consumer<LocalDate> each) {
    ReviewLog.studyDays(store.connection(), learnerId, day, from, until, each);
  }

  @Override
  public java.util.Optional<FirstAttempts> firstAttemptsAtUnseen(long learnerId, CardKey exercise) {
    return exerciseStats.firstAttemptsAtUnseen(learnerId, exercise);
  }

  @Override
  public java.util.Optional<StreakMark> streakMark(long learnerId, StudyDay day) {
    return StreakMarks.mark(store.connection(), learnerId, day);
  }

  @Override
  public void keepStreakMark(long learnerId, StudyDay day, StreakMark mark) {
    StreakMarks.keep(store.connection(), learnerId, day, mark);
  }
}
