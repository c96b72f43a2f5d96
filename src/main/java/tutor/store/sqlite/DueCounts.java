package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tutor.pack.CardKey;
import tutor.store.CardRow;
import tutor.store.DueItem;
import tutor.store.DueOutlook;

/**
 * Due cards counted and listed from the due-time indexes (migration 013): each count is a range of
 * an index, so what {@code tutor due} and {@code tutor stats} show costs the same at 1,000 or
 * 100,000 cards. Cards of retired exercises and suspended leeches are left out by counting them
 * apart, from the retired exercises and the leeches (few) rather than by looking up the exercise of
 * every card: a suspended leech is out of study until unsuspended, so it is not due either (as in
 * Anki).
 */
final class DueCounts {
  private static final Sql SQL = Sql.of(DueCounts.class);

  private final Connection c;
  private final long learnerId;
  private Boolean anyRetired;
  private Boolean anySuspended;

  DueCounts(Connection c, long learnerId) {
    this.c = c;
    this.learnerId = learnerId;
  }

  /** Cards due in {@code [from, until)} (epoch ms), of one phase and one pack when not null. */
  int count(String phase, String packId, long from, long until) throws SQLException {
    if (from >= until) return 0;
    int all = count(countDue(phase, packId), phase, packId, from, until);
    if (anyRetired()) all -= count(countRetiredDue(phase, packId), phase, packId, from, until);
    if (anySuspended()) all -= count(countSuspendedDue(phase, packId), phase, packId, from, until);
    return all;
  }

  private static String countDue(String phase, String packId) {
    if (phase == null) return packId == null ? SQL.get("count-due") : SQL.get("count-due-of-pack");
    return packId == null ? SQL.get("count-due-of-phase") : SQL.get("count-due-of-phase-and-pack");
  }

  private static String countRetiredDue(String phase, String packId) {
    if (phase == null) {
      return packId == null ? SQL.get("count-retired-due") : SQL.get("count-retired-due-of-pack");
    }
    return packId == null
        ? SQL.get("count-retired-due-of-phase")
        : SQL.get("count-retired-due-of-phase-and-pack");
  }

  private static String countSuspendedDue(String phase, String packId) {
    if (phase == null) {
      return packId == null
          ? SQL.get("count-suspended-due")
          : SQL.get("count-suspended-due-of-pack");
    }
    return packId == null
        ? SQL.get("count-suspended-due-of-phase")
        : SQL.get("count-suspended-due-of-phase-and-pack");
  }

  /** Whether the learner has a card of a retired exercise at all (most have none): asked once. */
  private boolean anyRetired() throws SQLException {
    if (anyRetired == null) anyRetired = exists(SQL.get("any-retired"));
    return anyRetired;
  }

  /** Whether the learner has a suspended leech at all (most have none): asked once. */
  private boolean anySuspended() throws SQLException {
    if (anySuspended == null) anySuspended = exists(SQL.get("any-suspended"));
    return anySuspended;
  }

  private boolean exists(String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    }
  }

  private int count(String sql, String phase, String packId, long from, long until)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setLong(i++, learnerId);
      ps.setLong(i++, from);
      ps.setLong(i++, until);
      if (phase != null) ps.setString(i++, phase);
      if (packId != null) ps.setString(i, packId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /**
   * Cards due now: due at {@code now} or before, or reviews due before {@code reviewsDueBefore} (a
   * review due today is due all day).
   */
  int dueNow(long now, long reviewsDueBefore) throws SQLException {
    return count(null, null, Long.MIN_VALUE, now + 1)
        + count("review", null, now + 1, reviewsDueBefore);
  }

  /** Cards not due now that fall due in {@code [from, until)}. */
  int later(long now, long reviewsDueBefore, long from, long until) throws SQLException {
    long lo = Math.max(from, now + 1);
    return count(null, null, lo, until)
        - count("review", null, lo, Math.min(until, reviewsDueBefore));
  }

  /**
   * The first {@code limit} cards due now, soonest due first (then in the order they were made).
   */
  List<DueItem> listDueNow(long now, long reviewsDueBefore, int limit) throws SQLException {
    List<DueItem> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("list-due-now"))) {
      ps.setLong(1, learnerId);
      ps.setLong(2, Math.max(reviewsDueBefore, now + 1));
      ps.setLong(3, now);
      ps.setInt(4, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(item(rs));
      }
    }
    return out;
  }

  /** The first {@code limit} cards due before {@code until}, soonest first. */
  List<DueItem> listBefore(long until, int limit) throws SQLException {
    List<DueItem> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("list-due-before"))) {
      ps.setLong(1, learnerId);
      ps.setLong(2, until);
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(item(rs));
      }
    }
    return out;
  }

  /**
   * What is due now (counted, and the first {@code listed}), when the next card falls due, and how
   * many fall due between consecutive {@code bounds} after now.
   */
  DueOutlook outlook(Instant now, Instant reviewsDueBefore, List<Instant> bounds, int listed)
      throws SQLException {
    long at = now.toEpochMilli();
    long reviews = reviewsDueBefore.toEpochMilli();
    List<Integer> later = new ArrayList<>();
    long from = at + 1;
    for (Instant b : bounds) {
      later.add(later(at, reviews, from, b.toEpochMilli()));
      from = Math.max(from, b.toEpochMilli());
    }
    long until = bounds.isEmpty() ? at + 1 : bounds.get(bounds.size() - 1).toEpochMilli();
    return new DueOutlook(
        dueNow(at, reviews), listDueNow(at, reviews, listed), next(at, reviews, until), later);
  }

  /**
   * Cards due before each of {@code bounds} and not before the one before it; of one pack if set.
   */
  List<Integer> counts(String packId, List<Instant> bounds) throws SQLException {
    List<Integer> out = new ArrayList<>();
    long from = Long.MIN_VALUE;
    for (Instant b : bounds) {
      out.add(count(null, packId, from, b.toEpochMilli()));
      from = Math.max(from, b.toEpochMilli());
    }
    return out;
  }

  /** When the first card not due now falls due, if before {@code until}. */
  Optional<Instant> next(long now, long reviewsDueBefore, long until) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("next-due"))) {
      ps.setLong(1, learnerId);
      ps.setLong(2, now);
      ps.setLong(3, until);
      ps.setLong(4, reviewsDueBefore);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
      }
    }
  }

  /** A row of pack, exercise, phase, due, stability, last review and skill title. */
  static DueItem item(ResultSet rs) throws SQLException {
    long last = rs.getLong(6);
    Instant lastReview = rs.wasNull() ? null : Instant.ofEpochMilli(last);
    return new DueItem(
        new CardKey(rs.getString(1), rs.getString(2)),
        rs.getString(7),
        CardRow.phase(rs.getString(3)),
        Instant.ofEpochMilli(rs.getLong(4)),
        rs.getDouble(5),
        lastReview);
  }
}
