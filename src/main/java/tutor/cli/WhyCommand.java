package tutor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.json.Json;
import tutor.pack.CardKey;
import tutor.store.Learner;
import tutor.store.Store;

@Command(
    name = "why",
    mixinStandardHelpOptions = true,
    description = "Why the tutor chose the last exercise it showed you (also :why in a session).",
    footerHeading = "%nExamples:%n",
    footer = {"  tutor why", "  tutor why --format json"})
final class WhyCommand implements Callable<Integer> {
  static final String KEY = tutor.study.StudyContext.WHY_KEY;

  /** How a session keeps its choice: "PACK/ID", then why on the next line. */
  private static final Pattern KEPT = Pattern.compile("([^/\\s]+)/(\\S+)\n(.*)", Pattern.DOTALL);

  /** How versions before kept it, in words: "Last exercise: PACK/ID. WHY". */
  private static final Pattern OLD_TEXT =
      Pattern.compile("Last exercise: ([^/\\s]+)/(\\S+?)\\. (.*)", Pattern.DOTALL);

  @ParentCommand TutorCommand root;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  /** The last choice as kept: which exercise and why. */
  record Choice(CardKey card, String why) {}

  @Override
  public Integer call() throws Exception {
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(root.clock().instant());
      Optional<String> kept = store.appSetting(KEY + learner.id());
      Optional<Choice> choice = kept.flatMap(WhyCommand::parse);
      if (format == OutputFormat.json) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("learner", learner.name());
        if (choice.isPresent()) {
          Choice c = choice.get();
          o.put("pack", c.card().packId())
              .put("exercise", c.card().exerciseId())
              .put("prompt", UndoCommand.promptOf(store, c.card()))
              .put("why", c.why());
        } else {
          o.putNull("exercise").put("why", kept.orElse(null));
        }
        root.ctx.out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        return ExitCodes.OK;
      }
      int width = TerminalWidth.of(root.ctx);
      String text;
      if (choice.isPresent()) {
        // The learner knows an exercise by its prompt, not by its id (the id is in --format json).
        String head = "Last exercise: \"";
        String tail = "\".";
        String prompt = UndoCommand.promptOf(store, choice.get().card());
        root.ctx
            .out()
            .println(
                head
                    + DueText.shorten(
                        prompt, Math.max(20, width - 1 - head.length() - tail.length()))
                    + tail);
        text = choice.get().why();
      } else {
        text =
            kept.orElse(
                "No exercise has been chosen for "
                    + learner.name()
                    + " yet: start with tutor study.");
      }
      TextRows.wrap(text, TerminalWidth.forProse(root.ctx)).forEach(root.ctx.out()::println);
    }
    return ExitCodes.OK;
  }

  /** The choice kept by a session ("PACK/ID" then why, a line each), or as older versions did. */
  static Optional<Choice> parse(String kept) {
    Matcher m = KEPT.matcher(kept);
    if (!m.matches()) m = OLD_TEXT.matcher(kept);
    return m.matches()
        ? Optional.of(new Choice(new CardKey(m.group(1), m.group(2)), m.group(3)))
        : Optional.empty();
  }
}
