package tutor.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tutor.importer.HistoryReplay;

/**
 * A learner's data in and out of the store: export (docs/data-formats.md), import of an export,
 * import of a deck's history, and erasure. Each reads a consistent snapshot or writes in one
 * transaction.
 */
public interface Portability {
  /** Writes the learner's data to {@code out}; returns the rows written per table. */
  Map<String, Long> export(Learner learner, Instant now, ExportWriter out);

  /**
   * All of the learner's data in memory (for tests and small uses; exports stream with {@link
   * #export(Learner, Instant, ExportWriter)}).
   */
  default LearnerExport export(Learner learner, Instant now) {
    LearnerExport.Collector collector = new LearnerExport.Collector();
    export(learner, now, collector);
    return collector.result();
  }

  /**
   * Imports the export as learner {@code as}, or under the export's own name if {@code as} is null,
   * in one transaction; throws {@link ImportRefused} saying why it cannot. A row dated after the
   * export was made is refused as tampering unless {@code laterDates}: an export holds nothing
   * later than itself, but for a clock that was wrong when an answer was given. {@code mastery}
   * says what becomes of a skill whose mastery is not what the export's own answers made of it
   * (changed by hand; checked in the packs installed at the export's version, whose parameters the
   * answers were weighed with).
   */
  Imported importExport(ExportSource source, String as, boolean laterDates, MasteryCheck mastery);

  /** What an import does with mastery the export's own answers do not give (doctor's check). */
  enum MasteryCheck {
    /** Imported as it is: the rows as they were written (a copy between stores). */
    AS_IS,
    /** Refused ({@link ImportRefused}, naming the first skill): what {@code tutor import} does. */
    REFUSE,
    /** The mastery the answers give is imported instead, and the skills named. */
    MEND
  }

  /** {@link #importExport(ExportSource, String, boolean, MasteryCheck)}, the rows as they are. */
  default Imported importExport(ExportSource source, String as, boolean laterDates) {
    return importExport(source, as, laterDates, MasteryCheck.AS_IS);
  }

  /** {@link #importExport(ExportSource, String, boolean)} refusing rows dated after the export. */
  default Imported importExport(ExportSource source, String as) {
    return importExport(source, as, false);
  }

  /**
   * The learner imported, the rows imported per table, and the skills whose mastery was written
   * back from the answers (import with mend), one line each.
   */
  record Imported(Learner learner, Map<String, Long> rows, List<String> mended) {
    public Imported {
      mended = List.copyOf(mended);
    }

    /** Nothing mended. */
    public Imported(Learner learner, Map<String, Long> rows) {
      this(learner, rows, List.of());
    }
  }

  /** What the learner has, per learner table: rows that erasing would delete. */
  Map<String, Integer> rows(Learner learner);

  /** Deletes the learner and all their rows; returns the rows deleted per table. */
  Map<String, Integer> erase(Learner learner);

  /**
   * Writes a deck's imported history ({@code cards} of pack {@code packId}) into the learner's
   * progress, in one transaction: each card's state and its past answers as review rows of kind
   * {@value #HISTORY_KIND}. Throws {@link HistoryRefused}, with nothing written, when the learner
   * has already answered an exercise of the pack: their own progress comes first.
   */
  HistoryWritten importHistory(long learnerId, String packId, List<HistoryReplay.Card> cards);

  /** The review kind of answers imported from a deck's history. */
  String HISTORY_KIND = "anki";

  /** The cards and review rows a history import wrote. */
  record HistoryWritten(int cards, int reviews) {}

  /** Why a deck's history was not imported. */
  final class HistoryRefused extends RuntimeException {
    public HistoryRefused(String message) {
      super(message);
    }
  }
}
