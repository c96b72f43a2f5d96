package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tutor.pack.SkillKey;

/**
 * What a learner has done: new exercises and reviews since a time, the times of the last answers,
 * the lessons seen.
 */
final class LearnerActivity {
  private static final Sql SQL = Sql.of(LearnerActivity.class);

  private final SqliteStore store;
  private final Connection c;

  LearnerActivity(SqliteStore store) {
    this.store = store;
    this.c = store.connection();
  }

  int introducedSince(long learnerId, Instant since) {
    return count(SQL.get("introduced-since"), learnerId, since);
  }

  int reviewedSince(long learnerId, Instant since) {
    return count(SQL.get("reviewed-since"), learnerId, since);
  }

  private int count(String sql, long learnerId, Instant since) {
    return store.query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, learnerId);
            ps.setLong(2, since.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getInt(1) : 0;
            }
          }
        });
  }

  /**
   * When the learner's last {@code limit} answers were given, newest first (what undo would take
   * back).
   */
  List<Instant> lastAnswerTimes(long learnerId, int limit) {
    return store.query(
        () -> {
          List<Instant> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("last-answer-times"))) {
            ps.setLong(1, learnerId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) out.add(Instant.ofEpochMilli(rs.getLong(1)));
            }
          }
          return out;
        });
  }

  Set<SkillKey> lessonsSeen(long learnerId) {
    return store.query(
        () -> {
          Set<SkillKey> out = new HashSet<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("lessons-seen"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) out.add(new SkillKey(rs.getString(1), rs.getString(2)));
            }
          }
          return out;
        });
  }

  void markLessonSeen(long learnerId, SkillKey skill, Instant at) {
    store.transaction(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("mark-lesson-seen"))) {
            ps.setLong(1, learnerId);
            ps.setString(2, skill.packId());
            ps.setString(3, skill.skillId());
            ps.setLong(4, at.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }
}
