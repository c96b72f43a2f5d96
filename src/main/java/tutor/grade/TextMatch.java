package tutor.grade;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import tutor.pack.Normalization;

/** Compares typed answers with a key, ignoring the differences the pack says do not count. */
public final class TextMatch {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // Sentence punctuation around an answer ("Paris." or "(Paris)"), not symbols that are part of
  // it: "C++" and "C#" must not both become "C".
  private static final String EDGE = "[.,;:!?¡¿\"'“”‘’«»()\\[\\]]";
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^(?:" + EDGE + "|\\s)+|(?:" + EDGE + "|\\s)+$");
  private static final Pattern EDGE_PUNCTUATION_ONLY =
      Pattern.compile("^" + EDGE + "+|" + EDGE + "+$");

  private TextMatch() {}

  public static String normalize(String s, Normalization n) {
    // NFC always: "é" typed as e + combining accent is the same letter.
    String out = Normalizer.normalize(s, Normalizer.Form.NFC);
    if (!n.whitespaceSensitive()) out = SPACES.matcher(out.strip()).replaceAll(" ");
    if (!n.punctuationSensitive()) {
      Pattern edges = n.whitespaceSensitive() ? EDGE_PUNCTUATION_ONLY : EDGE_PUNCTUATION;
      String stripped = edges.matcher(out).replaceAll("");
      // An answer that is nothing but punctuation ("..") keeps it.
      if (!stripped.isEmpty()) out = stripped;
    }
    if (!n.accentSensitive()) out = stripMarks(out);
    if (!n.caseSensitive()) out = out.toLowerCase(Locale.ROOT);
    return out;
  }

  private static String stripMarks(String s) {
    return Normalizer.normalize(
        MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll(""),
        Normalizer.Form.NFC);
  }

  public static boolean matches(String typed, String key, Normalization n) {
    return normalize(typed, n).equals(normalize(key, n));
  }

  /** Whole-answer regex match on the normalised answer. */
  public static boolean matchesRegex(String typed, String regex, Normalization n) {
    int flags = n.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    if (!n.accentSensitive()) regex = stripMarks(regex); // marks are never regex syntax
    return Pattern.compile(regex, flags).matcher(normalize(typed, n)).matches()
        || Pattern.compile(regex, flags)
            .matcher(Normalizer.normalize(typed.strip(), Normalizer.Form.NFC))
            .matches();
  }
}
