package tutor.optimize;

import java.util.Locale;

/**
 * What kind of answer a review-log row records, as Anki's revlog distinguishes them. The item
 * builder needs it to find where a card's history starts and which rows are not real recalls.
 */
public enum ReviewKind {
  /** A new card's first answers (learning steps). */
  LEARN,
  /** A scheduled review of a learned card. */
  REVIEW,
  /** Relearning steps after a lapse. */
  RELEARN,
  /** A review in a filtered deck that reschedules the card: kept, like a review. */
  FILTERED,
  /** A filtered-deck review that does not reschedule: ignored. */
  CRAM,
  /** A due date set by hand: not an answer, ignored. */
  MANUAL,
  /** The card was reset to new: history before it does not count. */
  MANUAL_RESET,
  /** Rescheduled by a tool: not an answer, ignored. */
  RESCHEDULED;

  /** The lower-case name used in CSV files ({@code manual_reset}). */
  public String csvName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code name} in a CSV file, or null if there is none. */
  public static ReviewKind fromCsv(String name) {
    for (ReviewKind k : values()) {
      if (k.csvName().equals(name)) return k;
    }
    return null;
  }
}
