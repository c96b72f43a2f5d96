package tutor.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tutor.pack.CardKey;
import tutor.schedule.CardPhase;
import tutor.store.LoggedReview;
import tutor.store.StoreException;

/**
 * Every answer of a learner with all that the profile, calibration and reports look at, as {@link
 * LoggedReview}s; the one place a row of {@code reviews} becomes a record ({@link #read}).
 */
public final class AnswerHistory {
  /** The columns {@link #read} reads, in its order. */
  static final String COLUMNS =
      "pack_id, exercise_id, reviewed_at, kind, rating, correct, response_ms, hints_used, answer,"
          + " phase_before, confidence, shown, disputed";

  private AnswerHistory() {}

  /** The learner's answers, oldest first. */
  public static List<LoggedReview> of(SqliteStore store, long learnerId) {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM reviews WHERE learner_id = ? ORDER BY reviewed_at, id")) {
      ps.setLong(1, learnerId);
      List<LoggedReview> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(read(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }

  /** The review at the result's current row, selected with {@link #COLUMNS}. */
  static LoggedReview read(ResultSet rs) throws SQLException {
    long ms = rs.getLong(7);
    Long response = rs.wasNull() ? null : ms;
    int c = rs.getInt(11);
    Integer confidence = rs.wasNull() ? null : c;
    return new LoggedReview(
        new CardKey(rs.getString(1), rs.getString(2)),
        Instant.ofEpochMilli(rs.getLong(3)),
        rs.getString(4),
        rs.getInt(5),
        rs.getInt(6) != 0,
        response,
        rs.getInt(8),
        rs.getString(9),
        CardPhase.fromName(rs.getString(10)),
        confidence,
        rs.getInt(12) != 0,
        rs.getInt(13) != 0);
  }
}
