package tutor.store.sqlite;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tutor.importer.HistoryReplay;
import tutor.store.ExportSource;
import tutor.store.ExportWriter;
import tutor.store.Learner;
import tutor.store.Portability;

/**
 * Export, import and erasure on a SQLite store: {@link Exporter}, {@link Importer}, {@link
 * HistoryImport}, {@link LearnerEraser}.
 */
final class SqlitePortability implements Portability {
  private final SqliteStore store;

  SqlitePortability(SqliteStore store) {
    this.store = store;
  }

  @Override
  public Map<String, Long> export(Learner learner, Instant now, ExportWriter out) {
    return Exporter.write(store, learner, now, out);
  }

  @Override
  public Imported importExport(
      ExportSource source, String as, boolean laterDates, MasteryCheck mastery) {
    return Importer.restore(store, source, as, laterDates, mastery);
  }

  @Override
  public Map<String, Integer> rows(Learner learner) {
    return LearnerEraser.rows(store, learner);
  }

  @Override
  public Map<String, Integer> erase(Learner learner) {
    return LearnerEraser.erase(store, learner);
  }

  @Override
  public HistoryWritten importHistory(
      long learnerId, String packId, List<HistoryReplay.Card> cards) {
    return HistoryImport.write(store, learnerId, packId, cards);
  }
}
