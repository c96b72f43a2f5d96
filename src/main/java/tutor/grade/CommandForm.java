package tutor.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tutor.grade.ShellWords.Operator;
import tutor.grade.ShellWords.Redirect;
import tutor.grade.ShellWords.Token;
import tutor.grade.ShellWords.Word;
import tutor.pack.CommandTable;

/**
 * A command line in a normal form, so that two ways of writing the same command compare equal:
 * options split out of clusters and sorted, synonyms replaced by one spelling, option values
 * attached to their option, {@code ./file} as {@code file}, redirections with their descriptor
 * spelt out. What still matters stays: the program, positional arguments in order, redirections in
 * order, operators between commands. docs/pack-format.md says exactly what is equal. Pure.
 *
 * @param units what the command is made of, in order; two commands are the same when their units
 *     are
 */
public record CommandForm(List<Unit> units) {
  /** The kinds of unit; only {@link #PROGRAM} and {@link #WORD} units hold a word as typed. */
  public enum Kind {
    OPERATOR,
    RESERVED,
    ASSIGNMENT,
    PROGRAM,
    WORD,
    OPTIONS,
    REDIRECT
  }

  /** One part of a command; {@code key} is what is compared. */
  public record Unit(Kind kind, String key) {}

  /**
   * Git commands that read the arguments before a {@code --} as revisions: for them a {@code --}
   * that ends the command after an argument changes its meaning ("git checkout notes.md --" names a
   * branch notes.md, not the file). Elsewhere such a {@code --} only ends the options, and changes
   * nothing ("git add app.py --", "rm a.txt --").
   */
  /**
   * Programs for which {@code --} is no end of options but a word they print: echo (POSIX, bash's
   * builtin and coreutils alike), so {@code echo -- $HOME} prints "-- /home/ana".
   */
  private static final Set<String> DASHES_ARE_WORDS = Set.of("echo");

