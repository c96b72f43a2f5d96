package tutor.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tutor.goal.Goal;
import tutor.json.Json;
import tutor.store.Goals;
import tutor.store.StoreException;

/** Learners' goals in the database. */
final class GoalStore implements Goals {
  private static final Sql SQL = Sql.of(GoalStore.class);

  private final Connection c;

  GoalStore(SqliteStore store) {
    this.c = store.connection();
  }

  @Override
  public Goal add(long learnerId, Goal g) {
    try (PreparedStatement ps =
        c.prepareStatement(SQL.get("add-goal"), PreparedStatement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, learnerId);
      ps.setString(2, g.packId());
      ps.setString(3, Json.MAPPER.writeValueAsString(g.skills()));
      ps.setString(4, g.deadline() == null ? null : g.deadline().toString());
      setInt(ps, 5, g.dailyMinutes());
      setInt(ps, 6, g.dailyExercises());
      ps.setLong(7, g.createdAt().toEpochMilli());
      ps.setString(8, g.metOn() == null ? null : g.metOn().toString());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return new Goal(
            keys.getLong(1),
            g.packId(),
            g.skills(),
            g.deadline(),
            g.dailyMinutes(),
            g.dailyExercises(),
            g.createdAt(),
            g.metOn());
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("cannot save the goal: " + e.getMessage(), e);
    }
  }

  private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) ps.setNull(i, Types.INTEGER);
    else ps.setInt(i, v);
  }

  @Override
  public List<Goal> list(long learnerId) {
    List<Goal> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("list-goals"))) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String deadline = rs.getString(4);
          int minutes = rs.getInt(5);
          boolean noMinutes = rs.wasNull();
          int exercises = rs.getInt(6);
          boolean noExercises = rs.wasNull();
          String metOn = rs.getString(8);
          out.add(
              new Goal(
                  rs.getLong(1),
                  rs.getString(2),
                  StoredJson.texts(rs.getString(3)),
                  deadline == null ? null : LocalDate.parse(deadline),
                  noMinutes ? null : minutes,
                  noExercises ? null : exercises,
                  Instant.ofEpochMilli(rs.getLong(7)),
                  metOn == null ? null : LocalDate.parse(metOn)));
        }
      }
    } catch (SQLException | java.io.IOException | IllegalArgumentException e) {
      throw new StoreException("cannot read goals: " + e.getMessage(), e);
    }
    return out;
  }

  @Override
  public boolean markMet(long learnerId, long goalId, LocalDate day) {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("mark-goal-met"))) {
      ps.setString(1, day.toString());
      ps.setLong(2, learnerId);
      ps.setLong(3, goalId);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new StoreException("cannot mark the goal met: " + e.getMessage(), e);
    }
  }

  /** Removes the learner's goal; false when there is no such goal. */
  @Override
  public boolean remove(long learnerId, long goalId) {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("remove-goal"))) {
      ps.setLong(1, learnerId);
      ps.setLong(2, goalId);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new StoreException("cannot remove the goal: " + e.getMessage(), e);
    }
  }

  /**
   * The learner's answers to a pack's exercises (study and reviews; not cram or placement) in the
   * {@code days} days before {@code until}, and when they first answered one of its exercises
   * (null: never): what {@link tutor.goal.GoalPlanner#pace} needs.
   */
  @Override
  public tutor.goal.RecentAnswers recentAnswers(
      long learnerId, String packId, Instant until, int days) {
    return recentAnswers(learnerId, packId, until, days, null);
  }

  @Override
  public tutor.goal.RecentAnswers recentAnswers(
      long learnerId, String packId, Instant until, int days, Instant todayStart) {
    Instant since = until.minusSeconds(86_400L * days);
    try (PreparedStatement count = c.prepareStatement(SQL.get("count-recent-answers"));
        PreparedStatement first = c.prepareStatement(SQL.get("first-answer-at"))) {
      count.setLong(1, learnerId);
      count.setString(2, packId);
      count.setLong(3, since.toEpochMilli());
      count.setLong(4, until.toEpochMilli());
      first.setLong(1, learnerId);
      first.setString(2, packId);
      int n;
      try (ResultSet rs = count.executeQuery()) {
        n = rs.next() ? rs.getInt(1) : 0;
      }
      Instant firstAt = null;
      try (ResultSet rs = first.executeQuery()) {
        if (rs.next()) {
          long at = rs.getLong(1);
          if (!rs.wasNull()) firstAt = Instant.ofEpochMilli(at);
        }
      }
      if (todayStart == null) return new tutor.goal.RecentAnswers(n, firstAt, until, days);
      int today = 0;
      if (todayStart.isBefore(until)) {
        count.setLong(3, Math.max(since.toEpochMilli(), todayStart.toEpochMilli()));
        try (ResultSet rs = count.executeQuery()) {
          today = rs.next() ? rs.getInt(1) : 0;
        }
      }
      return new tutor.goal.RecentAnswers(n, firstAt, until, days, today, todayStart);
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }

  @Override
  public tutor.goal.AnswerTimes answerTimes(long learnerId) {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("latest-answer-times"))) {
      ps.setLong(1, learnerId);
      ps.setInt(2, tutor.goal.AnswerTimes.READ);
      long[] times = new long[tutor.goal.AnswerTimes.READ];
      int n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next() && n < times.length) times[n++] = rs.getLong(1);
      }
      return tutor.goal.AnswerTimes.of(times, n);
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }

  @Override
  public double reviewLoad(long learnerId, String packId) {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("review-load"))) {
      ps.setLong(1, learnerId);
      ps.setString(2, packId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getDouble(1) : 0;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the cards: " + e.getMessage(), e);
    }
  }
}
