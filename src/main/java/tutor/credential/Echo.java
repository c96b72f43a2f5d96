package tutor.credential;

/**
 * A value from a credential as it may appear in a message: control characters and lone surrogates
 * shown as '?', and cut after a set number of characters. A verifier's answer stays one readable
 * line whatever the file holds (a name with an escape sequence cannot drive the terminal).
 */
public final class Echo {
  static final int QUOTED = 60;

  private Echo() {}

  /** {@code s} in quotes, at most 60 of its characters. */
  static String quote(String s) {
    return "'"
        + clean(s, QUOTED)
        + "'"
        + (s.length() > QUOTED ? " (" + s.length() + " characters)" : "");
  }

  /**
   * {@code s} with what cannot be shown on one line replaced, cut to {@code max} characters and
   * "...".
   */
  public static String clean(String s, int max) {
    StringBuilder sb = new StringBuilder();
    int n = Math.min(s.length(), max);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        sb.append(c).append(s.charAt(++i));
      } else if (c < 0x20
          || (c >= 0x7f && c < 0xa0)
          || Character.isSurrogate(c)
          || c == '\u2028'
          || c == '\u2029'
          || (c >= '\u202a' && c <= '\u202e')
          || (c >= '\u2066' && c <= '\u2069')) {
        sb.append('?'); // controls, line separators and bidirectional overrides
      } else {
        sb.append(c);
      }
    }
    return s.length() > max ? sb.append("...").toString() : sb.toString();
  }
}
