package tutor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.session.SessionEnd;
import tutor.session.SessionSummary;
import tutor.session.StudySession;
import tutor.store.Learner;
import tutor.store.LearnerLock;
import tutor.store.Store;
import tutor.study.StudyContext;
import tutor.study.StudyRequest;
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
      "Type your answer and press Enter. In a session: ? or :hint for a hint (again",
      "for the next), :show to see the answer (a miss), :skip to skip (it shows the",
      "answer if you had tried), :dispute to count your last answer as right when it",
      "was marked wrong, :undo, :help for all commands, :quit (or Ctrl-D) to stop.",
      "Flashcards: press Enter to see the answer, then rate your recall 1 Again,",
      "2 Hard, 3 Good, 4 Easy. Every answer is saved as soon as you give it.",
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

  @Option(
      names = "--skill",
      paramLabel = "ID",
      description =
          "Study only this skill (even if it is still locked): its id, title or the start of either.")
  String skill;

  @Option(names = "--minutes", paramLabel = "N", description = "Stop after about N minutes.")
  Integer minutes;

  @Option(names = "--limit", paramLabel = "N", description = "Stop after N exercises.")
  Integer limit;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed for shuffling options (to replay a session exactly).")
  Long seed;

  @Option(
      names = "--ahead",
      paramLabel = "DAYS",
      description =
          "Also review what falls due in the next DAYS days (FSRS accounts for the early review).")
  int ahead;

  /** Set by `tutor cram`: practise without touching the schedule. */
  boolean cram;

  @Option(
      names = "--jsonl",
      description =
          "Speak the JSON-lines protocol on stdin/stdout, for programs (docs/protocol.md).")
  boolean jsonl;

  @Override
  public Integer call() throws IOException {
    if (jsonl) return callJsonLines();
    if (minutes != null && minutes <= 0)
      throw new UserException(ExitCodes.BAD_INPUT, "--minutes must be at least 1");
    if (limit != null && limit <= 0)
      throw new UserException(ExitCodes.BAD_INPUT, "--limit must be at least 1");
    if (ahead < 0 || ahead > 365)
      throw new UserException(ExitCodes.BAD_INPUT, "--ahead must be from 0 to 365 days");
    Clock clock = root.clock();
    LearnerLock lock = null;
    // On a terminal, JLine builds it while the database opens and the session is prepared.
    try (JLineInput.Pending terminal =
            root.ctx.interactive()
                ? JLineInput.openInBackground(root.ctx.terminals()::open)
                : null;
        Store store = root.openStore()) {
      tutor.session.Timing.mark("store open");
      Learner learner = store.currentLearner(clock.instant());
      checkScope(store, learner);
      lock = LearnerLock.take(store, learner);
      tutor.session.Timing.mark("scope checked, locked");
      StudyContext context = StudyContext.load(store, learner, ZoneId.systemDefault(), clock);
      if (terminal != null) {
        JLineInput input = terminal.get();
        return run(store, context, input, input.terminal().writer(), root.style(), clock);
      }
      LineInput input =
          new PipedInput(
              new BufferedReader(new InputStreamReader(root.ctx.in(), StandardCharsets.UTF_8)));
      return run(store, context, input, root.ctx.out(), Style.PLAIN, clock);
    } finally {
      if (lock != null) lock.close();
    }
  }

  private int run(
      Store store,
      StudyContext context,
      LineInput input,
      PrintWriter out,
      Style style,
      Clock clock) {
    ConsoleUi ui = new ConsoleUi(input, out, style, clock::instant);
    tutor.session.Timing.mark("ui made");
    store.waitForOthers(() -> ui.say(WAITING));
    if (input.interactive())
      ui.note("Studying as " + context.learner().name() + ". " + StudySession.COMMANDS_BRIEF);
    StudySession session = context.session(request(), ui, ui::note);
    ui.timeBudget(session.options().timeBudget());
    tutor.session.Timing.mark("session assembled");
    if (!cram) {
      String today = context.dailyAtStart();
      if (!today.isEmpty()) ui.note(today);
    }
    tutor.session.Timing.mark("daily progress said");
    AutoBackup.Daily daily = AutoBackup.daily(root);
    SessionSummary summary;
    // SIGINT where no prompt catches it (a pipe, or while an answer is written): the JVM exits
    // with 130 after its shutdown hooks, and this one says what the session did first.
    Thread onInterrupt =
        new Thread(
            () -> {
              SessionSummary s = session.interruptedSummary();
              if (s != null) {
                ui.summary(s);
                out.flush();
              }
            },
            "interrupted-summary");
    boolean hooked =
        root.ctx.in() == System.in; // the real process only, not a test's in-process run
    if (hooked) Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      summary = session.run();
    } finally {
      if (hooked) {
        try {
          Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running or has run: it printed the summary
        }
      }
    }
    // The summary first, then the day's backup finished: on a large database it can take a while,
    // and the learner's answers are saved already.
    try {
      ui.summary(summary);
      tutor.session.Timing.mark("summary said");
      if (!cram && summary.answered() > 0) {
        context.noteGoalsMet();
        // Work still open today: an unmet goal says how much more reaches it.
        String today = context.daily().atEnd(summary.dueNow() + summary.newToday() > 0);
        if (!today.isEmpty()) ui.say(today);
      }
    } finally {
      daily.finish(root.ctx.err());
    }
    return summary.endedBy() == SessionEnd.Cause.INTERRUPT ? ExitCodes.INTERRUPTED : ExitCodes.OK;
  }

  /** The options as the study layer takes them. */
  private StudyRequest request() {
    return new StudyRequest(
        Optional.ofNullable(pack),
        Optional.ofNullable(skill),
        minutes == null ? OptionalInt.empty() : OptionalInt.of(minutes),
        limit == null ? OptionalInt.empty() : OptionalInt.of(limit),
        // The order of options and such needs no secure seed, and SecureRandom takes a while to
        // start.
        seed != null ? seed : java.util.concurrent.ThreadLocalRandom.current().nextLong(),
        ahead,
        cram);
  }

  /** Said once when an answer waits for another program to finish writing; the answer is kept. */
  static final String WAITING =
      "Waiting for the database: another program is writing to it. Your answer is kept.";

  /** The session over JSON lines: every failure becomes an error event, never a stack trace. */
  private int callJsonLines() {
    tutor.protocol.JsonLinesUi ui =
        new tutor.protocol.JsonLinesUi(
            new BufferedReader(new InputStreamReader(root.ctx.in(), StandardCharsets.UTF_8)),
            root.ctx.out());
    try {
      if (minutes != null && minutes <= 0)
        throw new UserException(ExitCodes.BAD_INPUT, "--minutes must be at least 1");
      if (limit != null && limit <= 0)
        throw new UserException(ExitCodes.BAD_INPUT, "--limit must be at least 1");
      Clock clock = root.clock();
      LearnerLock lock = null;
      try (Store store = root.openStore()) {
        Learner learner = store.currentLearner(clock.instant());
        ui.hello(new VersionProvider().getVersion()[0].replace("tutor ", ""), learner.name());
        checkScope(store, learner);
        lock = LearnerLock.take(store, learner);
        store.waitForOthers(() -> ui.say(WAITING));
        StudyContext context = StudyContext.load(store, learner, ZoneId.systemDefault(), clock);
        StudySession session = context.session(request(), ui, line -> {});
        AutoBackup.Daily daily = AutoBackup.daily(root);
        SessionSummary summary;
        try {
          summary = session.run();
          ui.summary(summary);
          if (!cram && summary.answered() > 0) context.noteGoalsMet();
        } finally {
          daily.finish(root.ctx.err());
        }
        return summary.endedBy() == SessionEnd.Cause.INTERRUPT
            ? ExitCodes.INTERRUPTED
            : ExitCodes.OK;
      } finally {
        if (lock != null) lock.close();
      }
    } catch (UserException e) {
      ui.error(e.exitCode() == ExitCodes.BAD_INPUT ? "bad_input" : "failure", e.getMessage());
      return e.exitCode();
    } catch (tutor.store.StoreException e) {
      ui.error("database", e.getMessage());
      return ExitCodes.FAILURE;
    }
  }

  private void checkScope(Store store, Learner learner) {
    if (pack == null && skill == null) {
      if (store.packTitles().isEmpty()) {
        throw new UserException(
            ExitCodes.FAILURE, "no packs are installed; add one with: tutor pack add PATH");
      }
      return;
    }
    // The installed skills only: the session reads the learner's cards once, after the lock.
    java.util.List<tutor.pack.StoredSkill> skills = store.skills();
    if (pack != null && skills.stream().noneMatch(s -> s.packId().equals(pack))) {
      throw new UserException(
          ExitCodes.BAD_INPUT, "no installed pack '" + pack + "' (see: tutor pack list)");
    }
    if (skill != null) {
      // A title or the start of a name is taken too; the session is given the id.
      java.util.List<tutor.pack.StoredSkill> found = SkillNames.resolve(skills, pack, skill);
      if (found.stream().map(tutor.pack.StoredSkill::id).distinct().count() == 1)
        skill = found.get(0).id();
    }
  }
}
