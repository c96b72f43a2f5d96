package tutor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.grade.AnswerGrader;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.SchedulerConfig;
import tutor.session.LearnerSettings;
import tutor.session.SessionEnd;
import tutor.session.SessionSummary;
import tutor.session.StudySession;
import tutor.store.Learner;
import tutor.store.PackSummary;
import tutor.store.SqliteStore;
import tutor.store.StudyData;
import tutor.terminal.ConsoleUi;
import tutor.terminal.JLineInput;
import tutor.terminal.LineInput;
import tutor.terminal.PipedInput;
import tutor.terminal.Style;

@Command(
    name = "study",
    mixinStandardHelpOptions = true,
    description = {
      "Study: due reviews first, then new exercises of skills whose prerequisites you have mastered.",
      "",
      "Type your answer and press Enter. In a session: ? or :hint for a hint, :skip to skip,",
      ":quit (or Ctrl-D) to stop. Flashcards: press Enter to see the answer, then rate your",
      "recall 1 Again, 2 Hard, 3 Good, 4 Easy. Every answer is saved as soon as you give it.",
      "",
      "When standard input is not a terminal, one answer is read per line and output is plain text."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor study",
      "  tutor study --pack unix-shell --minutes 15",
      "  tutor study --skill pipes --limit 5",
      "  printf '3\\npwd\\n' | tutor study --limit 2     (scripted answers)"
    })
final class StudyCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @Option(names = "--pack", paramLabel = "ID", description = "Study only this pack.")
  String pack;

  @Option(names = "--skill", paramLabel = "ID", description = "Study only this skill (even if it is still locked).")
  String skill;

  @Option(names = "--minutes", paramLabel = "N", description = "Stop after about N minutes.")
  Integer minutes;

  @Option(names = "--limit", paramLabel = "N", description = "Stop after N exercises.")
  Integer limit;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for shuffling options (to replay a session exactly).")
  Long seed;

  @Override
  public Integer call() throws IOException {
    if (minutes != null && minutes <= 0) throw new UserException(ExitCodes.BAD_INPUT, "--minutes must be at least 1");
    if (limit != null && limit <= 0) throw new UserException(ExitCodes.BAD_INPUT, "--limit must be at least 1");
    Clock clock = root.clock();
    try (SqliteStore store = root.openStore()) {
      Learner learner = store.currentLearner(clock.instant());
      checkScope(store, learner);
      LearnerSettings settings = LearnerSettings.from(store.settings(learner.id()), ZoneId.systemDefault());
      SchedulerConfig config = SchedulerConfig.defaults().withDesiredRetention(settings.desiredRetention());
      Map<String, String> titles = new LinkedHashMap<>();
      for (PackSummary p : store.packs(learner.id())) titles.put(p.id(), p.title());
      StudySession.Options options = new StudySession.Options(Optional.ofNullable(pack),
          Optional.ofNullable(skill), Optional.ofNullable(minutes).map(Duration::ofMinutes),
          limit == null ? OptionalInt.empty() : OptionalInt.of(limit),
          seed != null ? seed : new SecureRandom().nextLong());
      if (root.ctx.interactive()) {
        try (JLineInput input = JLineInput.open()) {
          PrintWriter out = input.terminal().writer();
          return run(store, learner, settings, config, options, titles, input, out, root.style(), clock);
        }
      }
      LineInput input = new PipedInput(new BufferedReader(new InputStreamReader(root.ctx.in(), StandardCharsets.UTF_8)));
      return run(store, learner, settings, config, options, titles, input, root.ctx.out(), Style.PLAIN, clock);
    }
  }

  private int run(SqliteStore store, Learner learner, LearnerSettings settings, SchedulerConfig config,
      StudySession.Options options, Map<String, String> titles, LineInput input, PrintWriter out,
      Style style, Clock clock) {
    ConsoleUi ui = new ConsoleUi(input, out, style, clock::instant);
    if (input.interactive()) {
      out.println(style.dim(tutor.terminal.Wrap.text("Studying as " + learner.name() + ". "
          + StudySession.COMMANDS, input.width(), "")));
    }
    StudySession session = new StudySession(store, learner, settings, new FsrsScheduler(config),
        new AnswerGrader(), ui, clock, options, titles);
    SessionSummary summary = session.run();
    ui.summary(summary);
    return summary.endedBy() == SessionEnd.Cause.INTERRUPT ? ExitCodes.INTERRUPTED : ExitCodes.OK;
  }

  private void checkScope(SqliteStore store, Learner learner) {
    if (pack == null && skill == null) {
      if (store.packs(learner.id()).isEmpty()) {
        throw new UserException(ExitCodes.FAILURE, "no packs are installed; add one with: tutor pack add PATH");
      }
      return;
    }
    StudyData data = store.studyData(learner.id());
    if (pack != null && data.skills().stream().noneMatch(s -> s.packId().equals(pack))) {
      throw new UserException(ExitCodes.BAD_INPUT, "no installed pack '" + pack + "' (see: tutor pack list)");
    }
    if (skill != null && data.skills().stream().noneMatch(s -> s.id().equals(skill)
        && (pack == null || s.packId().equals(pack)))) {
      throw new UserException(ExitCodes.BAD_INPUT, "no skill '" + skill + "'"
          + (pack == null ? "" : " in pack '" + pack + "'") + " (see: tutor pack list)");
    }
  }
}
