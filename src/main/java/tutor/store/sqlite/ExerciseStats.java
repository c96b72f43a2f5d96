package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import tutor.pack.CardKey;
import tutor.store.StoreException;

/** What every learner's answers say about each exercise (all learners in this database). */
public final class ExerciseStats {
  /** First attempts at an exercise and how many were right. */
  public record FirstAttempts(int attempts, int right) {}

  private final Connection c;

  public ExerciseStats(SqliteStore store) {
    this.c = store.connection();
  }

  /**
   * Everyone's first attempts at each exercise that {@code learnerId} has not seen yet: what
   * refines the difficulty of new material.
   */
  public Map<CardKey, FirstAttempts> firstAttemptsAtUnseen(long learnerId) {
    Map<CardKey, FirstAttempts> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT pack_id, exercise_id, count(*), sum(correct)"
                + " FROM reviews r INDEXED BY reviews_first_attempts WHERE phase_before = 'new' AND kind <> 'cram'"
                + " AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.learner_id = ? AND c.pack_id = r.pack_id"
                + " AND c.exercise_id = r.exercise_id) GROUP BY pack_id, exercise_id")) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(
              new CardKey(rs.getString(1), rs.getString(2)),
              new FirstAttempts(rs.getInt(3), rs.getInt(4)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
    return out;
  }
}
