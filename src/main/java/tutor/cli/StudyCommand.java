package tutor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.kind.AnswerGrader;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.SchedulerConfig;
import tutor.session.LearnerSettings;
import tutor.session.SessionEnd;
import tutor.session.SessionSummary;
import tutor.session.StudySession;
import tutor.store.Learner;
import tutor.store.LearnerLock;
import tutor.store.Store;
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

  /** The learner's preferred session length (tutor profile set session-minutes N), if any. */
  Integer sessionMinutesPreference;

  /** Set by `tutor cram`: practise without touching the schedule. */
  boolean cram;

  @Option(
      names = "--jsonl",
      description =
          "Speak the JSON-lines protocol on stdin/stdout, for programs (docs/protocol.md).")
  boolean jsonl;

  @Override
  public Integer call() throws IOException {
    goalPlans = null;
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
      LearnerSettings settings =
          LearnerSettings.from(store.settings(learner.id()), ZoneId.systemDefault());
      SchedulerConfig config = schedulerConfig(store, learner, settings);
      Map<String, String> titles = titles(store, learner);
      sessionMinutesPreference =
          tutor.profile.Preferences.from(store.settings(learner.id())).sessionMinutes();
      StudySession.Options options = options();
      if (terminal != null) {
        JLineInput input = terminal.get();
        return run(
            store,
            learner,
            settings,
            config,
            options,
            titles,
            input,
            input.terminal().writer(),
            root.style(),
            clock);
      }
      LineInput input =
          new PipedInput(
              new BufferedReader(new InputStreamReader(root.ctx.in(), StandardCharsets.UTF_8)));
      return run(
          store,
          learner,
          settings,
          config,
          options,
          titles,
          input,
          root.ctx.out(),
          Style.PLAIN,
          clock);
    } finally {
      if (lock != null) lock.close();
    }
  }

  private int run(
      Store store,
      Learner learner,
      LearnerSettings settings,
      SchedulerConfig config,
      StudySession.Options options,
      Map<String, String> titles,
      LineInput input,
      PrintWriter out,
      Style style,
      Clock clock) {
    ConsoleUi ui = new ConsoleUi(input, out, style, clock::instant);
    store.waitForOthers(() -> ui.say(WAITING));
    if (input.interactive())
      ui.note("Studying as " + learner.name() + ". " + StudySession.COMMANDS_BRIEF);
    tutor.session.Timing.mark("ui made");
    StudySession session =
        session(store, learner, settings, config, options, titles, ui, clock, ui::note);
    tutor.session.Timing.mark("session assembled");
    if (!cram) {
      String today = daily(store, learner, settings, clock).atStart();
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
      daily.finish(root.ctx.err());
    }
    ui.summary(summary);
    if (!cram && summary.answered() > 0) {
      String today = daily(store, learner, settings, clock).atEnd();
      if (!today.isEmpty()) ui.say(today);
    }
    return summary.endedBy() == SessionEnd.Cause.INTERRUPT ? ExitCodes.INTERRUPTED : ExitCodes.OK;
  }

  /** The learner's goal plans, made once per start though four things ask for them. */
  private java.util.List<tutor.goal.GoalPlan> goalPlans;

  private java.util.List<tutor.goal.GoalPlan> goalPlans(
      Store store, Learner learner, java.time.Instant now) {
    if (goalPlans == null) goalPlans = GoalCommand.plans(store, learner, now);
    return goalPlans;
  }

  /**
   * Today's study so far against the daily target (the goals' largest, else the preferred session
   * length) and the streak.
   */
  private tutor.stats.DailyProgress daily(
      Store store, Learner learner, LearnerSettings settings, Clock clock) {
    java.time.Instant now = clock.instant();
    Integer dailyMinutes = null;
    Integer dailyExercises = null;
    for (tutor.goal.GoalPlan p : goalPlans(store, learner, now)) {
      Integer m = p.goal().dailyMinutes();
      Integer e = p.goal().dailyExercises();
      if (m != null && (dailyMinutes == null || m > dailyMinutes)) dailyMinutes = m;
      if (e != null && (dailyExercises == null || e > dailyExercises)) dailyExercises = e;
    }
    if (dailyMinutes == null && dailyExercises == null) dailyMinutes = sessionMinutesPreference;
    return tutor.stats.DailyProgress.of(
        store.history(), learner.id(), now, settings.day(), dailyMinutes, dailyExercises);
  }

  private SchedulerConfig schedulerConfig(Store store, Learner learner, LearnerSettings settings) {
    return settings.schedulerConfig(OptimizeCommand.schedulingParameters(store, learner));
  }

  private static Map<String, String> titles(Store store, Learner learner) {
    return store.packTitles();
  }

  private StudySession.Options options() {
    return new StudySession.Options(
        Optional.ofNullable(pack),
        Optional.ofNullable(skill),
        Optional.ofNullable(minutes != null ? minutes : sessionMinutesPreference)
            .map(Duration::ofMinutes),
        limit == null ? OptionalInt.empty() : OptionalInt.of(limit),
        // The order of options and such needs no secure seed, and SecureRandom takes a while to
        // start.
        seed != null ? seed : java.util.concurrent.ThreadLocalRandom.current().nextLong(),
        ahead,
        cram);
  }

  /**
   * The session, aimed at the learner's success target with difficulties refined by everyone's
   * first attempts, serving the active goals first.
   */
  private StudySession session(
      Store store,
      Learner learner,
      LearnerSettings settings,
      SchedulerConfig config,
      StudySession.Options options,
      Map<String, String> titles,
      tutor.session.StudyUi ui,
      Clock clock,
      java.util.function.Consumer<String> note) {
    // Cramming goes through the whole scope: read once, for all of the below and the session.
    // Studying asks the store for candidates, and reads nothing whole here.
    StudyData data = cram ? store.studyOutline(learner.id()) : null;
    tutor.session.Timing.mark("outline read (cramming only)");
    // Refined difficulty matters for new material only: exercises this learner has not seen.
    Map<tutor.pack.CardKey, Double> refined = new java.util.HashMap<>();
    var first = store.history().firstAttemptsAtUnseen(learner.id());
    if (!first.isEmpty()) {
      // Other learners' first attempts (a shared database): their exercises' pack difficulty.
      java.util.List<tutor.pack.StoredExercise> exercises =
          data != null ? data.exercises() : store.studyOutline(learner.id()).exercises();
      for (tutor.pack.StoredExercise e : exercises) {
        var f = first.get(e.key());
        if (f != null) {
          refined.put(
              e.key(),
              tutor.mastery.MasteryModel.refinedDifficulty(
                  e.exercise().difficulty(), f.attempts(), f.right()));
        }
      }
    }
    tutor.session.Timing.mark("refined difficulty");
    tutor.store.StudyCandidates candidates = store.candidates();
    tutor.session.DueLoad load =
        data != null
            ? new tutor.session.DueLoad(data.cards().values(), settings.day(), settings.easyDays())
            : new tutor.session.DueLoad(
                date ->
                    candidates.reviewsDueBetween(
                        learner.id(),
                        settings.day().startOf(date),
                        settings.day().startOf(date.plusDays(1))),
                settings.day(),
                settings.easyDays());
    tutor.session.Timing.mark("due load");
    StudySession.Options planned = withGoalBudget(options, store, learner, clock, note);
    tutor.session.Timing.mark("goal budget");
    if (ui instanceof ConsoleUi console) console.timeBudget(planned.timeBudget());
    return new StudySession(
            store,
            learner,
            settings,
            new FsrsScheduler(config, load),
            new AnswerGrader(),
            ui,
            clock,
            planned,
            titles)
        .studyData(data)
        .balancing(load)
        .exams(exams(store, learner, settings, clock))
        .askConfidence(tutor.profile.Preferences.from(store.settings(learner.id())).confidence())
        .preferring(tutor.profile.Preferences.from(store.settings(learner.id())).preferredTypes())
        .goalPath(goalPath(store, learner, clock))
        .targeting(settings.targetSuccess(), refined)
        .onPick(p -> rememberWhy(store, learner, p));
  }

  /**
   * With no --minutes or --limit of its own, a plain `tutor study` takes the goals' daily budget
   * (the largest, when several goals have one) as this session's.
   */
  private StudySession.Options withGoalBudget(
      StudySession.Options options,
      Store store,
      Learner learner,
      Clock clock,
      java.util.function.Consumer<String> note) {
    if (pack != null || skill != null || cram) return options;
    Optional<Duration> time = options.timeBudget();
    OptionalInt count = options.limit();
    for (tutor.goal.GoalPlan p : goalPlans(store, learner, clock.instant())) {
      note.accept("Goal: " + Units.describe(store, p.goal()) + ". " + p.summary());
      if (minutes == null
          && p.goal().dailyMinutes() != null
          && time.map(t -> t.toMinutes() < p.goal().dailyMinutes()).orElse(true)) {
        time = Optional.of(Duration.ofMinutes(p.goal().dailyMinutes()));
      }
      if (limit == null
          && p.goal().dailyExercises() != null
          && (count.isEmpty() || count.getAsInt() < p.goal().dailyExercises())) {
        count = OptionalInt.of(p.goal().dailyExercises());
      }
    }
    return new StudySession.Options(
        options.pack(),
        options.skill(),
        time,
        count,
        options.seed(),
        options.aheadDays(),
        options.cram());
  }

  /** Every skill on the path of a goal with a deadline, with the start of its exam day. */
  private Map<tutor.pack.SkillKey, java.time.Instant> exams(
      Store store, Learner learner, LearnerSettings settings, Clock clock) {
    Map<tutor.pack.SkillKey, java.time.Instant> exams = new java.util.HashMap<>();
    for (tutor.goal.GoalPlan p : goalPlans(store, learner, clock.instant())) {
      if (p.goal().deadline() == null) continue;
      java.time.Instant exam = settings.day().startOf(p.goal().deadline());
      for (tutor.pack.SkillKey k : p.path()) exams.merge(k, exam, (a, b) -> a.isBefore(b) ? a : b);
    }
    return exams;
  }

  /** For `tutor why` after the session. */
  private static void rememberWhy(Store store, Learner learner, tutor.session.Pick p) {
    store.setAppSetting(
        WhyCommand.KEY + learner.id(),
        "Last exercise: "
            + p.exercise().packId()
            + "/"
            + p.exercise().exercise().id()
            + ". "
            + p.why());
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
        LearnerSettings settings =
            LearnerSettings.from(store.settings(learner.id()), ZoneId.systemDefault());
        SchedulerConfig config = schedulerConfig(store, learner, settings);
        sessionMinutesPreference =
            tutor.profile.Preferences.from(store.settings(learner.id())).sessionMinutes();
        StudySession session =
            session(
                store,
                learner,
                settings,
                config,
                options(),
                titles(store, learner),
                ui,
                clock,
                line -> {});
        AutoBackup.Daily daily = AutoBackup.daily(root);
        SessionSummary summary;
        try {
          summary = session.run();
        } finally {
          daily.finish(root.ctx.err());
        }
        ui.summary(summary);
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

  /** With no --pack or --skill, the active goals' skills are served first. */
  private java.util.Set<tutor.pack.SkillKey> goalPath(Store store, Learner learner, Clock clock) {
    if (pack != null || skill != null) return java.util.Set.of();
    java.util.Set<tutor.pack.SkillKey> path = new java.util.HashSet<>();
    for (tutor.goal.GoalPlan p : goalPlans(store, learner, clock.instant())) {
      path.addAll(p.remaining());
    }
    return path;
  }

  private void checkScope(Store store, Learner learner) {
    if (pack == null && skill == null) {
      if (store.packTitles().isEmpty()) {
        throw new UserException(
            ExitCodes.FAILURE, "no packs are installed; add one with: tutor pack add PATH");
      }
      return;
    }
    StudyData data = store.studyOutline(learner.id());
    if (pack != null && data.skills().stream().noneMatch(s -> s.packId().equals(pack))) {
      throw new UserException(
          ExitCodes.BAD_INPUT, "no installed pack '" + pack + "' (see: tutor pack list)");
    }
    if (skill != null) {
      // A title or the start of a name is taken too; the session is given the id.
      java.util.List<tutor.pack.StoredSkill> found = SkillNames.resolve(data.skills(), pack, skill);
      if (found.stream().map(tutor.pack.StoredSkill::id).distinct().count() == 1)
        skill = found.get(0).id();
    }
  }
}
