package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import tutor.schedule.StudyDay;
import tutor.schedule.StudyTime;
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
      ps.setLong(2, StudyTime.MAX_ANSWER_MILLIS);
      ps.setLong(3, learnerId);
      ps.setLong(4, until.toEpochMilli());
      ps.setString(5, packId);
      ps.setString(6, packId);
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
      ps.setLong(2, StudyTime.MAX_ANSWER_MILLIS);
      ps.setLong(3, learnerId);
      ps.setLong(4, ceilingMillis(from));
      ps.setLong(5, until.toEpochMilli());
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

  private static final long DAY_MILLIS = 86_400_000L;

  /**
   * The study days on which the learner answered anything from {@code from} (included; null: from
   * the first answer) to {@code until} (included). One statement, run once per span in which the
   * learner's zone keeps its offset (one for a zone without daylight saving, two a year with it),
   * seeks the first answer of each next study day on the (learner, time) index: a history costs a
   * look per study day, not per answer or per calendar day since the first.
   */
  public static SortedSet<LocalDate> studyDays(
      SqliteStore store, long learnerId, StudyDay day, Instant from, Instant until) {
    return studyDays(store.connection(), learnerId, day, from, until);
  }

  /** {@link #studyDays(SqliteStore, long, StudyDay, Instant, Instant)} on a connection. */
  static SortedSet<LocalDate> studyDays(
      Connection c, long learnerId, StudyDay day, Instant from, Instant until) {
    SortedSet<LocalDate> out = new TreeSet<>();
    studyDays(c, learnerId, day, from, until, out::add);
    return out;
  }

  /**
   * The same days given to {@code each}, oldest first, each once (a day cut by a change of offset
   * is sampled in both spans), none kept.
   */
  static void studyDays(
      Connection c,
      long learnerId,
      StudyDay day,
      Instant from,
      Instant until,
      java.util.function.Consumer<LocalDate> each) {
    // answers are stored in whole milliseconds: up to until included is before its next one
    long end = until.toEpochMilli() + 1;
    long rollover = day.rolloverHour() * 3_600_000L;
    ZoneRules rules = day.zone().getRules();
    LocalDate last = null;
    try (PreparedStatement first = c.prepareStatement(SQL.get("first-answer-between"));
        PreparedStatement samples = c.prepareStatement(SQL.get("study-day-samples"))) {
      first.setLong(1, learnerId);
      first.setLong(2, from == null ? Long.MIN_VALUE : ceilingMillis(from));
      first.setLong(3, end);
      long start;
      try (ResultSet rs = first.executeQuery()) {
        if (!rs.next()) return;
        start = rs.getLong(1);
        if (rs.wasNull()) return;
      }
      samples.setLong(1, learnerId);
      while (start < end) {
        Instant at = Instant.ofEpochMilli(start);
        ZoneOffsetTransition change = rules.nextTransition(at);
        long spanEnd = change == null ? end : Math.min(end, change.getInstant().toEpochMilli());
        // within the span: the day of an answer at t is floor((t + shift) / day), as
        // StudyDay.dateOf counts it (wall-clock time less the rollover hour)
        long shift = rules.getOffset(at).getTotalSeconds() * 1000L - rollover;
        samples.setLong(2, start);
        samples.setLong(3, spanEnd);
        samples.setLong(4, shift);
        try (ResultSet rs = samples.executeQuery()) {
          while (rs.next()) {
            LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(rs.getLong(1) + shift, DAY_MILLIS));
            if (last == null || d.isAfter(last)) {
              each.accept(d);
              last = d;
            }
          }
        }
        start = spanEnd;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }

  /** The first whole millisecond at or after {@code at} (answer times are stored in those). */
  private static long ceilingMillis(Instant at) {
    long ms = at.toEpochMilli();
    return Instant.ofEpochMilli(ms).equals(at) ? ms : ms + 1;
  }
}
