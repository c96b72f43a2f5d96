package tutor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import tutor.grade.EditDistance;

/**
 * A mistake on the command line as one line on standard error, exit code 2, with "did you mean"
 * when a command, subcommand or option is close to what was typed (as git does): never Picocli's
 * whole usage message, which buries the one thing that is wrong.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  private final Context ctx;

  UsageErrors(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    if (e.getMessage().startsWith("Missing required subcommand")) {
      // A group of commands given alone ("tutor", "tutor pack"): what it offers, as git does.
      if (cl.getParent() == null) {
        // At a terminal narrower than its lines, each line is wrapped: a command's description
        // under itself, or on lines of its own below the command.
        int width = TerminalWidth.forProse(ctx);
        for (String line : Overview.text().split("\n", -1)) {
          if (line.length() < width) cl.getOut().println(line);
          else TextRows.hanging(line, width - 1).forEach(cl.getOut()::println);
        }
      } else {
        cl.usage(cl.getOut());
      }
      cl.getOut().flush();
      return ExitCodes.OK;
    }
    PrintWriter err = cl.getErr();
    Main.errorLine(ctx, err, message(e));
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /** What is wrong, what was probably meant, and where to read more. */
  static String message(ParameterException e) {
    CommandLine cl = e.getCommandLine();
    String path = qualifiedName(cl);
    String help = " (" + path + " --help)";
    String of = path.equals("tutor") ? "" : " for " + path.substring("tutor ".length());
    // A mistyped option is the mistake to name, even when Picocli first saw a missing one.
    List<String> unmatched =
        e instanceof UnmatchedArgumentException u
            ? u.getUnmatched()
            : cl.getParseResult() == null ? List.of() : cl.getParseResult().unmatched();
    if (!unmatched.isEmpty()) {
      // "goal ad --pack git": the mistyped command is the mistake, not the options meant for it.
      String first = unmatched.get(0);
      if (!first.startsWith("-") && !cl.getSubcommands().isEmpty()) {
        return unknownCommand(first, cl, path, of);
      }
      String option =
          unmatched.stream()
              .filter(a -> a.startsWith("-") && a.length() > 1)
              .findFirst()
              .orElse(null);
      if (option != null) {
        String typed = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
        List<String> names = new ArrayList<>();
        cl.getCommandSpec()
            .options()
            .forEach(
                o -> {
                  if (!o.hidden()) names.addAll(List.of(o.names()));
                });
        String near = didYouMean(typed, names);
        String elsewhere = OPTION_ELSEWHERE.get(path + " " + typed);
        if (near.isEmpty() && elsewhere != null) near = "; " + elsewhere;
        return "unknown option '" + typed + "'" + of + near + help;
      }
      String word = unmatched.get(0);
      if (!cl.getSubcommands().isEmpty()) return unknownCommand(word, cl, path, of);
      return "unexpected argument '" + word + "'" + of + help;
    }
    // "goal add --minutes 20": a daily budget for every pack is a setting, not a goal.
    if (e instanceof CommandLine.MissingParameterException
        && path.equals("tutor goal add")
        && cl.getParseResult() != null
        && cl.getParseResult().hasMatchedOption("--minutes")
        && !cl.getParseResult().hasMatchedOption("--pack")) {
      return sentence(e.getMessage())
          + "; a goal is for one pack (tutor pack list), while minutes a day for every pack are"
          + " a setting: tutor settings daily-minutes N"
          + help;
    }
    return sentence(e.getMessage()) + help;
  }

  /**
   * Options a learner expects of a command that has them otherwise: "study --format json" is
   * answered with its JSON-lines option, as every other command takes --format json.
   */
  private static final java.util.Map<String, String> OPTION_ELSEWHERE =
      java.util.Map.of(
          "tutor study --format",
          "for programs, study speaks JSON lines with --jsonl",
          "tutor study --json",
          "for programs, study speaks JSON lines with --jsonl");

  /**
   * Words a learner types for what another command does: "tutor streak" is answered with where the
   * streak is, as git answers a common mistake.
   */
  private static final java.util.Map<String, String> WHERE_IT_IS =
      java.util.Map.ofEntries(
          java.util.Map.entry("streak", "stats"),
          java.util.Map.entry("streaks", "stats"),
          java.util.Map.entry("progress", "stats"),
          java.util.Map.entry("review", "study"),
          java.util.Map.entry("learn", "study"),
          java.util.Map.entry("practice", "study"),
          java.util.Map.entry("config", "settings"),
          java.util.Map.entry("set", "settings"),
          java.util.Map.entry("goals", "goal"),
          java.util.Map.entry("packs", "pack"),
          // "pack check": the pack group's summary says "check" (week6)
          java.util.Map.entry("check", "validate"),
          java.util.Map.entry("lint", "validate"));

  private static String unknownCommand(String word, CommandLine cl, String path, String of) {
    String near = didYouMean(word, cl.getSubcommands().keySet());
    String meant = WHERE_IT_IS.get(word.toLowerCase(Locale.ROOT));
    if (near.isEmpty() && meant != null && cl.getSubcommands().containsKey(meant)) {
      near = "; did you mean '" + meant + "'?";
    }
    return "unknown command '" + word + "'" + of + near + " (" + path + " --help lists them)";
  }

  /** "tutor pack add", from the command line that failed. */
  static String qualifiedName(CommandLine cl) {
    List<String> names = new ArrayList<>();
    for (CommandLine c = cl; c != null; c = c.getParent()) names.add(0, c.getCommandName());
    if (!names.get(0).equals("tutor")) names.set(0, "tutor");
    return String.join(" ", names);
  }

  /** "; did you mean 'study'?" for the nearest of {@code candidates}, or "" when none is near. */
  static String didYouMean(String typed, Collection<String> candidates) {
    List<String> near = suggestions(typed, candidates);
    if (near.isEmpty()) return "";
    return "; did you mean "
        + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList())
        + "?";
  }

  /**
   * The candidates within a few edits (swapped letters count as one), or that start with what was
   * typed; nearest first, at most three.
   */
  static List<String> suggestions(String typed, Collection<String> candidates) {
    String t = typed.toLowerCase(Locale.ROOT);
    String bare = t.replaceFirst("^-+", "");
    int allowed = Math.max(1, Math.min(3, (bare.length() + 1) / 3));
    record Near(String name, int distance) {}
    List<Near> near = new ArrayList<>();
    for (String c : candidates) {
      String lower = c.toLowerCase(Locale.ROOT);
      int d = EditDistance.withTranspositions(t, lower);
      if (d <= allowed) {
        near.add(new Near(c, d));
      } else if (bare.length() >= 2 && lower.replaceFirst("^-+", "").startsWith(bare)) {
        near.add(new Near(c, allowed + 1));
      }
    }
    near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::name));
    int best = near.isEmpty() ? 0 : near.get(0).distance();
    return near.stream().filter(n -> n.distance() == best).limit(3).map(Near::name).toList();
  }

  /**
   * Picocli's message as the middle of one line: first letter small, no final period or newline.
   */
  private static String sentence(String message) {
    String m = message.strip().replace('\n', ' ');
    if (m.endsWith(".")) m = m.substring(0, m.length() - 1);
    if (m.length() > 1
        && Character.isUpperCase(m.charAt(0))
        && !Character.isUpperCase(m.charAt(1))) {
      m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
    return m;
  }
}
