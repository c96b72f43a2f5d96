package tutor.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tutor.store.History;
import tutor.store.StoreException;

/** A learner's review log as the statistics read it: when, what, how it went, how long it took. */
public final class ReviewLog {
  private static final Sql SQL = Sql.of(ReviewLog.class);

  private ReviewLog() {}

  /**
   * The learner's answers up to {@code until} (included), summed per quarter of an hour by an
   * aggregate query on the (learner, time) index, oldest first; {@code packId} null for every pack.
   */
  public static List<History.Tally> tallies(
      SqliteStore store, long learnerId, Instant until, String packId) {
    try (PreparedStatement ps = store.connection().prepareStatement(SQL.get("tallies-until"))) {
      ps.setLong(1, History.TALLY_MILLIS);
      ps.setLong(2, learnerId);
      ps.setLong(3, until.toEpochMilli());
      ps.setString(4, packId);
      ps.setString(5, packId);
      List<History.Tally> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new History.Tally(
                  Instant.ofEpochMilli(rs.getLong(1) * History.TALLY_MILLIS),
                  rs.getInt(2),
                  rs.getInt(3),
                  rs.getInt(4),
                  rs.getLong(5),
                  rs.getInt(6)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }

  /**
   * The learner's answers from {@code from} to {@code until} (both included), summed per quarter of
   * an hour: a day's tallies, on the (learner, time) index.
   */
  public static List<History.Tally> tallies(
      SqliteStore store, long learnerId, Instant from, Instant until) {
    try (PreparedStatement ps = store.connection().prepareStatement(SQL.get("tallies-between"))) {
      ps.setLong(1, History.TALLY_MILLIS);
      ps.setLong(2, learnerId);
      ps.setLong(3, ceilingMillis(from));
      ps.setLong(4, until.toEpochMilli());
      List<History.Tally> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new History.Tally(
                  Instant.ofEpochMilli(rs.getLong(1) * History.TALLY_MILLIS),
                  rs.getInt(2),
                  rs.getInt(3),
                  rs.getInt(4),
                  rs.getLong(5),
                  rs.getInt(6)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }

  /** When the learner first answered anything (on the (learner, time) index), null when never. */
  public static Instant firstAnswer(SqliteStore store, long learnerId) {
    try (PreparedStatement ps = store.connection().prepareStatement(SQL.get("first-answer"))) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return null;
        long ms = rs.getLong(1);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }

  /** Spans asked in one statement: each an EXISTS on the (learner, time) index. */
  private static final int SPANS_PER_QUERY = 64;

  /**
   * Whether the learner answered anything in each span between consecutive {@code bounds} (from
   * included, to excluded).
   */
  public static List<Boolean> answeredIn(SqliteStore store, long learnerId, List<Instant> bounds) {
    List<Boolean> out = new ArrayList<>();
    int spans = Math.max(0, bounds.size() - 1);
    // A statement has as many columns as spans asked, so it is built here from the one-span
    // statement's EXISTS, repeated.
    String exists = SQL.get("answered-in-span").substring("SELECT ".length());
    try {
      for (int first = 0; first < spans; first += SPANS_PER_QUERY) {
        int n = Math.min(SPANS_PER_QUERY, spans - first);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < n; i++) {
          if (i > 0) sql.append(", ");
          sql.append(exists);
        }
        try (PreparedStatement ps = store.connection().prepareStatement(sql.toString())) {
          for (int i = 0; i < n; i++) {
            ps.setLong(3 * i + 1, learnerId);
            ps.setLong(3 * i + 2, ceilingMillis(bounds.get(first + i)));
            ps.setLong(3 * i + 3, ceilingMillis(bounds.get(first + i + 1)));
          }
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            for (int i = 0; i < n; i++) out.add(rs.getInt(i + 1) != 0);
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
    return out;
  }

  /** The first whole millisecond at or after {@code at} (answer times are stored in those). */
  private static long ceilingMillis(Instant at) {
    long ms = at.toEpochMilli();
    return Instant.ofEpochMilli(ms).equals(at) ? ms : ms + 1;
  }
}
