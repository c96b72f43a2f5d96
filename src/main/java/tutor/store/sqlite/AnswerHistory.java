package tutor.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tutor.pack.CardKey;
import tutor.store.CardRow;
import tutor.store.LoggedReview;
import tutor.store.StoreException;

/**
 * Every answer of a learner with all that the profile, calibration and reports look at, as {@link
 * LoggedReview}s; the one place a row of {@code reviews} becomes a record ({@link #read}), for the
 * history and for {@link SqliteStore#reviewLog} alike.
 */
public final class AnswerHistory {
  private static final Sql SQL = Sql.of(AnswerHistory.class);

  private AnswerHistory() {}

  /** The learner's answers, oldest first. */
  public static List<LoggedReview> of(SqliteStore store, long learnerId) {
    try (PreparedStatement ps = store.connection().prepareStatement(SQL.get("of"))) {
      ps.setLong(1, learnerId);
      return readAll(ps);
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }

  /**
   * Every review a statement selects, oldest first, its columns in the order {@link #read} takes.
   */
  static List<LoggedReview> readAll(PreparedStatement ps) throws SQLException {
    List<LoggedReview> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.add(read(rs));
    }
    return out;
  }

  /**
   * The review at the result's current row, selected as pack_id, exercise_id, reviewed_at, kind,
   * rating, correct, response_ms, hints_used, answer, phase_before, confidence, shown, disputed.
   */
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
        CardRow.phase(rs.getString(10)),
        confidence,
        rs.getInt(12) != 0,
        rs.getInt(13) != 0);
  }
}
