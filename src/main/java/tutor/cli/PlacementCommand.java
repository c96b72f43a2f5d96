package tutor.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.session.TitleList;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.study.Placement;
import tutor.study.StudyContext;
import tutor.terminal.ConsoleUi;
import tutor.terminal.JLineInput;
import tutor.terminal.LineInput;
import tutor.terminal.PipedInput;
import tutor.terminal.Style;

@Command(
    name = "placement",
    mixinStandardHelpOptions = true,
    description = {
      "A short adaptive test for a pack: \"I already know some of this\".",
      "It asks about a skill in the middle of what is still undecided; a right answer marks the skill and",
      "what it requires as known, a wrong one marks it and what builds on it as to learn. Known skills",
      "are \"placed\": study starts where you are, but they count as mastered (for goals and",
      "credentials) only once your answers show them. Answers are recorded like any other."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  tutor placement --pack git"})
final class PlacementCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @Option(
      names = "--pack",
      required = true,
      paramLabel = "ID",
      description = "The pack to place you in.")
  String pack;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for shuffling options.")
  Long seed;

  @Override
  public Integer call() throws Exception {
    Clock clock = root.clock();
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(clock.instant());
      try (tutor.store.LearnerLock lock = tutor.store.LearnerLock.take(store, learner)) {
        Placement placement =
            StudyContext.load(store, learner, ZoneId.systemDefault(), clock)
                .placement(pack)
                .orElseThrow(
                    () ->
                        new UserException(
                            ExitCodes.BAD_INPUT,
                            "no installed pack '" + pack + "' (see: tutor pack list)"));
        if (root.ctx.interactive()) {
          try (JLineInput input = JLineInput.on(root.ctx.terminals().open())) {
            return run(placement, input, input.terminal().writer(), root.style(), clock);
          }
        }
        LineInput input =
            new PipedInput(
                new BufferedReader(new InputStreamReader(root.ctx.in(), StandardCharsets.UTF_8)));
        return run(placement, input, root.ctx.out(), Style.PLAIN, clock);
      }
    }
  }

  private int run(Placement placement, LineInput input, PrintWriter out, Style style, Clock clock) {
    ConsoleUi ui = new ConsoleUi(input, out, style, clock::instant);
    long shuffle = seed != null ? seed : new SecureRandom().nextLong();
    int width =
        input.interactive() ? input.width() : Integer.MAX_VALUE / 2; // piped: lines as they are
    java.util.function.Consumer<String> para =
        t -> out.println(tutor.terminal.Wrap.text(t, width, ""));
    para.accept(
        "Placement for "
            + pack
            + ": up to "
            + placement.questions()
            + " questions to find what you already know. Answer as best you can; :skip counts as not known, :quit stops.");
    // The verdicts go through the screen's own writer, which keeps one that shows the answer in
    // sight until it is read.
    Placement.Result r =
        placement.run(
            ui,
            shuffle,
            input.interactive()
                ? t -> ui.verdict(t, t.startsWith(Placement.NOT_QUITE.strip()))
                : para);
    out.println();
    para.accept(
        (r.stopped() ? "Placement stopped after " : "Placement done: ")
            + r.asked()
            + (r.asked() == 1 ? " question" : " questions")
            + " (testing every skill would take "
            + r.questions()
            + ").");
    para.accept(
        "Known (placed: you build on them; mastered once you answer them on two days): "
            + (r.known().isEmpty() ? "none" : TitleList.of(r.known())));
    para.accept("To learn: " + (r.toLearn().isEmpty() ? "none" : TitleList.of(r.toLearn())));
    if (r.undecided() > 0)
      para.accept(
          "Undecided: " + r.undecided() + " skills (run tutor placement again, or just study).");
    para.accept("Next: tutor study --pack " + pack);
    // At a terminal this is the terminal's writer, which closing the terminal does not flush.
    out.flush();
    // Ctrl-C: what was answered is kept and summed up, and the exit code says it was interrupted.
    return r.interrupted() ? ExitCodes.INTERRUPTED : ExitCodes.OK;
  }
}
