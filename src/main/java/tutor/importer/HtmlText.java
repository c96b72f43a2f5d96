package tutor.importer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anki fields are HTML; tutor shows plain text. Line breaks and list items become lines, other
 * tags go, entities are decoded, and media references ([sound:...], images) are removed; callers
 * learn whether there were any, to warn that media is not imported.
 */
final class HtmlText {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern SCRIPT = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1\\s*>",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]*\\]");
  private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BREAK = Pattern.compile(
      "<br\\s*/?>|</(div|p|li|tr|h[1-6]|blockquote|pre|table|ul|ol)\\s*>|<hr\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ITEM = Pattern.compile("<li\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CELL = Pattern.compile("</t[dh]\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  /** Tags that mark a field as HTML rather than text that happens to contain '<'. */
  static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
      "</?(br|div|p|span|b|i|u|em|strong|img|sub|sup|font|ul|ol|li|hr|a|code|pre|table|tr|td|th)\\b[^>]*>|&nbsp;",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
      Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
      Map.entry("hellip", "…"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("lsquo", "‘"),
      Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("copy", "©"),
      Map.entry("reg", "®"), Map.entry("deg", "°"), Map.entry("times", "×"), Map.entry("divide", "÷"),
      Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("euro", "€"), Map.entry("pound", "£"),
      Map.entry("yen", "¥"), Map.entry("cent", "¢"), Map.entry("sect", "§"), Map.entry("para", "¶"),
      Map.entry("plusmn", "±"), Map.entry("frac12", "½"), Map.entry("frac14", "¼"), Map.entry("frac34", "¾"),
      Map.entry("sup2", "²"), Map.entry("sup3", "³"), Map.entry("shy", ""), Map.entry("zwj", "\u200D"),
      Map.entry("zwnj", "\u200C"), Map.entry("rarr", "→"), Map.entry("larr", "←"), Map.entry("harr", "↔"),
      Map.entry("le", "≤"), Map.entry("ge", "≥"), Map.entry("ne", "≠"), Map.entry("minus", "−"));

  private HtmlText() {}

  /** True when {@code html} refers to a sound or an image. */
  static boolean hasMedia(String html) {
    return SOUND.matcher(html).find() || IMAGE.matcher(html).find();
  }

  static String toText(String html) {
    String s = COMMENT.matcher(html).replaceAll("");
    s = SCRIPT.matcher(s).replaceAll("");
    s = SOUND.matcher(s).replaceAll("");
    s = IMAGE.matcher(s).replaceAll("");
    s = s.replace("\r\n", "\n");
    s = ITEM.matcher(s).replaceAll("\n- ");
    s = CELL.matcher(s).replaceAll(" | ");
    s = BREAK.matcher(s).replaceAll("\n");
    s = TAG.matcher(s).replaceAll("");
    s = decode(s);
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      out.append(line.replaceAll("[ \\t\\u00A0]+", " ").strip()).append('\n');
    }
    return out.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  static String decode(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = null;
      if (name.startsWith("#")) {
        try {
          int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
              ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
          if (Character.isValidCodePoint(cp) && cp != 0) value = new String(Character.toChars(cp));
        } catch (NumberFormatException e) {
          value = null;
        }
      } else {
        value = NAMED.get(name);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
