package tutor.grade;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import tutor.pack.Normalization;

/** Compares typed answers with a key, ignoring the differences the pack says do not count. */
public final class TextMatch {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");

  private TextMatch() {}

  public static String normalize(String s, Normalization n) {
    // NFC always: "é" typed as e + combining accent is the same letter.
    String out = Normalizer.normalize(s, Normalizer.Form.NFC);
    if (!n.whitespaceSensitive()) out = SPACES.matcher(out.strip()).replaceAll(" ");
    if (!n.punctuationSensitive()) {
      String stripped = EDGE_PUNCTUATION.matcher(out).replaceAll("");
      // An answer that is nothing but punctuation ("..") keeps it.
      if (!stripped.isEmpty()) out = stripped;
    }
    if (!n.accentSensitive()) {
      out = Normalizer.normalize(
          MARKS.matcher(Normalizer.normalize(out, Normalizer.Form.NFD)).replaceAll(""),
          Normalizer.Form.NFC);
    }
    if (!n.caseSensitive()) out = out.toLowerCase(Locale.ROOT);
    return out;
  }

  public static boolean matches(String typed, String key, Normalization n) {
    return normalize(typed, n).equals(normalize(key, n));
  }

  /** Whole-answer regex match on the normalised answer. */
  public static boolean matchesRegex(String typed, String regex, Normalization n) {
    int flags = n.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    return Pattern.compile(regex, flags).matcher(normalize(typed, n)).matches()
        || Pattern.compile(regex, flags).matcher(Normalizer.normalize(typed.strip(), Normalizer.Form.NFC)).matches();
  }
}
