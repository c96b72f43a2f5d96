package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import tutor.pack.CardKey;
import tutor.store.History;
import tutor.store.StoreException;

/** What every learner's answers say about each exercise (all learners in this database). */
final class ExerciseStats {
  private static final Sql SQL = Sql.of(ExerciseStats.class);

  private final Connection c;

  ExerciseStats(SqliteStore store) {
    this.c = store.connection();
  }

  /**
   * Everyone's first attempts at each installed exercise that {@code learnerId} has not seen yet,
   * with its pack difficulty: what refines the difficulty of new material.
   */
  public Map<CardKey, History.FirstAttempts> firstAttemptsAtUnseen(long learnerId) {
    Map<CardKey, History.FirstAttempts> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("first-attempts-at-unseen"))) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(
              new CardKey(rs.getString(1), rs.getString(2)),
              new History.FirstAttempts(rs.getInt(5), rs.getInt(3), rs.getInt(4)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
    return out;
  }
}
