package tutor.store;

/**
 * Text from a database or a file, made safe to print on a terminal: control characters (a newline,
 * ESC of a terminal escape sequence) and invisible format characters (such as a right-to-left
 * override) are shown as {@code \}{@code uXXXX} instead of acting on the terminal. Joiners, which
 * some scripts need, are kept.
 */
public final class Printable {
  private Printable() {}

  public static String escape(String s) {
    if (s == null) return "null";
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (safe(ch, s, i)) {
        if (out != null) out.append(ch);
        continue;
      }
      if (out == null) out = new StringBuilder(s.substring(0, i));
      out.append(String.format("\\u%04X", (int) ch));
    }
    return out == null ? s : out.toString();
  }

  private static boolean safe(char ch, String s, int i) {
    if (ch == '\u200C' || ch == '\u200D') return true;
    if (Character.isHighSurrogate(ch))
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    if (Character.isLowSurrogate(ch)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    int type = Character.getType(ch);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE;
  }
}
