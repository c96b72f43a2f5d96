package tutor.optimize;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tutor.json.Csv;

/**
 * Reads a review log in CSV (see docs/optimize.md): {@code card_id, review_time, rating} and
 * optionally {@code duration_ms} and {@code kind}. A first line starting with "card" is a header.
 * Without a kind, a card's earliest row counts as its learning start and the others as reviews.
 * Fields are read as RFC 4180 CSV ({@link Csv}: a quoted card id may hold a comma). Works on lines
 * already read, so that it stays free of I/O.
 */
public final class RevlogCsv {
  private static final int MIN_FIELDS = 3;
  private static final int MAX_FIELDS = 5;

  private RevlogCsv() {}

  /**
   * @throws RevlogFormatException at the first bad line: "FILE:LINE: what is wrong"
   */
  public static List<RevlogEntry> parse(String file, List<String> lines) {
    String text = String.join("\n", lines);
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    List<RevlogEntry> rows = new ArrayList<>();
    List<Boolean> kindGiven = new ArrayList<>();
    try {
      Csv.forEach(text, ',', false, row -> read(file, row, rows, kindGiven));
    } catch (Csv.NotCsvException e) {
      throw new RevlogFormatException(file + ":" + e.getMessage());
    }
    if (rows.isEmpty()) throw new RevlogFormatException(file + ": no reviews in the file");
    return withLearningStarts(rows, kindGiven);
  }

  /** One row of the log into {@code rows}; a blank line or the header adds nothing. */
  private static void read(
      String file, Csv.Row row, List<RevlogEntry> rows, List<Boolean> kindGiven) {
    List<String> f = row.fields();
    String first = f.get(0).strip();
    if (f.size() == 1 && first.isEmpty()) return; // a blank line
    if (row.line() == 1 && first.toLowerCase(Locale.ROOT).startsWith("card")) return;
    String where = file + ":" + row.line() + ": ";
    if (f.size() < MIN_FIELDS || f.size() > MAX_FIELDS) {
      throw new RevlogFormatException(
          where
              + "expected 3 to 5 comma-separated fields"
              + " (card_id, review_time, rating[, duration_ms[, kind]]), found "
              + f.size());
    }
    if (first.isEmpty()) throw new RevlogFormatException(where + "card_id is empty");
    long at = time(where, f.get(1).strip());
    String kindField = f.size() > 4 ? f.get(4).strip() : "";
    ReviewKind kind = kindField.isEmpty() ? null : kind(where, kindField);
    int rating = rating(where, f.get(2).strip(), kind);
    String durationField = f.size() > 3 ? f.get(3).strip() : "";
    Long duration = durationField.isEmpty() ? null : duration(where, durationField);
    rows.add(new RevlogEntry(first, at, rating, duration, kind == null ? ReviewKind.REVIEW : kind));
    kindGiven.add(kind != null);
  }

  /** Rows without a kind: the card's earliest row is where it was learned, the rest are reviews. */
  private static List<RevlogEntry> withLearningStarts(
      List<RevlogEntry> rows, List<Boolean> kindGiven) {
    Map<String, Integer> earliest = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      RevlogEntry e = rows.get(i);
      Integer j = earliest.get(e.cardId());
      if (j == null || e.reviewedAtMillis() < rows.get(j).reviewedAtMillis())
        earliest.put(e.cardId(), i);
    }
    List<RevlogEntry> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      RevlogEntry e = rows.get(i);
      boolean first = earliest.get(e.cardId()) == i;
      out.add(
          kindGiven.get(i) || !first
              ? e
              : new RevlogEntry(
                  e.cardId(),
                  e.reviewedAtMillis(),
                  e.rating(),
                  e.durationMillis(),
                  ReviewKind.LEARN));
    }
    return out;
  }

  private static long time(String where, String s) {
    if (s.matches("-?\\d{1,19}")) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        // too large: reported below
      }
    }
    try {
      return OffsetDateTime.parse(s).toInstant().toEpochMilli();
    } catch (DateTimeException e) {
      throw new RevlogFormatException(
          where
              + "review_time '"
              + s
              + "' is neither epoch milliseconds nor an ISO-8601 time with a zone (2024-03-01T09:30:00Z)");
    }
  }

  private static int rating(String where, String s, ReviewKind kind) {
    int r;
    try {
      r = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      r = -1;
    }
    boolean notAnAnswer =
        kind == ReviewKind.MANUAL
            || kind == ReviewKind.MANUAL_RESET
            || kind == ReviewKind.RESCHEDULED;
    if (r >= 1 && r <= 4 || r == 0 && notAnAnswer) return r;
    throw new RevlogFormatException(
        where + "rating '" + s + "' is not 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)");
  }

  private static long duration(String where, String s) {
    try {
      long d = Long.parseLong(s);
      if (d >= 0) return d;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new RevlogFormatException(
        where + "duration_ms '" + s + "' is not a whole number of milliseconds");
  }

  private static ReviewKind kind(String where, String s) {
    ReviewKind k = ReviewKind.fromCsv(s.toLowerCase(Locale.ROOT));
    if (k != null) return k;
    throw new RevlogFormatException(
        where
            + "kind '"
            + s
            + "' is not one of learn, review, relearn,"
            + " filtered, cram, manual, manual_reset, rescheduled");
  }
}
