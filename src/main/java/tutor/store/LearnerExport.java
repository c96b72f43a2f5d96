package tutor.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * All of one learner's data, as {@code tutor export} writes it and {@code tutor import} reads it
 * (docs/data-formats.md). Rows hold the database's values: Long, Double, String or null; a value
 * read back from CSV is a String, turned into the column's type when it is imported.
 *
 * @param schema the schema version of the database it came from
 * @param packs the installed version of each pack the data refers to
 * @param tables per learner table (in import order), its rows without the learner_id column
 */
public record LearnerExport(int formatVersion, int schema, Instant exportedAt, String learner,
    long learnerCreatedAt, Map<String, String> packs, Map<String, Table> tables) {

  public static final String FORMAT = "tutor-export";
  public static final int FORMAT_VERSION = 1;

  /** One table: column names, then rows of values in that order. */
  public record Table(List<String> columns, List<List<Object>> rows) {}

  /** Rows per table, for messages: "812 reviews, 95 cards, mastery of 12 skills, 30 other rows". */
  public String describe() {
    List<String> parts = new java.util.ArrayList<>();
    int reviews = rows("reviews");
    int cards = rows("cards");
    int mastery = rows("mastery");
    if (reviews > 0) parts.add(reviews + (reviews == 1 ? " review" : " reviews"));
    if (cards > 0) parts.add(cards + (cards == 1 ? " card" : " cards"));
    if (mastery > 0) parts.add("mastery of " + mastery + (mastery == 1 ? " skill" : " skills"));
    int other = tables.values().stream().mapToInt(t -> t.rows().size()).sum() - reviews - cards - mastery;
    if (other > 0) parts.add(other + (other == 1 ? " other row" : " other rows"));
    return parts.isEmpty() ? "no data yet" : String.join(", ", parts);
  }

  private int rows(String table) {
    Table t = tables.get(table);
    return t == null ? 0 : t.rows().size();
  }
}
