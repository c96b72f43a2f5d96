package tutor.importer;

import java.util.Locale;

/**
 * A kind of thing an import could not keep as it was. Every one is counted and named in the
 * import's summary, so nothing is lost without a word.
 */
public enum Loss {
  NOT_GENERATED(
      "card",
      "skipped: Anki would not generate them (their question side shows no field, e.g. an"
          + " empty {{#Field}} section); Anki's Empty Cards removes them too"),
  UNSUPPORTED_NOTE_TYPE("card", "skipped: a note type tutor cannot import (Image Occlusion)"),
  NOTE_TYPE_MISSING("card", "skipped: their note type is missing from the collection"),
  TEMPLATE_MISSING("card", "skipped: their card template is missing"),
  EMPTY_SIDE(
      "card",
      "skipped: the front or the back is empty (or only an image or sound that is missing)"),
  CLOZE_UNWRITABLE(
      "card",
      "skipped: a cloze deletion tutor cannot write as a gap (nested, empty, or with '|' or"
          + " braces)"),
  CLOZE_NOT_ON_FRONT("card", "skipped: the cloze is not shown on the question side"),
  ROW_MALFORMED("row", "skipped: a different number of fields from the other rows"),
  ROW_DUPLICATE("row", "skipped: the same front as an earlier row"),
  CARD_INVALID("card", "skipped: not a valid exercise (see the warnings)"),
  HINTS_IGNORED("card", "hints left out (a flashcard shows none)"),
  MATH("card", "LaTeX/MathJax kept as raw text (tutor does not typeset it)"),
  HEADINGS("card", "headings flattened to plain lines"),
  TABLES("card", "tables flattened to lines of cells separated by '|'"),
  FURIGANA("card", "furigana (readings) written in brackets after the word"),
  FORMATTING("card", "bold, italics, colours, fonts, sub- and superscript shown as plain text"),
  LINKS("card", "links kept as their text, without their address"),
  MEDIA_MISSING("file", "images or sounds the cards refer to are not in the deck: left out"),
  MEDIA_TOO_LARGE("file", "images or sounds too large for a pack: left out"),
  TYPED_CLOZE_COMPARISON(
      "card", "type-in comparison shown by Anki is replaced by tutor's own grading"),
  HISTORY("review", "review history not brought (run the import with --with-history to keep it)"),
  SCHEDULE_SUSPENDED("card", "suspended or buried in Anki: tutor schedules them as usual");

  private final String unit;
  private final String description;

  Loss(String unit, String description) {
    this.unit = unit;
    this.description = description;
  }

  /** What is counted: card, row, file or review. */
  public String unit() {
    return unit;
  }

  public String description() {
    return description;
  }

  /** The name used in JSON: {@code not-generated}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** "3 cards: LaTeX/MathJax kept as raw text". */
  public String line(int count) {
    return count + " " + unit + (count == 1 ? "" : "s") + ": " + description;
  }
}
