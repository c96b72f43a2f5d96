package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Help read as a new user reads it, for every command: nothing cut mid-sentence, no line broken
 * where the author's source line ended, every default stated; mistakes answered with one line, a
 * suggestion and exit code 2.
 */
class HelpAndUsageTest {
  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir.resolve("tutor.db"));
  }

  private static List<List<String>> commandPaths() {
    List<List<String>> paths = new ArrayList<>();
    collect(
        Main.commandLine(
            new Context(
                Map.of(),
                InputStream.nullInputStream(),
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter()),
                false)),
        new ArrayList<>(),
        paths);
    return paths;
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
    out.add(new ArrayList<>(path));
    for (var e : cl.getSubcommands().entrySet()) {
      List<String> sub = new ArrayList<>(path);
      sub.add(e.getKey());
      collect(e.getValue(), sub, out);
    }
  }

  private Cli.Result help(List<String> path) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    return cli().run(args.toArray(String[]::new));
  }

  @Test
  void everyCommandsHelpFitsEightyColumnsAndIsWrappedOnlyWhereTheLineIsFull() {
    List<List<String>> paths = commandPaths();
    assertTrue(paths.size() > 20, "commands: " + paths);
    for (List<String> path : paths) {
      Cli.Result r = help(path);
      String name = "tutor " + String.join(" ", path);
      assertEquals(0, r.code(), name);
      List<String> lines = r.out().lines().toList();
      for (String line : lines) assertTrue(line.length() <= 80, name + ": wider than 80:\n" + line);
      // The description: from the line after the usage synopsis to the first option or parameter.
      int start = 1;
      while (start < lines.size() && lines.get(start).startsWith(" ")) start++;
      for (int i = start; i + 1 < lines.size(); i++) {
        String line = lines.get(i);
        String next = lines.get(i + 1);
        if (line.isBlank() || next.isBlank() || next.startsWith(" ") || line.startsWith(" "))
          continue;
        if (line.stripTrailing().endsWith(":")) continue; // a list follows
        if (next.startsWith("- ") || next.startsWith("* ")) continue; // a list item
        String firstWord = next.split(" ")[0];
        // A command in brackets is kept on one line where it fits one (Wrap): it is one word here.
        if (firstWord.startsWith("(tutor") && next.contains(")"))
          firstWord = next.substring(0, next.indexOf(')') + 1);
        // Picocli keeps the last column free: a full line is one the next word would take past 79.
        assertTrue(
            line.length() + 1 + firstWord.length() > 79,
            name
                + ": a line broken before it was full (a hard line break in the source?):\n"
                + line
                + "\n"
                + next);
      }
    }
  }

  /** "learner delete --help" listed NAME with nothing beside it (week5). */
  @Test
  void everyParameterSaysWhatItIs() {
    List<CommandLine> all = new ArrayList<>();
    java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>();
    todo.add(
        Main.commandLine(
            new Context(
                Map.of(),
                InputStream.nullInputStream(),
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter()),
                false)));
    while (!todo.isEmpty()) {
      CommandLine cl = todo.poll();
      all.add(cl);
      todo.addAll(cl.getSubcommands().values());
    }
    for (CommandLine cl : all) {
      for (var p : cl.getCommandSpec().positionalParameters()) {
        if (p.hidden()) continue;
        assertFalse(
            String.join("", p.description()).isBlank(),
            cl.getCommandSpec().qualifiedName() + ": " + p.paramLabel() + " says nothing");
      }
    }
  }

  @Test
  void noCommandListCutsASummaryMidSentence() {
    for (List<String> path : commandPaths()) {
      Cli.Result r = help(path);
      String out = r.out();
      int list = out.indexOf("\nCommands:\n");
      if (list < 0) continue;
      String section = out.substring(list + "\nCommands:\n".length());
      section =
          section.substring(
              0, section.indexOf("\n\n") < 0 ? section.length() : section.indexOf("\n\n"));
      // Join each entry's wrapped lines: an entry starts at two spaces and a name.
      List<String> entries = new ArrayList<>();
      for (String line : section.lines().toList()) {
        if (line.matches("  \\S.*")) entries.add(line.strip());
        else entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
      }
      for (String entry : entries) {
        String summary = entry.replaceFirst("^\\S+(, \\S+)*\\s+", "");
        assertFalse(
            summary.matches(".*[,;:]$") || summary.matches(".*\\b(the|a|and|or|so|that|of|to)$"),
            "tutor " + String.join(" ", path) + ": a summary cut mid-sentence: " + entry);
        assertFalse(summary.isBlank(), "an empty summary: " + entry);
        // A sentence as the others are: five summaries cut at their colon had no full stop.
        assertTrue(
            summary.matches(".*[.!?]$"),
            "tutor " + String.join(" ", path) + ": a summary without its full stop: " + entry);
      }
    }
  }

  @Test
  void noExampleIsBrokenOverTwoLines() {
    // An example is a line to copy: its tail on a line of its own ("  15") cannot be copied.
    for (List<String> path : commandPaths()) {
      String out = help(path).out();
      int at = out.indexOf("\nExamples:\n");
      if (at < 0) continue;
      List<String> lines = out.substring(at + "\nExamples:\n".length()).lines().toList();
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i);
        boolean wrappedTail =
            !lines.get(i - 1).isBlank()
                && lines.get(i - 1).length() > 70
                && line.matches("  \\S.*")
                && !line.matches("  (tutor|echo|printf|cat|NO_COLOR|TUTOR_\\w+)\\b.*");
        assertFalse(
            wrappedTail,
            "tutor "
                + String.join(" ", path)
                + ": an example broken in two:\n"
                + lines.get(i - 1)
                + "\n"
                + line);
      }
    }
  }

  /**
   * The commands of a help's examples, each as one line: a line ending in " \\" is continued on the
   * next (as a shell reads it), and what an example is for (after two spaces, or on a line of its
   * own further in) is left out.
   */
  private static List<String> exampleCommands(String help) {
    int at = help.indexOf("\nExamples:\n");
    if (at < 0) return List.of();
    List<String> commands = new ArrayList<>();
    boolean continued = false;
    for (String line : help.substring(at + "\nExamples:\n".length()).lines().toList()) {
      if (line.isBlank()) {
        continued = false;
        continue;
      }
      if (!line.startsWith(" ")) break; // a note after the examples
      String words = line.strip().split(" {2,}", 2)[0];
      boolean goesOn = words.endsWith(" \\");
      if (goesOn) words = words.substring(0, words.length() - 2);
      if (continued) {
        commands.set(commands.size() - 1, commands.get(commands.size() - 1) + " " + words);
      } else if (line.matches(" {2}\\S.*")) {
        commands.add(words);
      }
      continued = goesOn;
    }
    return commands;
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} columns")
  @org.junit.jupiter.params.provider.ValueSource(ints = {50, 80})
  void everyExampleFitsTheTerminalAndIsCopiedWholeOrContinuedAsAShellDoes(int columns)
      throws Exception {
    // At 50 columns "tutor cram --help" broke "--limit 10" over two lines: the copied example
    // ran without its limit, and "10" alone was no command.
    int seen = 0;
    for (List<String> path : commandPaths()) {
      String name = "tutor " + String.join(" ", path);
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      List<String> piped = exampleCommands(help(path).out());
      TerminalCli.Result r =
          new TerminalCli(dir.resolve("tutor.db"))
              .size(columns, 24)
              .keys("", args.toArray(String[]::new));
      assertEquals(0, r.code(), name + ": " + r);
      for (String line : r.out().lines().toList())
        assertTrue(line.length() <= columns, name + ": wider than " + columns + ":\n" + r.out());
      assertEquals(piped, exampleCommands(r.out()), name + " at " + columns + ":\n" + r.out());
      seen += piped.size();
    }
    assertTrue(seen > 40, "examples seen: " + seen);
  }

  /**
   * At 50 columns Picocli's help (never narrower than 55) was re-wrapped: usage groups alone at the
   * first column, "(for trying things out)" broken off before its line was full, the database's
   * path pushed to the right. Every command's help at 50 and 80 columns: every line fits, and every
   * word of the help is there whole (none broken in two).
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} columns")
  @org.junit.jupiter.params.provider.ValueSource(ints = {50, 80})
  void everyCommandsHelpFitsTheTerminalAndBreaksOnlyBetweenWords(int columns) throws Exception {
    for (List<String> path : commandPaths()) {
      String name = "tutor " + String.join(" ", path);
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      // The words of the help piped (80 columns, Picocli's), where Picocli's own table broke
      // after a colon that starts a word (":" / "dispute"): those are one word.
      String piped = help(path).out().replaceAll("(?<=\\s):\\s*\\n\\s*", ":");
      java.util.Set<String> words = new java.util.TreeSet<>(List.of(piped.strip().split("\\s+")));
      TerminalCli.Result r =
          new TerminalCli(dir.resolve("tutor.db"))
              .size(columns, 24)
              .keys("", args.toArray(String[]::new));
      String text = r.out().replaceAll("\u001B\\[[0-9;]*m", "");
      for (String line : text.lines().toList())
        assertTrue(line.length() <= columns, name + ": wider than " + columns + ":\n" + text);
      words.removeAll(List.of(text.strip().split("\\s+")));
      words.remove("\\"); // an example continued as a shell continues it
      assertTrue(words.isEmpty(), name + " at " + columns + ": words cut " + words + ":\n" + text);
    }
  }

  /** An option's row of Picocli's table: its names, then two spaces or more, then its words. */
  private static final java.util.regex.Pattern OPTION_ROW =
      java.util.regex.Pattern.compile("^( {2}-\\S, | {6})--?[\\w-]+(=\\S+)?( {2,})\\S.*");

  /**
   * Every option's description lines stand in one column: the first where the table puts it, each
   * line after it two spaces further in (Picocli's own wrap); a week's trial found --db's and
   * --now's lines two spaces left of every other option's. At 50 columns, where the help is laid
   * out again (names on a line, the description under them), every description line of an option
   * starts at one indent.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} columns")
  @org.junit.jupiter.params.provider.ValueSource(ints = {50, 80})
  void everyOptionsDescriptionLinesAreAligned(int columns) throws Exception {
    int checked = 0;
    for (List<String> path : commandPaths()) {
      String name = "tutor " + String.join(" ", path);
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      String text =
          columns == 80
              ? help(path).out()
              : new TerminalCli(dir.resolve("tutor.db"))
                  .size(columns, 24)
                  .keys("", args.toArray(String[]::new))
                  .out()
                  .replaceAll("\u001B\\[[0-9;]*m", "");
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int indent; // where the option's lines after this one must start
        if (columns == 80) {
          java.util.regex.Matcher m = OPTION_ROW.matcher(line);
          if (!m.matches()) continue;
          indent = m.end(3) + 2;
        } else {
          if (!line.matches("^ {2}(-\\S, )?--?[\\w-]+(=\\S+)?$")) continue;
          if (i + 1 >= lines.size()) continue;
          indent = indentOf(lines.get(i + 1));
          assertEquals(6, indent, name + " at " + columns + ": " + line + "\n" + text);
          i++;
        }
        for (int j = i + 1; j < lines.size(); j++) {
          String next = lines.get(j);
          // the next row, a parameter's, a heading or the end of the table
          if (next.isBlank() || indentOf(next) < indent - 2 || OPTION_ROW.matcher(next).matches())
            break;
          if (columns == 50 && next.matches("^ {2}\\S.*")) break;
          assertEquals(
              indent,
              indentOf(next),
              name
                  + " at "
                  + columns
                  + ": the description of\n"
                  + line
                  + "\nis out of line at\n"
                  + next
                  + "\n"
                  + text);
          checked++;
        }
      }
    }
    assertTrue(checked > 50, "description lines checked: " + checked);
  }

  private static int indentOf(String line) {
    return line.length() - line.stripLeading().length();
  }

  @Test
  void everyOptionSaysItsDefaultWhereItRefersToOne() {
    Cli.Result r = cli().run("study", "--help");
    assertFalse(r.out().contains("see below"), r.out());
    String joined = r.out().replaceAll("\\s+", " ");
    assertTrue(joined.contains("~/.local/share/tutor"), r.out());
  }

  @Test
  void tutorAloneGivesAShortOverviewAndExitsZero() {
    Cli.Result r = cli().run();
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("tutor study"), r.out());
    assertTrue(r.out().contains("tutor help study"), r.out());
    assertTrue(r.out().lines().count() < 20, "short: " + r.out());
    assertEquals("", r.err());
    assertTrue(r.out().lines().allMatch(l -> l.length() <= 80), "fits 80 columns:\n" + r.out());
  }

  @Test
  void noHelpBreaksATimeInTwo() {
    for (String command : TutorCommand.COMMANDS.keySet()) {
      Cli.Result r = cli().run(command, "--help");
      assertTrue(r.out().contains("2026-03-01T09:00"), command + " --help:\n" + r.out());
    }
  }

  @Test
  void theExamplesOfHelpKeepTheirColumns() {
    Cli.Result r = cli().run("--help");
    assertTrue(
        r.out().contains("  tutor help study                  help on one command"), r.out());
  }

  @Test
  void helpNamesACommand() {
    Cli.Result viaHelp = cli().run("help", "study");
    Cli.Result viaOption = cli().run("study", "--help");
    assertEquals(0, viaHelp.code(), viaHelp.toString());
    assertEquals(viaOption.out(), viaHelp.out());
    assertTrue(viaHelp.out().contains("Usage: tutor study"), viaHelp.out());
    Cli.Result nested = cli().run("help", "pack", "add");
    assertTrue(nested.out().contains("Usage: tutor pack add"), nested.out());
    assertEquals(0, cli().run("help").code());
  }

  @Test
  void aGroupOfCommandsAloneShowsWhatItOffers() {
    Cli.Result r = cli().run("pack");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("list"), r.out());
  }

  @Test
  void mistakesGetOneLineWithASuggestionAndExitTwo() {
    assertMistake(
        cli().run("stdy"),
        "tutor: unknown command 'stdy'; did you mean 'study'? (tutor --help lists them)");
    assertMistake(
        cli().run("pack", "lsit"),
        "tutor: unknown command 'lsit' for pack; did you mean 'list'? (tutor pack --help lists them)");
    assertMistake(
        cli().run("study", "--lmit", "5"),
        "tutor: unknown option '--lmit' for study; did you mean '--limit'? (tutor study --help)");
    assertMistake(
        cli().run("help", "stdy"),
        "tutor: unknown command 'stdy'; did you mean 'study'? (tutor --help lists them)");
    assertMistake(cli().run("goal", "add", "--bye", "2027-01-01"), "did you mean '--by'?");
    assertMistake(
        cli().run("goal", "ad", "--pack", "git", "--by", "2027-01-01"),
        "tutor: unknown command 'ad' for goal; did you mean 'add'? (tutor goal --help lists them)");
    assertMistake(
        cli().run("study", "foo"),
        "tutor: unexpected argument 'foo' for study (tutor study --help)");
    assertMistake(cli().run("xyzzy"), "tutor: unknown command 'xyzzy' (tutor --help lists them)");
    // A word for what another command does: where it is.
    assertMistake(
        cli().run("streak"),
        "tutor: unknown command 'streak'; did you mean 'stats'? (tutor --help lists them)");
    assertMistake(cli().run("study", "--limit", "many"), "(tutor study --help)");
    assertMistake(
        cli().run("pack", "check", "x"),
        "tutor: unknown command 'check' for pack; did you mean 'validate'? (tutor pack --help"
            + " lists them)");
    // Options that are elsewhere (week6: a new learner's "study --format json" and "goal add
    // --minutes 20", the budget the help's "how much a day" promised, met no pointer).
    assertMistake(
        cli().run("study", "--format", "json"),
        "tutor: unknown option '--format' for study; for programs, study speaks JSON lines with"
            + " --jsonl (tutor study --help)");
    assertMistake(
        cli().run("goal", "add", "--minutes", "20"),
        "tutor: missing required option: '--pack=ID'; a goal is for one pack (tutor pack list),"
            + " while minutes a day for every pack are a setting: tutor settings daily-minutes N"
            + " (tutor goal add --help)");
  }

  private static void assertMistake(Cli.Result r, String expected) {
    assertEquals(2, r.code(), r.toString());
    assertEquals("", r.out(), r.toString());
    assertEquals(1, r.err().lines().count(), "one line:\n" + r.err());
    assertTrue(r.err().contains(expected), "expected '" + expected + "' in:\n" + r.err());
    assertFalse(r.err().contains("Usage:"), r.err());
  }

  @Test
  void suggestionsAllowASwapAndATypoButNotNonsense() {
    assertEquals(List.of("list"), UsageErrors.suggestions("lsit", List.of("list", "add", "new")));
    assertEquals(
        List.of("study"), UsageErrors.suggestions("stdy", List.of("study", "stats", "due")));
    assertEquals(List.of(), UsageErrors.suggestions("xyzzy", List.of("study", "stats", "due")));
    assertEquals(
        List.of("--limit"),
        UsageErrors.suggestions("--lmit", List.of("--limit", "--minutes", "--pack")));
  }

  @Test
  void descriptionParagraphsAreJoinedButListsKeepTheirLines() {
    String[] joined =
        HelpText.paragraphs(
            new String[] {
              "One sentence that",
              "goes on.",
              "",
              "Keys:",
              "  a  one",
              "  b  two",
              "Then more",
              "text."
            });
    assertEquals(
        List.of(
            "One sentence that goes on.", "", "Keys:", "  a  one", "  b  two", "Then more text."),
        List.of(joined));
  }
}
