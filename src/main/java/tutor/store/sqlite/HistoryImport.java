package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import tutor.importer.HistoryReplay;
import tutor.schedule.CardState;

/**
 * Writes a deck's imported history into a learner's progress, in one transaction: each card's state
 * (when it is due, its memory) and its past answers as review rows of kind {@value #KIND}, which
 * `tutor optimize` fits on and `tutor undo` never takes back.
 */
public final class HistoryImport {
  /** The kind of the review rows brought from Anki. */
  public static final String KIND = "anki";

  private HistoryImport() {}

  /** What was written. */
  public record Written(int cards, int reviews) {}

  /** Why nothing was written. */
  public static final class Refused extends RuntimeException {
    public Refused(String message) {
      super(message);
    }
  }

  /**
   * Writes {@code cards} of pack {@code packId} for the learner. Refused, with nothing written,
   * when the learner has already answered an exercise of the pack: their own progress comes first.
   */
  public static Written write(
      SqliteStore store, long learnerId, String packId, List<HistoryReplay.Card> cards) {
    Connection c = store.connection();
    return store.transaction(
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT count(*) FROM reviews WHERE learner_id = ? AND pack_id = ?")) {
            ps.setLong(1, learnerId);
            ps.setString(2, packId);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next() && rs.getLong(1) > 0) {
                throw new Refused(
                    "you already have answers in pack '"
                        + packId
                        + "' ("
                        + rs.getLong(1)
                        + "); the deck's history was not imported, so that nothing of yours is overwritten");
              }
            }
          }
          int cardRows = 0;
          int reviewRows = 0;
          try (PreparedStatement review =
                  c.prepareStatement(
                      "INSERT INTO reviews(learner_id, pack_id, exercise_id, reviewed_at, kind, rating, correct,"
                          + " response_ms, hints_used, answer, phase_before, elapsed_days, scheduled_days, stability,"
                          + " difficulty, card_before, mastery_before, shown, disputed)"
                          + " VALUES (?,?,?,?,?,?,?,?,0,'',?,?,0,?,?,NULL,'{}',0,0)");
              PreparedStatement card =
                  c.prepareStatement(
                      "INSERT INTO cards(learner_id, pack_id, exercise_id, phase, step, stability, difficulty, due,"
                          + " last_review, reps, lapses) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                          + " ON CONFLICT(learner_id, pack_id, exercise_id) DO UPDATE SET phase=excluded.phase,"
                          + " step=excluded.step, stability=excluded.stability, difficulty=excluded.difficulty,"
                          + " due=excluded.due, last_review=excluded.last_review, reps=excluded.reps,"
                          + " lapses=excluded.lapses")) {
            for (HistoryReplay.Card k : cards) {
              for (HistoryReplay.Review r : k.reviews()) {
                review.setLong(1, learnerId);
                review.setString(2, packId);
                review.setString(3, k.exerciseId());
                review.setLong(4, r.at().toEpochMilli());
                review.setString(5, KIND);
                review.setInt(6, r.rating());
                review.setInt(7, r.rating() > 1 ? 1 : 0);
                if (r.responseMillis() == null) review.setNull(8, Types.INTEGER);
                else review.setLong(8, r.responseMillis());
                review.setString(9, r.phaseBefore().name().toLowerCase(Locale.ROOT));
                review.setLong(10, r.elapsedDays());
                review.setDouble(11, r.stability());
                review.setDouble(12, r.difficulty());
                review.addBatch();
                reviewRows++;
              }
              CardState s = k.state();
              if (s == null) continue;
              card.setLong(1, learnerId);
              card.setString(2, packId);
              card.setString(3, k.exerciseId());
              card.setString(4, s.phase().name().toLowerCase(Locale.ROOT));
              card.setInt(5, s.step());
              card.setDouble(6, s.stability());
              card.setDouble(7, s.difficulty());
              card.setLong(8, s.due().toEpochMilli());
              card.setLong(9, s.lastReview().toEpochMilli());
              card.setInt(10, s.reps());
              card.setInt(11, s.lapses());
              card.addBatch();
              cardRows++;
            }
            review.executeBatch();
            card.executeBatch();
          }
          return new Written(cardRows, reviewRows);
        });
  }
}
