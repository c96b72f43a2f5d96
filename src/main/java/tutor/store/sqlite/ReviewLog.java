package tutor.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tutor.store.StoreException;

/** A learner's review log as the statistics read it: when, what, how it went, how long it took. */
public final class ReviewLog {
  /**
   * One answer.
   *
   * @param phaseBefore the card's phase before the answer: new, learning, review or relearning
   * @param rating 1 Again, 2 Hard, 3 Good, 4 Easy
   * @param responseMillis time to answer, or null when unknown (piped input)
   */
  public record Entry(
      Instant at, String packId, String phaseBefore, int rating, Long responseMillis) {
    /** Whether it was remembered: any rating but Again. */
    public boolean recalled() {
      return rating > 1;
    }
  }

  /**
   * The answers of a quarter of an hour, summed: enough to place them on the learner's study days
   * (time zones differ from UTC by whole quarters of an hour, and a day starts on the hour), and a
   * thousand times fewer than the answers of a long history.
   *
   * @param reviews answers to cards in the review phase; recalled: of those, rated above Again
   * @param untimed answers whose time is unknown
   */
  public record Tally(
      Instant start, int answers, int reviews, int recalled, long timedMillis, int untimed) {}

  /** Length of a tally, in milliseconds. */
  public static final long TALLY_MILLIS = 15 * 60 * 1000L;

  private ReviewLog() {}

  /**
   * The learner's answers up to {@code until} (included), summed per quarter of an hour by an
   * aggregate query on the (learner, time) index, oldest first; {@code packId} null for every pack.
   */
  public static List<Tally> tallies(
      SqliteStore store, long learnerId, Instant until, String packId) {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT reviewed_at / "
                    + TALLY_MILLIS
                    + " AS q, count(*), sum(phase_before = 'review'),"
                    + " sum(phase_before = 'review' AND rating > 1), coalesce(sum(response_ms), 0), sum(response_ms IS NULL)"
                    + " FROM reviews WHERE learner_id = ? AND reviewed_at <= ? AND (? IS NULL OR pack_id = ?)"
                    + " GROUP BY q ORDER BY q")) {
      ps.setLong(1, learnerId);
      ps.setLong(2, until.toEpochMilli());
      ps.setString(3, packId);
      ps.setString(4, packId);
      List<Tally> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Tally(
                  Instant.ofEpochMilli(rs.getLong(1) * TALLY_MILLIS),
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

  /** The same tallies from answers already read (tests, and the reports' exports). */
  public static List<Tally> tallies(List<Entry> log) {
    java.util.TreeMap<Long, long[]> q = new java.util.TreeMap<>();
    for (Entry e : log) {
      long[] t =
          q.computeIfAbsent(Math.floorDiv(e.at().toEpochMilli(), TALLY_MILLIS), k -> new long[5]);
      boolean review = "review".equals(e.phaseBefore());
      t[0]++;
      if (review) t[1]++;
      if (review && e.recalled()) t[2]++;
      if (e.responseMillis() == null) t[4]++;
      else t[3] += e.responseMillis();
    }
    List<Tally> out = new ArrayList<>();
    q.forEach(
        (k, t) ->
            out.add(
                new Tally(
                    Instant.ofEpochMilli(k * TALLY_MILLIS),
                    (int) t[0],
                    (int) t[1],
                    (int) t[2],
                    t[3],
                    (int) t[4])));
    return out;
  }

  /**
   * The learner's answers since {@code since}, oldest first; {@code packId} null for every pack.
   */
  public static List<Entry> since(SqliteStore store, long learnerId, Instant since, String packId) {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
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
          out.add(
              new Entry(
                  Instant.ofEpochMilli(rs.getLong(1)),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4),
                  response));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }
}
