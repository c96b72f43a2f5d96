package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import tutor.importer.HistoryReplay;
import tutor.schedule.CardState;
import tutor.store.Portability;

/**
 * Writes a deck's imported history into a learner's progress, in one transaction: each card's state
 * (when it is due, its memory) and its past answers as review rows of kind {@value
 * Portability#HISTORY_KIND}, which `tutor optimize` fits on and `tutor undo` never takes back.
 */
final class HistoryImport {
  private static final Sql SQL = Sql.of(HistoryImport.class);

  private HistoryImport() {}

  /**
   * Writes {@code cards} of pack {@code packId} for the learner. Refused, with nothing written,
   * when the learner has already answered an exercise of the pack: their own progress comes first.
   */
  static Portability.HistoryWritten write(
      SqliteStore store, long learnerId, String packId, List<HistoryReplay.Card> cards) {
    Connection c = store.connection();
    return store.transaction(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("count-answers-in-pack"))) {
            ps.setLong(1, learnerId);
            ps.setString(2, packId);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next() && rs.getLong(1) > 0) {
                throw new Portability.HistoryRefused(
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
          try (PreparedStatement review = c.prepareStatement(SQL.get("insert-review"));
              PreparedStatement card = c.prepareStatement(SQL.get("upsert-card"))) {
            for (HistoryReplay.Card k : cards) {
              for (HistoryReplay.Review r : k.reviews()) {
                review.setLong(1, learnerId);
                review.setString(2, packId);
                review.setString(3, k.exerciseId());
                review.setLong(4, r.at().toEpochMilli());
                review.setString(5, Portability.HISTORY_KIND);
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
          return new Portability.HistoryWritten(cardRows, reviewRows);
        });
  }
}
