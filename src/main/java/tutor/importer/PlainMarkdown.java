package tutor.importer;

import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown turned to the plain text it stands for ({@code **bold**} gives "bold"), with
 * commonmark's text renderer: for fields that tutor shows as written, not as Markdown. Inline code
 * keeps its text without quotes (a command stays the command); blocks stay separated by a blank
 * line.
 */
final class PlainMarkdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final TextContentRenderer RENDERER =
      TextContentRenderer.builder()
          .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
          .nodeRendererFactory(
              context ->
                  new NodeRenderer() {
                    @Override
                    public Set<Class<? extends Node>> getNodeTypes() {
                      return Set.of(Code.class);
                    }

                    @Override
                    public void render(Node node) {
                      context.getWriter().write(((Code) node).getLiteral());
                    }
                  })
          .build();

  private PlainMarkdown() {}

  static String text(String markdown) {
    if (markdown == null || markdown.isBlank()) return markdown == null ? "" : markdown.strip();
    return RENDERER.render(PARSER.parse(markdown)).strip();
  }
}
