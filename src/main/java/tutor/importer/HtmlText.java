package tutor.importer;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Anki fields are HTML; tutor shows plain text. The HTML is parsed as a browser would (jsoup):
 * block elements ({@code <div>}, {@code <p>}, headings, table rows...) and {@code <br>} end a line,
 * so {@code shoulder<div>Flexion} stays two words on two lines; list items become "- " lines, table
 * cells are separated by " | ", furigana ({@code <ruby>漢字<rt>かんじ</rt></ruby>}) is written in
 * brackets after its word, entities are decoded. Media references ([sound:...], images) are
 * removed; {@link AnkiMedia} collects them.
 */
final class HtmlText {
  private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]*\\]");
  private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  /** Tags that mark a field as HTML rather than text that happens to contain '<'. */
  static final Pattern LOOKS_LIKE_HTML =
      Pattern.compile(
          "</?(br|div|p|span|b|i|u|em|strong|img|sub|sup|font|ul|ol|li|hr|a|code|pre|table|tr|td|th|h[1-6]"
              + "|blockquote|ruby|rt)\\b[^>]*>|&(nbsp|amp|lt|gt|quot|#[0-9]+|#x[0-9a-fA-F]+);",
          Pattern.CASE_INSENSITIVE);

  /** Elements that start and end a line (what browsers lay out as blocks). */
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "ul",
          "caption");

  private static final Set<String> SKIPPED =
      Set.of("script", "style", "img", "audio", "video", "head", "title", "template", "rp");

  private HtmlText() {}

  /** True when {@code html} refers to a sound or an image. */
  static boolean hasMedia(String html) {
    return SOUND.matcher(html).find() || IMAGE.matcher(html).find();
  }

  static String toText(String html) {
    String withoutSound = SOUND.matcher(html.replace("\r\n", "\n")).replaceAll("");
    Element body = Jsoup.parseBodyFragment(withoutSound).body();
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText());
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e) || node == body) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) return FilterResult.SKIP_ENTIRELY;
            switch (tag) {
              case "br" -> out.append('\n');
              case "li" -> out.append("\n- ");
              case "td", "th" -> {
                if (e.elementSiblingIndex() > 0) out.append(" | ");
              }
              case "rt" -> out.append('(');
              default -> {
                if (BLOCKS.contains(tag)) out.append('\n');
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && node != body) {
              if (e.normalName().equals("rt")) out.append(')');
              else if (BLOCKS.contains(e.normalName())) out.append('\n');
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    StringBuilder lines = new StringBuilder();
    for (String line : out.toString().split("\n", -1)) {
      lines.append(line.replaceAll("[ \\t\\u00A0]+", " ").strip()).append('\n');
    }
    return lines.toString().replaceAll("\n{3,}", "\n\n").strip();
  }
}
