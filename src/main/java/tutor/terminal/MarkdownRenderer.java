package tutor.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Lessons in the terminal: CommonMark parsed by commonmark-java, rendered here to lines wrapped to
 * the width, code blocks set apart and never reflowed (a line too long for the screen is broken
 * with a mark, {@link #codeLine}), tables aligned, links with their address. With {@link
 * Style#PLAIN} the output is words only: no colour, no box drawing.
 */
public final class MarkdownRenderer {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

  private final Style style;
  private final int width;
  private final List<String> out = new ArrayList<>();

  private MarkdownRenderer(Style style, int width) {
    this.style = style;
    this.width = Math.max(30, width);
  }

  public static List<String> render(String markdown, Style style, int width) {
    MarkdownRenderer r = new MarkdownRenderer(style, width);
    r.blocks(PARSER.parse(markdown), "", "");
    while (!r.out.isEmpty() && r.out.get(r.out.size() - 1).isEmpty())
      r.out.remove(r.out.size() - 1);
    return r.out;
  }

  /**
   * Renders the blocks under {@code parent}; {@code first} prefixes the first line, {@code rest}
   * the others.
   */
  private void blocks(Node parent, String first, String rest) {
    String prefix = first;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      block(n, prefix, rest);
      prefix = rest;
    }
  }

  /**
   * A code line with its tabs as spaces, to stops every 4 columns: a terminal moves a tab on to the
   * next stop of 8, so a line measured as fitting could overflow the screen, and a raw tab reaches
   * the learner's copy of the text as a tab.
   */
  static String expandTabs(String line) {
    if (line.indexOf('\t') < 0) return line;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') out.append(" ".repeat(4 - out.length() % 4));
      else out.append(c);
    }
    return out.toString();
  }

  /** Marks the start of the rest of a code line too long for the screen (with symbols). */
  static final String CODE_GOES_ON = "↪ ";

  /**
   * A code line as screen lines of at most {@code room} characters: never reflowed or joined, but a
   * line longer than the screen is broken, at its last space that leaves at least half a line (else
   * at the width), and the rest goes on the next line behind {@link #CODE_GOES_ON}; in words only,
   * the broken line ends with a backslash, as a shell command continued on the next line (which the
   * shell would join back into the same line). Nothing is lost: the pieces without their marks are
   * the line.
   */
  private List<String> codeLine(String line, int room) {
    return codeLine(line, room, style.symbols());
  }

  /** {@link #codeLine(String, int)} for any screen: with or without symbols. */
  public static List<String> codeLine(String line, int room, boolean symbols) {
    room = Math.max(10, room);
    if (line.codePointCount(0, line.length()) <= room) return List.of(line);
    List<String> pieces = new ArrayList<>();
    String restOfLine = line;
    boolean first = true;
    while (true) {
      String lead = first || !symbols ? "" : CODE_GOES_ON;
      int fits = room - lead.length();
      if (restOfLine.codePointCount(0, restOfLine.length()) <= fits) {
        pieces.add(lead + restOfLine);
        return pieces;
      }
      if (!symbols) fits -= 1; // room for the backslash
      int cut = restOfLine.offsetByCodePoints(0, fits);
      int space = restOfLine.lastIndexOf(' ', cut - 1);
      if (space >= fits / 2) cut = space + 1; // the space stays on the first piece
      pieces.add(lead + restOfLine.substring(0, cut) + (symbols ? "" : "\\"));
      restOfLine = restOfLine.substring(cut);
      first = false;
    }
  }

  private void blank() {
    if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) out.add("");
  }

  private void block(Node n, String first, String rest) {
    if (n instanceof Heading h) {
      blank();
      String text = inline(h);
      wrap(h.getLevel() == 1 ? style.bold(style.cyan(text)) : style.bold(text), first, rest);
      if (!style.color() && h.getLevel() <= 2)
        out.add(
            rest
                + "="
                    .repeat(Math.min(visible(text), width - rest.length()))
                    .replace('=', h.getLevel() == 1 ? '=' : '-'));
      out.add("");
    } else if (n instanceof Paragraph) {
      wrap(inline(n), first, rest);
      if (!(n.getParent() instanceof ListItem)) out.add("");
    } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
      String code =
          n instanceof FencedCodeBlock f ? f.getLiteral() : ((IndentedCodeBlock) n).getLiteral();
      blank();
      for (String line : code.stripTrailing().split("\n", -1)) {
        for (String piece : codeLine(expandTabs(line), width - visible(rest) - 4))
          out.add(rest + "    " + (style.color() ? style.dim(piece) : piece));
      }
      out.add("");
    } else if (n instanceof BulletList || n instanceof OrderedList) {
      int number = n instanceof OrderedList o ? startOf(o) : 0;
      for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        String marker =
            n instanceof OrderedList ? (number++) + ". " : (style.symbols() ? "• " : "- ");
        blocks(
            item,
            (item == n.getFirstChild() ? first : rest) + marker,
            rest + " ".repeat(marker.length()));
      }
      if (!(n.getParent() instanceof ListItem)) out.add("");
    } else if (n instanceof BlockQuote) {
      String bar = style.symbols() ? "│ " : "> ";
      blocks(n, first + bar, rest + bar);
    } else if (n instanceof ThematicBreak) {
      out.add(rest + (style.symbols() ? "─" : "-").repeat(Math.min(40, width - rest.length())));
      out.add("");
    } else if (n instanceof TableBlock) {
      table(n, rest);
    } else if (n instanceof HtmlBlock) {
      // Lessons must not need a browser: raw HTML is shown as the text it is.
      wrap(((HtmlBlock) n).getLiteral().strip(), first, rest);
      out.add("");
    } else {
      blocks(n, first, rest);
    }
  }

  private static int startOf(OrderedList o) {
    try {
      return (int) OrderedList.class.getMethod("getMarkerStartNumber").invoke(o);
    } catch (ReflectiveOperationException | ClassCastException | NullPointerException e) {
      return 1;
    }
  }

  private void table(Node table, String indent) {
    List<List<String>> rows = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) continue;
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) cells.add(inline(cell));
        }
        rows.add(cells);
      }
    }
    if (rows.isEmpty()) return;
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] w = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) w[i] = Math.max(w[i], visible(row.get(i)));
    }
    // Wider than the screen: narrow the widest column that has room to give (no narrower than its
    // longest word) until the table fits, and wrap the cells.
    int[] least = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        for (String word : words(row.get(i))) least[i] = Math.max(least[i], visible(word));
      }
    }
    int room = width - visible(indent) - 2 * (columns - 1);
    while (java.util.Arrays.stream(w).sum() > room) {
      int widest = -1;
      for (int i = 0; i < columns; i++)
        if (w[i] > least[i] && (widest < 0 || w[i] > w[widest])) widest = i;
      if (widest < 0) break; // every column at its longest word: wider than the screen it is
      w[widest]--;
    }
    blank();
    for (int r = 0; r < rows.size(); r++) {
      List<List<String>> cells = new ArrayList<>();
      int height = 1;
      for (int i = 0; i < columns; i++) {
        List<String> lines = cellLines(i < rows.get(r).size() ? rows.get(r).get(i) : "", w[i]);
        cells.add(lines);
        height = Math.max(height, lines.size());
      }
      for (int k = 0; k < height; k++) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < columns; i++) {
          String piece = k < cells.get(i).size() ? cells.get(i).get(k) : "";
          String padded = piece + " ".repeat(Math.max(0, w[i] - visible(piece)));
          line.append(r == 0 && !piece.isEmpty() ? style.bold(padded) : padded);
          if (i < columns - 1) line.append("  ");
        }
        out.add(line.toString().stripTrailing());
      }
      if (r == 0) {
        StringBuilder rule = new StringBuilder(indent);
        for (int i = 0; i < columns; i++) {
          rule.append((style.symbols() ? "─" : "-").repeat(w[i]));
          if (i < columns - 1) rule.append("  ");
        }
        out.add(rule.toString());
      }
    }
    out.add("");
  }

  /**
   * The words of styled text: cut at spaces outside a style and outside `code`, so that wrapping
   * leaves no colour running on into the next column and no command cut in two.
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean styled = false;
    boolean code = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\u001b') {
        java.util.regex.Matcher m = ANSI.matcher(text);
        if (m.find(i) && m.start() == i) {
          styled = !m.group().equals("\u001b[0m");
          word.append(m.group());
          i = m.end() - 1;
          continue;
        }
      }
      if (ch == '`') code = !code;
      if (ch == ' ' && !styled && !code) {
        if (word.length() > 0) words.add(word.toString());
        word.setLength(0);
      } else {
        word.append(ch);
      }
    }
    if (word.length() > 0) words.add(word.toString());
    return words;
  }

  /** A table cell word-wrapped to {@code width} by visible width ({@link #words}). */
  private static List<String> cellLines(String cell, int width) {
    List<String> words = words(cell);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : words) {
      if (line.length() > 0 && visible(line.toString()) + 1 + visible(w) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) line.append(' ');
      line.append(w);
    }
    if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
    return lines;
  }

  /** The inline content of a block as one styled string. */
  private String inline(Node parent) {
    StringBuilder sb = new StringBuilder();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) inline(n, sb);
    return sb.toString();
  }

  private void inline(Node n, StringBuilder sb) {
    if (n instanceof Text t) {
      sb.append(t.getLiteral());
    } else if (n instanceof Code c) {
      sb.append(style.color() ? style.cyan(c.getLiteral()) : "`" + c.getLiteral() + "`");
    } else if (n instanceof Emphasis) {
      String text = inline(n);
      sb.append(style.color() ? "\u001b[3m" + text + "\u001b[0m" : text);
    } else if (n instanceof StrongEmphasis) {
      sb.append(style.bold(inline(n)));
    } else if (n instanceof Link l) {
      String text = inline(n);
      String url = l.getDestination();
      sb.append(text.equals(url) || text.isEmpty() ? url : text + " (" + url + ")");
    } else if (n instanceof SoftLineBreak) {
      sb.append(' ');
    } else if (n instanceof HardLineBreak) {
      sb.append('\n');
    } else if (n instanceof HtmlInline h) {
      sb.append(h.getLiteral());
    } else {
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) inline(c, sb);
    }
  }

  /** Word-wraps styled text by its visible width. */
  private void wrap(String text, String first, String rest) {
    String prefix = first;
    for (String para : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder(prefix);
      int used = visible(prefix);
      boolean empty = true;
      for (String word : para.split(" +")) {
        if (word.isEmpty()) continue;
        int len = visible(word);
        if (!empty && used + 1 + len > width) {
          out.add(line.toString());
          line = new StringBuilder(rest);
          used = visible(rest);
          empty = true;
        }
        if (!empty) {
          line.append(' ');
          used++;
        }
        line.append(word);
        used += len;
        empty = false;
      }
      out.add(line.toString());
      prefix = rest;
    }
  }

  static int visible(String s) {
    return ANSI.matcher(s)
        .replaceAll("")
        .codePointCount(0, ANSI.matcher(s).replaceAll("").length());
  }
}
