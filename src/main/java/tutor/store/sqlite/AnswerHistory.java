package tutor.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tutor.pack.CardKey;
import tutor.store.History;
import tutor.store.StoreException;

/**
 * Every answer of a learner with all that the profile, calibration and reports look at. The same
 * rows come out of an export (tutor.report reads them from there), so this record is the one shape
 * of "an answer" outside the session.
 */
public final class AnswerHistory {
  private static final Sql SQL = Sql.of(AnswerHistory.class);

  private AnswerHistory() {}

  /** The learner's answers, oldest first. */
  public static List<History.Answer> of(SqliteStore store, long learnerId) {
    try (PreparedStatement ps = store.connection().prepareStatement(SQL.get("of"))) {
      ps.setLong(1, learnerId);
      List<History.Answer> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long ms = rs.getLong(7);
          Long response = rs.wasNull() ? null : ms;
          int c = rs.getInt(11);
          Integer confidence = rs.wasNull() ? null : c;
          out.add(
              new History.Answer(
                  new CardKey(rs.getString(1), rs.getString(2)),
                  Instant.ofEpochMilli(rs.getLong(3)),
                  rs.getString(4),
                  rs.getInt(5),
                  rs.getInt(6) != 0,
                  response,
                  rs.getInt(8),
                  rs.getString(9),
                  rs.getString(10),
                  confidence,
                  rs.getInt(12) != 0,
                  rs.getInt(13) != 0));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }
}
