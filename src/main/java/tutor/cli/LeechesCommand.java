package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.json.Json;
import tutor.pack.CardKey;
import tutor.session.LearnerSettings;
import tutor.store.Learner;
import tutor.store.Leech;
import tutor.store.Store;

@Command(
    name = "leeches",
    mixinStandardHelpOptions = true,
    description = {
      "The exercises you keep forgetting (leeches), and bringing suspended ones back.",
      "",
      "An exercise forgotten leech-threshold times after you learned it (8 by default) is a leech:",
      "the session tells you, and suspends it or re-teaches its lesson, as you choose",
      "(the default is the setting leech-action). Suspended leeches stay out of study until",
      "`tutor leeches unsuspend`. See docs/mastery.md, \"Leeches\"."
    },
    subcommands = {LeechesCommand.Unsuspend.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor leeches",
      "  tutor leeches --format json",
      "  tutor leeches unsuspend git/ignore-choice",
      "  tutor leeches unsuspend --all",
      "  tutor settings leech-threshold 6"
    })
final class LeechesCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = root.ctx.out();
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(root.clock().instant());
      List<Leech> leeches = store.leeches(learner.id());
      if (format == OutputFormat.json) {
        ObjectMapper m = Json.MAPPER;
        ArrayNode arr = m.createArrayNode();
        for (Leech l : leeches) {
          arr.addObject()
              .put("pack", l.card().packId())
              .put("exercise", l.card().exerciseId())
              .put("lapses", l.lapses())
              .put("flagged_at", l.flaggedAt().toString())
              .put("action", l.action().id())
              .put("suspended", l.suspended());
        }
        out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        return ExitCodes.OK;
      }
      LearnerSettings settings = Learners.setup(store, learner).settings();
      int width = TerminalWidth.forProse(root.ctx); // piped: lines whole
      if (leeches.isEmpty()) {
        TextRows.print(
            out,
            "No leeches: no exercise has been forgotten " + settings.leechThreshold() + " times.",
            width);
        return ExitCodes.OK;
      }
      TextRows.print(
          out,
          "Leeches of learner '"
              + learner.name()
              + "' (forgotten "
              + settings.leechThreshold()
              + " times or more; setting leech-threshold):",
          width);
      for (Leech l : leeches) {
        out.println(
            "  "
                + l.card().packId()
                + "/"
                + l.card().exerciseId()
                + "  "
                + l.lapses()
                + " lapses, "
                + (l.suspended()
                    ? "suspended"
                    : l.action() == Leech.Action.RETEACH
                        ? "re-taught, in study"
                        : "unsuspended, in study"));
      }
      if (leeches.stream().anyMatch(Leech::suspended)) {
        TextRows.print(
            out, "Bring one back with: tutor leeches unsuspend PACK/EXERCISE (or --all)", width);
      }
    }
    return ExitCodes.OK;
  }

  @Command(
      name = "unsuspend",
      mixinStandardHelpOptions = true,
      description =
          "Bring suspended leeches back into study (their lapses are kept: flagged again after half the threshold more).",
      footerHeading = "%nExamples:%n",
      footer = {"  tutor leeches unsuspend git/ignore-choice", "  tutor leeches unsuspend --all"})
  static final class Unsuspend implements Callable<Integer> {
    @ParentCommand LeechesCommand parent;

    @Parameters(
        arity = "0..*",
        paramLabel = "PACK/EXERCISE",
        description = "The leeches to bring back.")
    List<String> exercises = new ArrayList<>();

    @Option(names = "--all", description = "Every suspended leech.")
    boolean all;

    @Override
    public Integer call() {
      TutorCommand root = parent.root;
      if (all == !exercises.isEmpty()) {
        throw new UserException(
            ExitCodes.BAD_INPUT, "name the leeches to unsuspend (PACK/EXERCISE) or give --all");
      }
      List<CardKey> keys = new ArrayList<>();
      for (String e : exercises) {
        int slash = e.indexOf('/');
        if (slash <= 0 || slash == e.length() - 1) {
          throw new UserException(
              ExitCodes.BAD_INPUT, "'" + e + "' is not PACK/EXERCISE (see: tutor leeches)");
        }
        keys.add(new CardKey(e.substring(0, slash), e.substring(slash + 1)));
      }
      try (Store store = root.openStore()) {
        Learner learner = store.currentLearner(root.clock().instant());
        if (all) {
          int n = store.unsuspendLeeches(learner.id(), Optional.empty());
          root.ctx
              .out()
              .println(
                  n == 0
                      ? "No leech is suspended."
                      : "Unsuspended " + n + (n == 1 ? " leech." : " leeches."));
          return ExitCodes.OK;
        }
        for (CardKey k : keys) {
          boolean known =
              store.leeches(learner.id()).stream()
                  .anyMatch(l -> l.card().equals(k) && l.suspended());
          if (!known) {
            throw new UserException(
                ExitCodes.BAD_INPUT,
                k.packId()
                    + "/"
                    + k.exerciseId()
                    + " is not a suspended leech (see: tutor leeches)");
          }
        }
        for (CardKey k : keys) {
          store.unsuspendLeeches(learner.id(), Optional.of(k));
          root.ctx
              .out()
              .println(
                  "Unsuspended "
                      + k.packId()
                      + "/"
                      + k.exerciseId()
                      + ": it is back in your sessions.");
        }
      }
      return ExitCodes.OK;
    }
  }
}
