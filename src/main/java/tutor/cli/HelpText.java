package tutor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help as a reader expects it at any width. Descriptions are written in the annotations as short
 * source lines; here the lines of a paragraph are joined, so that Picocli wraps them to the
 * terminal, not at the author's line ends. A list of commands shows each one's first sentence,
 * whole, never its first source line cut mid-sentence.
 */
final class HelpText {
  private HelpText() {}

  /** Applies the rules to {@code cl} and every command below it; piped, 80 columns. */
  static void apply(CommandLine cl) {
    apply(cl, () -> Integer.MAX_VALUE);
  }

  /**
   * Applies the rules to {@code cl} and every command below it, for a terminal {@code columns} wide
   * (asked once, and only when help is shown). Picocli's help is never narrower than 55 columns: at
   * a narrower terminal every section is laid out here, at the terminal's width, from Picocli's own
   * pieces (its synopsis, option names and descriptions), broken only between words.
   */
  static void apply(CommandLine cl, java.util.function.IntSupplier columns) {
    applyEach(cl, once(columns));
  }

  private static java.util.function.IntSupplier once(java.util.function.IntSupplier columns) {
    int[] known = {-1};
    return () -> known[0] >= 0 ? known[0] : (known[0] = columns.getAsInt());
  }

  private static void applyEach(CommandLine cl, java.util.function.IntSupplier columns) {
    CommandSpec spec = cl.getCommandSpec();
    spec.usageMessage().description(paragraphs(spec.usageMessage().description()));
    Map<String, CommandLine.IHelpSectionRenderer> sections = cl.getHelpSectionMap();
    sections.put(
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
        help -> footer(help, columns.getAsInt()));
    if (!cl.getSubcommands().isEmpty()) {
      sections.put(
          CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
          help -> commandList(help, columns.getAsInt()));
    }
    narrow(
        sections,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS,
        columns,
        NarrowHelp::synopsis);
    // The description at every width: Picocli's table broke "with :dispute" after its colon.
    sections.put(
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
        help ->
            NarrowHelp.description(
                help, Math.min(columns.getAsInt(), help.commandSpec().usageMessage().width())));
    narrow(
        sections,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
        columns,
        NarrowHelp::parameters);
    narrow(
        sections,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
        columns,
        NarrowHelp::options);
    for (CommandLine sub : new java.util.LinkedHashSet<>(cl.getSubcommands().values()))
      applyEach(sub, columns);
  }

  /**
   * A section as Picocli writes it where it fits the terminal, else as {@code narrow} lays it out.
   */
  private static void narrow(
      Map<String, CommandLine.IHelpSectionRenderer> sections,
      String key,
      java.util.function.IntSupplier columns,
      java.util.function.BiFunction<Help, Integer, String> narrow) {
    CommandLine.IHelpSectionRenderer picocli = sections.get(key);
    if (picocli == null) return;
    sections.put(
        key,
        help -> {
          int width = columns.getAsInt();
          return width < help.commandSpec().usageMessage().width()
              ? narrow.apply(help, width)
              : picocli.render(help);
        });
  }

  /**
   * The lines of each paragraph joined into one. A paragraph ends at an empty line, before a line
   * that starts with a space or a list mark, and after a line that ends with ':'; those keep the
   * author's layout (lists, examples).
   */
  static String[] paragraphs(String[] lines) {
    List<String> out = new ArrayList<>();
    boolean open = false;
    for (String line : lines) {
      boolean keep =
          line.isBlank()
              || line.startsWith(" ")
              || line.startsWith("- ")
              || line.startsWith("* ")
              || line.startsWith("%n");
      if (open && !keep) {
        // joined below; a paragraph goes on
        out.set(out.size() - 1, out.get(out.size() - 1).stripTrailing() + " " + line.strip());
      } else {
        out.add(line);
      }
      open = !keep && !line.stripTrailing().endsWith(":") && !line.stripTrailing().endsWith("%n");
    }
    return out.toArray(String[]::new);
  }

