package tutor.importer;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an Anki card template ({@code {{Front}}}, {@code {{#Field}}...{{/Field}}},
 * {@code {{^Field}}...{{/Field}}}, filters such as {@code {{text:Field}}}) with a note's fields,
 * to HTML. Enough of Anki's template language to find what a card asks and answers; typing
 * boxes ({@code {{type:...}}}) render as nothing.
 */
final class AnkiTemplate {
  private static final Pattern SECTION = Pattern.compile(
      "\\{\\{([#^])\\s*([^{}]+?)\\s*}}(.*?)\\{\\{/\\s*\\2\\s*}}", Pattern.DOTALL);
  private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}#^/!][^{}]*?)\\s*}}");
  private static final int MAX_PASSES = 50;

  private AnkiTemplate() {}

  /**
   * @param specials values of the special fields (FrontSide, Tags, Deck, ...)
   * @param cloze how to render a field under the {@code cloze:} filter
   */
  static String render(String template, Map<String, String> fields, Map<String, String> specials,
      UnaryOperator<String> cloze) {
    String s = template;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Matcher m = SECTION.matcher(s);
      if (!m.find()) break;
      String value = fields.getOrDefault(m.group(2), specials.getOrDefault(m.group(2), ""));
      boolean present = !HtmlText.toText(value).isBlank() || HtmlText.hasMedia(value);
      boolean show = m.group(1).equals("#") == present;
      s = s.substring(0, m.start()) + (show ? m.group(3) : "") + s.substring(m.end());
    }
    Matcher m = FIELD.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      List<String> parts = List.of(m.group(1).split(":"));
      String name = parts.get(parts.size() - 1).strip();
      List<String> filters = parts.subList(0, parts.size() - 1).stream().map(String::strip).toList();
      String value = fields.containsKey(name) ? fields.get(name) : specials.getOrDefault(name, "");
      if (filters.contains("type")) value = "";
      else if (filters.contains("cloze")) value = cloze.apply(value);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
