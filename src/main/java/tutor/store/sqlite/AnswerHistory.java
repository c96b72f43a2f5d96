package tutor.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tutor.pack.CardKey;
import tutor.store.StoreException;

/**
 * Every answer of a learner with all that the profile, calibration and reports look at. The same
 * rows come out of an export (tutor.report reads them from there), so this record is the one shape
 * of "an answer" outside the session.
 */
public final class AnswerHistory {
  /**
   * One row of the review log.
   *
   * @param kind "study" or "placement"
   * @param rating 1 Again, 2 Hard, 3 Good, 4 Easy
   * @param responseMillis null when unknown (piped input)
   * @param answer what the learner gave, as stored
   * @param phaseBefore new, learning, review or relearning
   * @param confidence 1 guessing to 3 sure, null when not asked
   * @param shown the learner asked to see the answer (:show): a miss with nothing typed
   * @param disputed the grader rejected it and the learner counted it as right (:dispute)
   */
  public record Answer(
      CardKey card,
      Instant at,
      String kind,
      int rating,
      boolean correct,
      Long responseMillis,
      int hintsUsed,
      String answer,
      String phaseBefore,
      Integer confidence,
      boolean shown,
      boolean disputed) {
    /** An answer neither shown nor disputed (and every answer of a log older than schema 10). */
    public Answer(
        CardKey card,
        Instant at,
        String kind,
        int rating,
        boolean correct,
        Long responseMillis,
        int hintsUsed,
        String answer,
        String phaseBefore,
        Integer confidence) {
      this(
          card,
          at,
          kind,
          rating,
          correct,
          responseMillis,
          hintsUsed,
          answer,
          phaseBefore,
          confidence,
          false,
          false);
    }
  }

  private AnswerHistory() {}

  /** The learner's answers, oldest first. */
  public static List<Answer> of(SqliteStore store, long learnerId) {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT pack_id, exercise_id, reviewed_at, kind, rating, correct, response_ms, hints_used, answer,"
                    + " phase_before, confidence, shown, disputed FROM reviews WHERE learner_id = ? ORDER BY reviewed_at, id")) {
      ps.setLong(1, learnerId);
      List<Answer> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long ms = rs.getLong(7);
          Long response = rs.wasNull() ? null : ms;
          int c = rs.getInt(11);
          Integer confidence = rs.wasNull() ? null : c;
          out.add(
              new Answer(
                  new CardKey(rs.getString(1), rs.getString(2)),
                  Instant.ofEpochMilli(rs.getLong(3)),
                  rs.getString(4),
                  rs.getInt(5),
                  rs.getInt(6) != 0,
                  response,
                  rs.getInt(8),
                  rs.getString(9),
                  rs.getString(10),
                  confidence,
                  rs.getInt(12) != 0,
                  rs.getInt(13) != 0));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the review log: " + e.getMessage(), e);
    }
  }
}
