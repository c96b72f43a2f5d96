package tutor.store;

import java.text.BreakIterator;
import java.text.Normalizer;

/**
 * The rules of a learner's name, applied wherever a name comes in (learner add, import, --as): 1 to
 * 64 characters as a reader counts them (a letter with its accents is one), letters in any script
 * with their combining marks (हिन्दी, a decomposed é), digits, spaces and . _ - ', starting with a
 * letter or digit. No control characters, escapes, line breaks or path separators, so a name is
 * always safe to print and to put in a file name. Names are kept in NFC, so the same name typed
 * composed or decomposed is the same learner.
 */
public final class LearnerName {
  public static final int MAX = 64;
  public static final String RULE =
      "1-"
          + MAX
          + " letters (any script, with accents), digits, spaces,"
          + " '.', '_', '-' or apostrophes, starting with a letter or digit";

  private LearnerName() {}

  /** The name as stored: stripped, in NFC. */
  public static String normalize(String name) {
    return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
  }

  /** What is wrong with the (normalized) name, or null if it is fine. */
  public static String problem(String name) {
    String n = normalize(name);
    if (n.isEmpty()) return "a learner's name cannot be empty";
    if (n.length() > MAX * 8) return "a learner's name is at most " + MAX + " characters";
    int first = n.codePointAt(0);
    if (!Character.isLetterOrDigit(first)) return "a learner's name starts with a letter or digit";
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      int type = Character.getType(cp);
      boolean mark =
          type == Character.NON_SPACING_MARK
              || type == Character.COMBINING_SPACING_MARK
              || type == Character.ENCLOSING_MARK;
      boolean ok =
          Character.isLetterOrDigit(cp)
              || mark
              || cp == ' '
              || cp == '.'
              || cp == '_'
              || cp == '-'
              || cp == '\''
              || cp == '\u200C'
              || cp == '\u200D';
      if (!ok) {
        return "a learner's name cannot contain '"
            + Printable.escape(new String(Character.toChars(cp)))
            + "'";
      }
      i += Character.charCount(cp);
    }
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(n);
    int count = 0;
    while (it.next() != BreakIterator.DONE) count++;
    if (count > MAX)
      return "a learner's name is at most " + MAX + " characters (this one has " + count + ")";
    return null;
  }
}
