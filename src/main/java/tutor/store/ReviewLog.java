package tutor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A learner's review log as the statistics read it: when, what, how it went, how long it took. */
public final class ReviewLog {
  /**
   * One answer.
   *
   * @param phaseBefore the card's phase before the answer: new, learning, review or relearning
   * @param rating 1 Again, 2 Hard, 3 Good, 4 Easy
   * @param responseMillis time to answer, or null when unknown (piped input)
   */
  public record Entry(Instant at, String packId, String phaseBefore, int rating, Long responseMillis) {
    /** Whether it was remembered: any rating but Again. */
    public boolean recalled() {
      return rating > 1;
    }
  }

  private ReviewLog() {}

  /** The learner's answers since {@code since}, oldest first; {@code packId} null for every pack. */
  public static List<Entry> since(SqliteStore store, long learnerId, Instant since, String packId) {
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT reviewed_at, pack_id, phase_before, rating, response_ms FROM reviews WHERE learner_id = ?"
            + " AND reviewed_at >= ? AND (? IS NULL OR pack_id = ?) ORDER BY reviewed_at, id")) {
      ps.setLong(1, learnerId);
      ps.setLong(2, since.toEpochMilli());
      ps.setString(3, packId);
      ps.setString(4, packId);
      List<Entry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long ms = rs.getLong(5);
          Long response = rs.wasNull() ? null : ms;
          out.add(new Entry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getInt(4), response));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }
}
