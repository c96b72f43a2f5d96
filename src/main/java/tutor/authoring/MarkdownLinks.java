package tutor.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the link targets of a Markdown text, with the line each is on: inline links and images
 * {@code [text](target)}, autolinks {@code <scheme:...>} and reference definitions {@code [label]:
 * target}. Code spans and fenced code blocks are skipped: {@code [a](b)} in code is not a link.
 * Good enough to check targets; rendering is done elsewhere with a real parser.
 */
final class MarkdownLinks {
  /** One link target; {@code line} is 1-based within the text. */
  record Link(String target, int line, boolean image) {}

  private static final Pattern FENCE =
      Pattern.compile(
          "(?m)^ {0,3}(```+|~~~+)[^\\n]*\\n(?:.*\\n)*?(?: {0,3}\\1[`~]*[ \\t]*(?:\\n|$)|\\z)");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1", Pattern.DOTALL);
  private static final Pattern INLINE =
      Pattern.compile(
          "(!?)\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*(<[^>]*>|[^\\s)]*)(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\)");
  private static final Pattern AUTOLINK =
      Pattern.compile("<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*)>");
  private static final Pattern DEFINITION =
      Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");

  private MarkdownLinks() {}

  static List<Link> in(String markdown) {
    String text = blank(blank(markdown, FENCE), CODE_SPAN);
    List<Link> out = new ArrayList<>();
    Matcher m = INLINE.matcher(text);
    while (m.find())
      out.add(new Link(unbracket(m.group(2)), lineAt(text, m.start()), !m.group(1).isEmpty()));
    m = AUTOLINK.matcher(text);
    while (m.find()) out.add(new Link(m.group(1), lineAt(text, m.start()), false));
    m = DEFINITION.matcher(text);
    while (m.find()) out.add(new Link(unbracket(m.group(1)), lineAt(text, m.start()), false));
    out.sort(java.util.Comparator.comparingInt(Link::line));
    return out;
  }

  private static String unbracket(String target) {
    return target.startsWith("<") && target.endsWith(">")
        ? target.substring(1, target.length() - 1)
        : target;
  }

  /**
   * The text with every match replaced by spaces, keeping newlines so that offsets and lines stay.
   */
  private static String blank(String text, Pattern p) {
    StringBuilder sb = new StringBuilder(text);
    Matcher m = p.matcher(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (sb.charAt(i) != '\n') sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }

  private static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
    return line;
  }
}
