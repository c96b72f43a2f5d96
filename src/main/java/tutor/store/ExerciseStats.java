package tutor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** What every learner's answers say about each exercise (all learners in this database). */
public final class ExerciseStats {
  /** First attempts at an exercise and how many were right. */
  public record FirstAttempts(int attempts, int right) {}

  private final Connection c;

  public ExerciseStats(SqliteStore store) {
    this.c = store.connection();
  }

  public Map<CardKey, FirstAttempts> firstAttempts() {
    Map<CardKey, FirstAttempts> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT pack_id, exercise_id, count(*), sum(correct)"
        + " FROM reviews WHERE phase_before = 'new' AND kind <> 'cram' GROUP BY pack_id, exercise_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(new CardKey(rs.getString(1), rs.getString(2)), new FirstAttempts(rs.getInt(3), rs.getInt(4)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
    return out;
  }
}
