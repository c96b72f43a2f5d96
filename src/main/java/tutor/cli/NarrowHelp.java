package tutor.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import tutor.terminal.Wrap;

/**
 * Help's sections at a terminal narrower than Picocli's narrowest help (55 columns), laid out here
 * from Picocli's own pieces: the synopsis broken between its bracketed groups, never inside one;
 * prose wrapped between words; each option's names on a line and its description below them,
 * indented (as ripgrep's and git's long help are), so that it has most of the width. Words only:
 * colour codes would be counted as columns by nothing that wraps here.
 */
final class NarrowHelp {
  private NarrowHelp() {}

  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

  /** Where an option's description starts, under its names. */
  private static final String DESCRIPTION_INDENT = "      ";

  /** The synopsis, its groups ("[--db=FILE]") kept whole, continued under the first of them. */
  static String synopsis(Help help, int width) {
    String picocli = ANSI.matcher(help.synopsis(help.synopsisHeadingLength())).replaceAll("");
    String oneLine = String.join(" ", picocli.strip().split("\\s*\\n\\s*"));
    String name = help.commandSpec().qualifiedName();
    int heading = help.synopsisHeadingLength();
    String rest = oneLine.startsWith(name) ? oneLine.substring(name.length()).strip() : oneLine;
    int room = width - 1;
    int hang = heading + name.length() + 1;
    if (hang > room / 2) hang = heading;
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(name);
    int used = heading + name.length();
    for (String group : groups(rest)) {
      if (used + 1 + group.length() > room && used > hang) {
        lines.add(line.toString());
        line = new StringBuilder(" ".repeat(hang));
        used = hang;
        if (hang + group.length() > room) {
          // A group wider than a line (rare): its words, continued under it.
          for (String piece : Wrap.lines(group, room - hang, "")) {
            if (line.toString().isBlank()) line.append(piece);
            else {
              lines.add(line.toString());
              line = new StringBuilder(" ".repeat(hang) + piece);
            }
          }
          used = line.length();
          continue;
        }
      } else {
        line.append(' ');
        used++;
      }
      line.append(group);
      used += group.length();
    }
    lines.add(line.toString());
    return String.join("\n", lines) + "\n";
  }

  /** The synopsis's groups: split at spaces outside brackets and parentheses. */
  static List<String> groups(String synopsis) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder group = new StringBuilder();
    for (char c : synopsis.toCharArray()) {
      if (c == '[' || c == '(') depth++;
      if (c == ']' || c == ')') depth = Math.max(0, depth - 1);
      if (c == ' ' && depth == 0) {
        if (group.length() > 0) out.add(group.toString());
        group.setLength(0);
      } else {
        group.append(c);
      }
    }
    if (group.length() > 0) out.add(group.toString());
    return out;
  }

  /** The command's description, its paragraphs wrapped to the terminal. */
  static String description(Help help, int width) {
    String[] lines = help.commandSpec().usageMessage().description();
    if (lines.length == 0) return "";
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      String text = line.replace("%n", "\n").replace("%%", "%");
      for (String l : Wrap.lines(text, width - 1, "")) out.append(l.stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** Each option: its names, then what it does below them. */
  static String options(Help help, int width) {
    CommandSpec spec = help.commandSpec();
    List<OptionSpec> options = new ArrayList<>();
    for (OptionSpec o : spec.options()) if (!o.hidden()) options.add(o);
    Comparator<OptionSpec> sort = help.createDefaultOptionSort();
    if (sort != null) options.sort(sort);
    Help.IOptionRenderer renderer = help.createDefaultOptionRenderer();
    StringBuilder out = new StringBuilder();
    for (OptionSpec o : options)
      entry(out, renderer.render(o, help.parameterLabelRenderer(), help.colorScheme()), width);
    return out.toString();
  }

  /** Each positional parameter, as an option. */
  static String parameters(Help help, int width) {
    Help.IParameterRenderer renderer = help.createDefaultParameterRenderer();
    StringBuilder out = new StringBuilder();
    for (PositionalParamSpec p : help.commandSpec().positionalParameters()) {
      if (p.hidden()) continue;
      entry(out, renderer.render(p, help.parameterLabelRenderer(), help.colorScheme()), width);
    }
    return out.toString();
  }

  /**
   * One row of Picocli's option table (its columns: a mark, short name, comma, long name and label,
   * description; one row per line of the description) as a line of names and the description below,
   * its lines joined into paragraphs as the command's description is.
   */
  private static void entry(StringBuilder out, Text[][] rows, int width) {
    if (rows.length == 0) return;
    StringBuilder names = new StringBuilder();
    for (int column = 0; column < rows[0].length - 1; column++) {
      String cell = rows[0][column] == null ? "" : rows[0][column].plainString();
      names.append(cell).append(column == 2 ? " " : "");
    }
    out.append("  ").append(names.toString().strip().replaceAll(" +", " ")).append('\n');
    List<String> description = new ArrayList<>();
    for (Text[] row : rows) {
      Text cell = row[row.length - 1];
      if (cell != null && !cell.plainString().isBlank()) description.add(cell.plainString());
    }
    for (String paragraph : HelpText.paragraphs(description.toArray(String[]::new)))
      for (String l : Wrap.lines(paragraph.strip(), width - 1, DESCRIPTION_INDENT))
        out.append(l.stripTrailing()).append('\n');
  }
}
