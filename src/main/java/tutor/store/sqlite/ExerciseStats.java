package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import tutor.pack.CardKey;
import tutor.store.History;
import tutor.store.StoreException;

/** What every learner's answers say about each exercise (all learners in this database). */
final class ExerciseStats {
  private static final Sql SQL = Sql.of(ExerciseStats.class);

  private final Connection c;
  private PreparedStatement firstAttempts; // closed with the connection

  ExerciseStats(SqliteStore store) {
    this.c = store.connection();
  }

  /**
   * Everyone's first attempts at {@code exercise}, if it is installed, not retired and unseen by
   * {@code learnerId}, with its pack difficulty: what refines the difficulty of new material.
   */
  public Optional<History.FirstAttempts> firstAttemptsAtUnseen(long learnerId, CardKey exercise) {
    try {
      // prepared once and kept: a pick weighs each new candidate of a skill, one look each
      if (firstAttempts == null)
        firstAttempts = c.prepareStatement(SQL.get("first-attempts-at-unseen"));
      PreparedStatement ps = firstAttempts;
      ps.setLong(1, learnerId);
      ps.setString(2, exercise.packId());
      ps.setString(3, exercise.exerciseId());
      try (ResultSet rs = ps.executeQuery()) {
        // an aggregate: one row, with no attempts when there are none to count
        if (!rs.next() || rs.getInt(1) == 0) return Optional.empty();
        return Optional.of(new History.FirstAttempts(rs.getInt(3), rs.getInt(1), rs.getInt(2)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }
}
