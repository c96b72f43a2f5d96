package tutor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anki's cloze deletions ({@code {{c1::answer::hint}}}) in tutor's terms. Anki makes one card per
 * number; so does the importer: for card n, the deletions numbered n become gaps and the others are
 * shown as plain text. Gaps are marked with private-use characters while the HTML around them is
 * turned to text, then written as tutor's {@code {{answer}}}.
 */
final class AnkiCloze {
  static final Pattern DELETION =
      Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?}}", Pattern.DOTALL);
  static final char OPEN = '\uE000';
  static final char CLOSE = '\uE001';

  private AnkiCloze() {}

  /** The numbers of the deletions in {@code text}, in order. */
  static TreeSet<Integer> numbers(String text) {
    TreeSet<Integer> out = new TreeSet<>();
    Matcher m = DELETION.matcher(text);
    while (m.find()) out.add(Integer.parseInt(m.group(1)));
    return out;
  }

  /** The field for card {@code n}: its deletions marked as gaps, collecting their hints. */
  static String forCard(String field, int n, List<String> hints) {
    Matcher m = DELETION.matcher(field);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean gap = Integer.parseInt(m.group(1)) == n;
      if (gap && m.group(3) != null && !m.group(3).isBlank())
        hints.add(HtmlText.toText(m.group(3)));
      String answer = m.group(2);
      m.appendReplacement(
          out, java.util.regex.Matcher.quoteReplacement(gap ? OPEN + answer + CLOSE : answer));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Text (already free of HTML) with marked gaps, in tutor's cloze syntax; null if a gap cannot be
   * written.
   */
  static String toTutor(String marked) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < marked.length()) {
      int open = marked.indexOf(OPEN, i);
      if (open < 0) {
        out.append(marked, i, marked.length());
        break;
      }
      int close = marked.indexOf(CLOSE, open);
      if (close < 0) return null;
      String answer = marked.substring(open + 1, close).replaceAll("\\s+", " ").strip();
      // tutor's gap syntax gives '|' and braces a meaning; such an answer cannot be a gap.
      if (answer.isEmpty()
          || answer.contains("|")
          || answer.contains("{")
          || answer.contains("}")
          || answer.indexOf(OPEN) >= 0) {
        return null;
      }
      out.append(marked, i, open).append("{{").append(answer).append("}}");
      i = close + 1;
    }
    String text = out.toString();
    return text.indexOf(OPEN) >= 0 || text.indexOf(CLOSE) >= 0 ? null : text;
  }

  /** Deletions shown as their answers: the field as Anki shows it on the back. */
  static String revealed(String field) {
    return DELETION.matcher(field).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
  }

  static List<Integer> list(TreeSet<Integer> numbers) {
    return new ArrayList<>(numbers);
  }
}
