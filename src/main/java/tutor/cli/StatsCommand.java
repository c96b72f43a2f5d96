package tutor.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.goal.GoalPlan;
import tutor.schedule.FsrsScheduler;
import tutor.session.LearnerSettings;
import tutor.stats.GoalLine;
import tutor.stats.StatsReport;
import tutor.store.Learner;
import tutor.store.PackSummary;
import tutor.store.Store;
import tutor.study.LearnerSetup;
import tutor.terminal.StatsView;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Your progress: mastery per skill, the knowledge graph, reviews due in the next 30 days,",
      "study days and streaks, retention per month against your target, time studied, and goals.",
      "",
      "Days are your study days (they start at day-starts-at, see tutor settings). Retention is",
      "the share of due reviews you remembered (rated Hard, Good or Easy). Time is the time taken",
      "to answer; answers typed through a pipe are not timed and are counted apart.",
      "With --plain, TUTOR_PLAIN=1 or when piped, every chart is given in words."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  tutor stats", "  tutor stats --pack unix-shell", "  tutor stats --format json"})
final class StatsCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @Option(names = "--pack", paramLabel = "ID", description = "Only this pack.")
  String pack;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = root.ctx.out();
    Instant now = root.clock().instant();
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(now);
      Map<String, String> titles = new LinkedHashMap<>();
      for (PackSummary p : store.packs(learner.id())) titles.put(p.id(), p.title());
      if (pack != null && !titles.containsKey(pack)) {
        throw new UserException(
            ExitCodes.BAD_INPUT, "no installed pack '" + pack + "' (see: tutor pack list)");
      }
      LearnerSetup setup = Learners.setup(store, learner);
      LearnerSettings settings = setup.settings();
      // The scheduler study uses (fitted parameters included), so recall and fading are the
      // picker's own.
      FsrsScheduler scheduler = setup.scheduler();
      // Counted by the store on its indexes: no card or exercise is read into memory.
      StatsReport report =
          StatsReport.of(
              new StatsReport.Input(
                  learner.name(),
                  now,
                  settings,
                  store.skills(),
                  store.mastery(learner.id()),
                  store.skillTallies(learner.id(), c -> scheduler.retrievability(c, now)),
                  scheduler,
                  titles,
                  pack,
                  store.dueCounts(
                      learner.id(), pack, StatsReport.forecastBounds(settings.day(), now)),
                  store.history().tallies(learner.id(), now, pack),
                  goals(store, learner, setup, now)));
      if (format == OutputFormat.json) {
        out.println(StatsJson.of(report));
      } else {
        return Paged.print(root, width -> StatsView.render(report, root.style(), width));
      }
    }
    return ExitCodes.OK;
  }

  /**
   * The learner's goals with their on-track status: the one place statistics read goals, from the
   * goal planner of {@code tutor goal status}.
   */
  private List<GoalLine> goals(Store store, Learner learner, LearnerSetup setup, Instant now) {
    return GoalCommand.plans(store, learner, setup, now).stream()
        .filter(p -> pack == null || pack.equals(p.goal().packId()))
        .map(
            p ->
                new GoalLine(
                    p.goal().id(),
                    p.goal().packId(),
                    Units.describe(store, p.goal()),
                    status(p),
                    p.summary()))
        .toList();
  }

  private static String status(GoalPlan p) {
    return p.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