  /** After '.', '!' or '?' and before a space, except in "e.g." and "i.e.". */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<!\\be\\.g\\.)(?<!\\bi\\.e\\.)(?<=[.!?])\\s+");

  /**
   * A first sentence longer than this is shown up to its colon, when the colon comes late enough.
   */
  private static final int LONG = 90;

  /**
   * What a list of commands says of one: its header, else the first sentence of its description.
   */
  static String summary(CommandSpec spec) {
    String[] header = spec.usageMessage().header();
    if (header.length > 0 && !header[0].isBlank()) return plainText(header[0]);
    String[] description = paragraphs(spec.usageMessage().description());
    if (description.length == 0) return "";
    String first = plainText(description[0]);
    String sentence = SENTENCE_END.split(first, 2)[0].strip();
    int colon = sentence.indexOf(": ");
    // Cut at its colon, the sentence still ends as one ("Check the database without changing it.").
    return sentence.length() > LONG && colon >= 20 ? sentence.substring(0, colon) + "." : sentence;
  }

  private static String plainText(String format) {
    return format.replace("%n", " ").replace("%%", "%").strip();
  }

  /**
   * The footer (examples, notes): indented lines (examples) as written, or continued as a shell
   * continues a line when they are too long; prose joined into paragraphs and wrapped to the help's
   * width (Picocli prints footers as they are).
   */
  static String footer(Help help, int columns) {
    // As Picocli: the last column stays free.
    int width = Math.min(help.commandSpec().usageMessage().width(), columns) - 1;
    StringBuilder out = new StringBuilder();
    for (String line : paragraphs(help.commandSpec().usageMessage().footer())) {
      String text = line.replace("%n", "\n").replace("%%", "%");
      List<String> lines =
          line.startsWith(" ") && !text.contains("\n")
              ? example(text, width)
              : tutor.terminal.Wrap.lines(text, width, "");
      for (String l : lines) out.append(l).append('\n');
    }
    return out.toString();
  }

  /** Two spaces or more between an example and what it is for. */
  private static final Pattern COMMENT = Pattern.compile("(?<=\\S) {2,}(?=\\S)");

  /**
   * An example line in lines of at most {@code width}: as it is if it fits; else broken between
   * words outside quotes, each line but the last ending in " \\" and the next indented, as a shell
   * reads one command over several lines (so that the copied example still runs, as git's and
   * clig.dev's do). What it is for, after two spaces or more, goes on a line of its own below.
   */
  static List<String> example(String text, int width) {
    if (text.length() <= width) return List.of(text);
    int lead = text.length() - text.stripLeading().length();
    java.util.regex.Matcher m = COMMENT.matcher(text);
    List<String> out = new ArrayList<>();
    String command = text;
    String comment = null;
    if (m.find(lead)) {
      command = text.substring(0, m.start());
      comment = text.substring(m.end());
    }
    String indent = " ".repeat(lead);
    String next = " ".repeat(lead + 4);
    String rest = command.strip();
    while (indent.length() + rest.length() > width) {
      int cut = breakBefore(rest, width - indent.length() - 2); // room for " \\"
      if (cut <= 0) break; // one word longer than the line: it stays whole
      out.add(indent + rest.substring(0, cut).stripTrailing() + " \\");
      rest = rest.substring(cut).strip();
      indent = next;
    }
    out.add(indent + rest);
    if (comment != null)
      out.addAll(tutor.terminal.Wrap.lines(" ".repeat(lead + 4) + comment, width, ""));
    return out;
  }

  /** The last space outside quotes at or before {@code room}; -1 if none. */
  private static int breakBefore(String command, int room) {
    int best = -1;
    char quote = 0;
    for (int i = 0; i < command.length() && i <= room; i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ' ') {
        best = i;
      }
    }
    return best;
  }

  /** The list of commands, two columns wrapped to the help's width. */
  static String commandList(Help help) {
    return commandList(help, Integer.MAX_VALUE);
  }

  /** The list of commands, two columns wrapped to the help's width or the terminal's. */
  static String commandList(Help help, int columns) {
    Map<String, Help> subcommands = help.subcommands();
    if (subcommands.isEmpty()) return "";
    int nameWidth = 0;
    List<String[]> rows = new ArrayList<>();
    for (Map.Entry<String, Help> e : subcommands.entrySet()) {
      CommandSpec sub = e.getValue().commandSpec();
      if (sub.usageMessage().hidden()) continue;
      String names = String.join(", ", e.getValue().commandSpec().names());
      nameWidth = Math.max(nameWidth, names.length());
      rows.add(new String[] {names, summary(sub)});
    }
    int usage = help.commandSpec().usageMessage().width();
    if (columns < usage) {
      // Narrower than Picocli's help: wrapped here, between words (Picocli's table broke
      // "(also :why" after its colon), the last column free as elsewhere in tutor's output.
      int width = columns - 1;
      int first = Math.min(nameWidth + 4, width / 3);
      StringBuilder out = new StringBuilder();
      for (String[] row : rows) {
        String lead = "  " + row[0];
        List<String> lines =
            new ArrayList<>(tutor.terminal.Wrap.lines(row[1], width - first - 2, ""));
        if (lead.length() >= first) out.append(lead).append('\n');
        else out.append(lead).append(" ".repeat(first - lead.length())).append(lines.remove(0));
        if (lead.length() < first) out.append('\n');
        for (String l : lines) out.append(" ".repeat(first + 2)).append(l).append('\n');
      }
      return out.toString();
    }
    int width = usage;
    int first = Math.min(nameWidth + 4, width / 3);
    TextTable table =
        TextTable.forColumns(
            help.colorScheme(),
            new Column(first, 2, Column.Overflow.SPAN),
            new Column(width - first, 2, Column.Overflow.WRAP));
    table.setAdjustLineBreaksForWideCJKCharacters(
        help.commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters());
    for (String[] row : rows) table.addRowValues(row);
    return table.toString();
  }
}