  /**
   * A git config key: section, optional subsection, name. git reads the section and the name in any
   * case (git-config(1)), so {@code user.Name} sets {@code user.name}; the subsection keeps its
   * case ({@code remote.Origin.url} is not {@code remote.origin.url}).
   */
  private static final java.util.regex.Pattern CONFIG_KEY =
      java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9-]*)(\\..*)?\\.([A-Za-z][A-Za-z0-9-]*)");

  private static final Set<String> REVISIONS_BEFORE_DASHES =
      Set.of(
          "git checkout",
          "git restore",
          "git reset",
          "git diff",
          "git log",
          "git show",
          "git blame",
          "git grep",
          "git switch");

  private static final Set<String> RESERVED =
      Set.of(
          "!", "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "for", "in",
          "case", "esac", "time", "{", "}", "[[", "]]");

  public CommandForm {
    units = List.copyOf(units);
  }

  /** The normal form of {@code line}, or empty when it is not complete shell syntax. */
  public static Optional<CommandForm> of(String line, CommandTable table) {
    return ShellWords.split(line).map(tokens -> new CommandForm(normalise(tokens, table)));
  }

  /**
   * The programs {@code line} runs, one or two words each ({@code git log}), for {@link
   * CommandTable#only}.
   */
  public static List<String> programs(String line, CommandTable table) {
    List<String> out = new ArrayList<>();
    ShellWords.split(line)
        .ifPresent(
            tokens -> {
              for (List<Token> segment : segments(tokens)) {
                List<Word> words = words(segment);
                int p = programIndex(words);
                if (p < words.size()) out.add(programName(words, p, table));
              }
            });
    return out;
  }

  private static List<Unit> normalise(List<Token> tokens, CommandTable table) {
    List<Unit> out = new ArrayList<>();
    List<Token> segment = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t instanceof Operator o) {
        if (o.op().equals("|&")) {
          // a |& b is a 2>&1 | b
          segment.add(
              new Redirect(
                  2, ">&", new Word("1", "1", o.start(), o.start()), o.start(), o.start()));
        }
        simpleCommand(segment, table, out);
        segment.clear();
        boolean trailing = k == tokens.size() - 1;
        // A ; at the very end changes nothing.
        if (!(trailing && o.op().equals(";"))) {
          out.add(new Unit(Kind.OPERATOR, o.op().equals("|&") ? "|" : o.op()));
        }
      } else {
        segment.add(t);
      }
    }
    simpleCommand(segment, table, out);
    return out;
  }

  private static List<List<Token>> segments(List<Token> tokens) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> segment = new ArrayList<>();
    for (Token t : tokens) {
      if (t instanceof Operator) {
        out.add(segment);
        segment = new ArrayList<>();
      } else {
        segment.add(t);
      }
    }
    out.add(segment);
    return out;
  }

  private static List<Word> words(List<Token> segment) {
    List<Word> out = new ArrayList<>();
    for (Token t : segment) if (t instanceof Word w) out.add(w);
    return out;
  }

  /** The index of the program's word: after reserved words and variable assignments. */
  private static int programIndex(List<Word> words) {
    int p = 0;
    while (p < words.size()
        && (RESERVED.contains(words.get(p).key()) || isAssignment(words.get(p)))) p++;
    return p;
  }

  private static boolean isAssignment(Word w) {
    return w.key().matches("[A-Za-z_][A-Za-z0-9_]*=.*")
        && w.raw().matches("[A-Za-z_][A-Za-z0-9_]*=.*");
  }

  private static String programName(List<Word> words, int p, CommandTable table) {
    String program = words.get(p).key();
    int s = subcommandIndex(words, p, table);
    return s < 0 ? program : program + " " + words.get(s).key();
  }

  /**
   * The index of the subcommand's word ({@code log} in {@code git log}), after any options of the
   * program itself ({@code git -p log}); -1 when the table gives the program no subcommands or no
   * word follows its options.
   */
  private static int subcommandIndex(List<Word> words, int p, CommandTable table) {
    if (!table.hasSubcommands(words.get(p).key())) return -1;
    int s = p + 1;
    while (s < words.size() && isOption(words.get(s).key())) s++;
    return s < words.size() ? s : -1;
  }

  private static void simpleCommand(List<Token> segment, CommandTable table, List<Unit> out) {
    List<Word> words = words(segment);
    int p = programIndex(words);
    for (int k = 0; k < p; k++) {
      Word w = words.get(k);
      out.add(new Unit(RESERVED.contains(w.key()) ? Kind.RESERVED : Kind.ASSIGNMENT, w.key()));
    }
    if (p < words.size()) {
      out.add(new Unit(Kind.PROGRAM, words.get(p).key()));
      String name = words.get(p).key();
      int first = p + 1;
      int s = subcommandIndex(words, p, table);
      if (s >= 0) { // a subcommand: git log
        // Options before it are the program's own and stay there: git -p log pages log's output,
        // git log -p shows patches; git -m branch main is no git branch -m main.
        if (s > first) {
          List<String> own = new ArrayList<>();
          for (Word w : words.subList(first, s)) own.add(w.key());
          flush(own, out);
        }
        name = name + " " + words.get(s).key();
        out.add(new Unit(Kind.WORD, words.get(s).key()));
        first = s + 1;
      }
      Options options = new Options(table, name);
      int firstArgument = out.size();
      arguments(
          words.subList(first, words.size()),
          options,
          REVISIONS_BEFORE_DASHES.contains(name),
          DASHES_ARE_WORDS.contains(name),
          out);
      if (name.equals("git config")) configKeyInOneCase(out, firstArgument);
    }
    for (Token t : segment) {
      if (t instanceof Redirect r) redirect(r, out);
    }
  }

  /**
   * Options and positional arguments. For a program the table declares, options are parsed as GNU
   * getopt does, anywhere before {@code --}, so their place does not matter; for any other program
   * only options next to each other may change places.
   */
  private static void arguments(
      List<Word> args,
      Options options,
      boolean revisionsBeforeDashes,
      boolean dashesAreWords,
      List<Unit> out) {
    List<String> run = new ArrayList<>();
    if (options.ordered()) {
      orderedArguments(args, options, out);
      return;
    }
    boolean afterDashes = false;
    boolean positional = false;
    for (int k = 0; k < args.size(); k++) {
      String key = args.get(k).key();
      if (afterDashes || !isOption(key) || (key.equals("--") && dashesAreWords)) {
        if (!options.declared()) flush(run, out);
        out.add(new Unit(Kind.WORD, path(key)));
        positional = true;
        continue;
      }
      if (key.equals("--")) {
        afterDashes = true;
        // "--" matters when a word after it would otherwise be read as an option, and when it ends
        // the command after an argument of a command that reads revisions before it.
        boolean matters = revisionsBeforeDashes && positional && k == args.size() - 1;
        for (int m = k + 1; m < args.size(); m++) matters |= args.get(m).key().startsWith("-");
        if (matters) {
          if (!options.declared()) flush(run, out);
          out.add(new Unit(Kind.WORD, "--"));
        }
        continue;
      }
      String next = k + 1 < args.size() ? args.get(k + 1).key() : null;
      if (options.read(key, next, run)) k++;
    }
    flush(run, out);
  }

  /** The first argument from {@code from} on that is a git config key, its case made git's. */
  private static void configKeyInOneCase(List<Unit> out, int from) {
    for (int k = from; k < out.size(); k++) {
      if (out.get(k).kind() != Kind.WORD) continue;
      java.util.regex.Matcher m = CONFIG_KEY.matcher(out.get(k).key());
      if (!m.matches()) continue;
      String sub = m.group(2) == null ? "" : m.group(2);
      String key =
          m.group(1).toLowerCase(java.util.Locale.ROOT)
              + sub
              + "."
              + m.group(3).toLowerCase(java.util.Locale.ROOT);
      out.set(k, new Unit(Kind.WORD, key));
      return;
    }
  }

  /** For a program whose options mean something in their order: each where it stands. */
  private static void orderedArguments(List<Word> args, Options options, List<Unit> out) {
    boolean afterDashes = false;
    for (int k = 0; k < args.size(); k++) {
      String key = args.get(k).key();
      if (afterDashes || !isOption(key)) {
        out.add(new Unit(Kind.WORD, path(key)));
      } else if (key.equals("--")) {
        afterDashes = true;
        out.add(new Unit(Kind.WORD, "--"));
      } else {
        List<String> one = new ArrayList<>();
        String next = k + 1 < args.size() ? args.get(k + 1).key() : null;
        if (options.read(key, next, one)) k++;
        for (String o : one) out.add(new Unit(Kind.OPTIONS, o));
      }
    }
  }

  private static boolean isOption(String key) {
    return key.length() > 1 && key.charAt(0) == '-';
  }

  private static void flush(List<String> run, List<Unit> out) {
    if (run.isEmpty()) return;
    List<String> sorted = new ArrayList<>(run);
    sorted.sort(null);
    // A value may hold spaces ("-m 'a b'"): join with a character no one types.
    out.add(new Unit(Kind.OPTIONS, String.join("\u0000", sorted)));
    run.clear();
  }

  /** {@code ./file} is {@code file}: the same path. */
  static String path(String key) {
    String k = key;
    while (k.startsWith("./") && k.length() > 2 && k.charAt(2) != '/') k = k.substring(2);
    return k;
  }

  private static void redirect(Redirect r, List<Unit> out) {
    String op = r.op();
    String target = path(r.target().key());
    if (op.equals("&>")
        || op.equals("&>>")
        || (op.equals(">&") && r.fd() < 0 && !target.matches("[0-9]+|-"))) {
      // &>file and >&file are >file 2>&1.
      out.add(new Unit(Kind.REDIRECT, "1" + (op.equals("&>>") ? ">>" : ">") + target));
      out.add(new Unit(Kind.REDIRECT, "2>&1"));
      return;
    }
    int fd = r.fd() >= 0 ? r.fd() : op.startsWith("<") ? 0 : 1;
    out.add(new Unit(Kind.REDIRECT, fd + op + target));
  }

  /** How one program's options are read: from the table, or by the common conventions. */
  private static final class Options {
    private final boolean declared;
    private final boolean ordered;

    /** The program has one-dash long options (find's -name): no word is a cluster of letters. */
    private final boolean noClusters;

    /** Spelling ("-n", or "-s TERM" for an option with that value) to the group's spelling. */
    private final Map<String, String> synonyms = new HashMap<>();

    private final Set<String> takesValue = new LinkedHashSet<>();

    /** Options written as one word although they start with one dash: -name, -TERM, -9. */
    private final Set<String> whole = new LinkedHashSet<>();

    Options(CommandTable table, String name) {
      List<CommandTable.Program> chain = new ArrayList<>();
      table.program(name).ifPresent(chain::add);
      int space = name.indexOf(' ');
      if (space > 0) table.program(name.substring(0, space)).ifPresent(chain::add);
      declared = !chain.isEmpty();
      ordered = chain.stream().anyMatch(CommandTable.Program::ordered);
      for (CommandTable.Program p : chain) {
        for (String o : p.takesValue()) {
          takesValue.add(o);
          whole.add(o);
        }
      }
      for (CommandTable.Program p : chain) {
        for (List<String> group : p.synonyms()) {
          String canonical = spelling(group.get(0));
          boolean valued = group.stream().anyMatch(takesValue::contains);
          for (String member : group) {
            String spelt = spelling(member);
            synonyms.putIfAbsent(spelt, canonical);
            String option = spelt.split("=", 2)[0];
            whole.add(option);
            // "-s TERM" says -s takes a value; "--follow=name" does not: a value after = is
            // attached.
            if (member.strip().contains(" ") || (valued && spelt.equals(option)))
              takesValue.add(option);
          }
        }
      }
      noClusters =
          whole.stream()
              .anyMatch(
                  o -> !o.startsWith("--") && o.length() > 2 && Character.isLetter(o.charAt(1)));
    }

    /** "-s TERM", "-s=TERM" and "--signal=TERM" are all option and value: one spelling for each. */
    private static String spelling(String member) {
      String m = member.strip().replaceAll("\\s+", " ");
      int cut = m.indexOf(' ') > 0 ? m.indexOf(' ') : m.startsWith("--") ? m.indexOf('=') : -1;
      return cut > 0 ? m.substring(0, cut) + "=" + m.substring(cut + 1) : m;
    }

    boolean declared() {
      return declared;
    }

    boolean ordered() {
      return ordered;
    }

    /**
     * Reads the option word {@code key} into {@code out}; true when it also took {@code next} as
     * its value.
     */
    boolean read(String key, String next, List<String> out) {
      if (key.startsWith("--")) {
        int eq = key.indexOf('=');
        if (eq > 0) {
          out.add(canonical(key.substring(0, eq), path(key.substring(eq + 1))));
          return false;
        }
        if (takesValue.contains(key) && next != null) {
          out.add(canonical(key, path(next)));
          return true;
        }
        out.add(canonical(key, null));
        return false;
      }
      if (whole.contains(key) || noClusters) {
        if (takesValue.contains(key) && next != null) {
          out.add(canonical(key, path(next)));
          return true;
        }
        out.add(canonical(key, null));
        return false;
      }
      // A cluster of one-letter options: -la is -l -a; in -n5 or -rn 5 the value follows its
      // option.
      List<String> flags = new ArrayList<>();
      for (int c = 1; c < key.length(); c++) {
        char ch = key.charAt(c);
        if (!Character.isLetter(ch)) {
          out.add(canonical(key, null)); // -9, -15, -w+x: one option as written
          return false;
        }
        String option = "-" + ch;
        if (takesValue.contains(option)) {
          String rest = key.substring(c + 1);
          for (String f : flags) out.add(canonical(f, null));
          if (!rest.isEmpty()) {
            out.add(canonical(option, path(rest)));
            return false;
          }
          if (next != null) {
            out.add(canonical(option, path(next)));
            return true;
          }
          out.add(canonical(option, null));
          return false;
        }
        flags.add(option);
      }
      for (String f : flags) out.add(canonical(f, null));
      return false;
    }

    private String canonical(String option, String value) {
      if (value != null && synonyms.containsKey(option + "=" + value))
        return synonyms.get(option + "=" + value);
      String name = synonyms.getOrDefault(option, option);
      return value == null ? name : name + "=" + value;
    }
  }
}
