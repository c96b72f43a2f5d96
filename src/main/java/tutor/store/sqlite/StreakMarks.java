package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import tutor.schedule.StudyDay;
import tutor.store.History.StreakMark;
import tutor.store.StoreException;

/** Streaks counted up to a past day (migration 023), dropped by triggers when answers change. */
final class StreakMarks {
  private static final Sql SQL = Sql.of(StreakMarks.class);

  private StreakMarks() {}

  static Optional<StreakMark> mark(Connection c, long learnerId, StudyDay day) {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("mark"))) {
      ps.setLong(1, learnerId);
      ps.setString(2, day.zone().getId());
      ps.setInt(3, day.rolloverHour());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        return Optional.of(new StreakMark(LocalDate.parse(rs.getString(1)), rs.getInt(2)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }

  /**
   * Keeps the mark; a database that cannot be written now (read-only, busy) keeps none, and the
   * next session counts the streak from the answers again: a count kept to save time is not worth
   * failing for.
   */
  static void keep(Connection c, long learnerId, StudyDay day, StreakMark mark) {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("keep"))) {
      ps.setLong(1, learnerId);
      ps.setString(2, day.zone().getId());
      ps.setInt(3, day.rolloverHour());
      ps.setString(4, mark.through().toString());
      ps.setLong(5, day.startOf(mark.through().plusDays(1)).toEpochMilli());
      ps.setInt(6, mark.days());
      ps.executeUpdate();
    } catch (SQLException e) {
      // not kept: see above
    }
  }
}
