package tutor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an Anki card template ({@code {{Front}}}, {@code {{#Field}}...{{/Field}}}, {@code
 * {{^Field}}...{{/Field}}}, filters such as {@code {{text:Field}}}) with a note's fields, to HTML.
 * Enough of Anki's template language to find what a card asks and answers, whether Anki would
 * generate the card at all, and which fields are typed in ({@code {{type:Field}}}, which renders as
 * nothing).
 */
final class AnkiTemplate {
  private static final Pattern SECTION =
      Pattern.compile("\\{\\{([#^])\\s*([^{}]+?)\\s*}}(.*?)\\{\\{/\\s*\\2\\s*}}", Pattern.DOTALL);
  private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}#^/!][^{}]*?)\\s*}}");

  /** Anki's furigana syntax in a field: {@code 漢字[かんじ]}, optionally after a space. */
  private static final Pattern READING = Pattern.compile(" ?([^ \\[\\]<>]+)\\[([^\\]]+)\\]");

  private static final int MAX_PASSES = 50;

  private AnkiTemplate() {}

  /**
   * A rendered side.
   *
   * @param showsField whether a field of the note with something in it was shown: Anki generates a
   *     card only when its question side does
   * @param typed the fields typed in ({@code {{type:Back}}} gives "Back")
   * @param furigana whether readings were written in brackets (the furigana filter)
   */
  record Rendered(String html, boolean showsField, List<String> typed, boolean furigana) {}

  /**
   * @param specials values of the special fields (FrontSide, Tags, Deck, ...)
   * @param cloze how to render a field under the {@code cloze:} filter
   */
  static Rendered render(
      String template,
      Map<String, String> fields,
      Map<String, String> specials,
      UnaryOperator<String> cloze) {
    String s = template;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Matcher m = SECTION.matcher(s);
      if (!m.find()) break;
      String value = fields.getOrDefault(m.group(2), specials.getOrDefault(m.group(2), ""));
      boolean show = m.group(1).equals("#") == present(value);
      s = s.substring(0, m.start()) + (show ? m.group(3) : "") + s.substring(m.end());
    }
    Matcher m = FIELD.matcher(s);
    StringBuilder out = new StringBuilder();
    boolean showsField = false;
    boolean furigana = false;
    List<String> typed = new ArrayList<>();
    while (m.find()) {
      List<String> parts = List.of(m.group(1).split(":"));
      String name = parts.get(parts.size() - 1).strip();
      List<String> filters =
          parts.subList(0, parts.size() - 1).stream().map(String::strip).toList();
      String value = fields.containsKey(name) ? fields.get(name) : specials.getOrDefault(name, "");
      if (filters.contains("type")) {
        typed.add(name);
        value = "";
      } else if (filters.contains("cloze")) {
        value = cloze.apply(value);
      } else if (filters.contains("furigana") && READING.matcher(value).find()) {
        furigana = true;
        value = READING.matcher(value).replaceAll("$1($2)");
      } else if (filters.contains("kanji")) {
        value = READING.matcher(value).replaceAll("$1");
      } else if (filters.contains("kana")) {
        value = READING.matcher(value).replaceAll("$2");
      }
      if (fields.containsKey(name) && !filters.contains("type") && present(value))
        showsField = true;
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return new Rendered(out.toString(), showsField, typed, furigana);
  }

  private static boolean present(String value) {
    return !HtmlText.toText(value).isBlank() || HtmlText.hasMedia(value);
  }
}
