package tutor.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import tutor.goal.Goal;
import tutor.goal.GoalPlan;
import tutor.goal.GoalPlanner;
import tutor.kind.AnswerGrader;
import tutor.mastery.MasteryModel;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.profile.Preferences;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.SchedulerConfig;
import tutor.session.AnswerLoop;
import tutor.session.Difficulties;
import tutor.session.DueLoad;
import tutor.session.LearnerSettings;
import tutor.session.Pick;
import tutor.session.StudySession;
import tutor.session.StudyUi;
import tutor.session.Timing;
import tutor.stats.DailyProgress;
import tutor.store.Goals;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.StudyCandidates;
import tutor.store.StudyData;

/**
 * The study application layer: a learner's settings, preferences, scheduler (with their adopted
 * FSRS parameters), goals and exams, each read once per start, and the sessions built from them.
 * The command line's {@code study}, {@code cram}, {@code placement} and JSON-lines protocol use it,
 * and so would a web page or an editor plugin: it knows the store only through {@link Store}, and
 * nothing of the command line.
 */
public final class StudyContext {
  /** The app setting that keeps why the last exercise was chosen, per learner (`tutor why`). */
  public static final String WHY_KEY = "last_pick:";

  private final Store store;
  private final Learner learner;
  private final Clock clock;
  private final LearnerSetup setup;
  private final LearnerSettings settings;
  private final Preferences preferences;
  private final SchedulerConfig schedulerConfig;

  /** The learner's study data in outline, read when first needed and handed to the session. */
  private StudyData outline;

  private List<GoalPlan> plans;

  private StudyContext(Store store, Learner learner, Clock clock, LearnerSetup setup) {
    this.store = store;
    this.learner = learner;
    this.clock = clock;
    this.setup = setup;
    this.settings = setup.settings();
    this.preferences = setup.preferences();
    this.schedulerConfig = setup.schedulerConfig();
  }

  /**
   * Reads the learner's settings (once: scheduling, preferences) and adopted FSRS parameters. Goals
   * and study data are read when first needed, once.
   *
   * @param zone the learner's time zone, where their study day is counted
   */
  public static StudyContext load(Store store, Learner learner, ZoneId zone, Clock clock) {
    return new StudyContext(store, learner, clock, LearnerSetup.read(store, learner, zone));
  }

  public Learner learner() {
    return learner;
  }

  /** The learner's settings as read for this start. */
  public LearnerSetup setup() {
    return setup;
  }

  public LearnerSettings settings() {
    return settings;
  }

  public Preferences preferences() {
    return preferences;
  }

  /** The learner's retention, study day and adopted parameters. */
  public SchedulerConfig schedulerConfig() {
    return schedulerConfig;
  }

  /** FSRS as the learner has it, without load balancing (placement, reports). */
  public FsrsScheduler scheduler() {
    return setup.scheduler();
  }

  /** The learner's study data in outline (exercises without wording), read once. */
  public StudyData outline() {
    if (outline == null) outline = store.studyOutline(learner.id());
    return outline;
  }

  /** The plans of the learner's goals, made once (empty without goals, reading nothing more). */
  public List<GoalPlan> plans() {
    if (plans == null) plans = plans(store, learner, setup, clock.instant());
    return plans;
  }

  /**
   * The plan of each of the learner's goals at {@code now}, from the store's aggregates: skills,
   * mastery, each goal's pack review load and its skills' recall summed in the store; no card is
   * read. A skill counts as mastered when {@code tutor stats} shows it mastered: the same levels
   * ({@link tutor.session.Picker#memory}, with the learner's scheduler), fading included.
   */
  public static List<GoalPlan> plans(
      Store store, Learner learner, LearnerSetup setup, Instant now) {
    Goals goals = store.goals();
    List<Goal> list = goals.list(learner.id());
    if (list.isEmpty()) return List.of(); // asked at every start: without goals, read nothing more
    LearnerSettings settings = setup.settings();
    List<tutor.pack.StoredSkill> skills = store.skills();
    Map<SkillKey, tutor.mastery.SkillMastery> mastery = store.mastery(learner.id());
    LocalDate today = settings.day().dateOf(now);
    tutor.goal.AnswerTimes times = goals.answerTimes(learner.id());
    Set<SkillKey> lessonsSeen = store.lessonsSeen(learner.id());
    FsrsScheduler scheduler = setup.scheduler();
    // Fading told by each skill's fading day, which the store keeps while its cards stay as they
    // are: the levels tutor stats shows, without reading every card of the pack at each start.
    tutor.mastery.FadingDay.Curve curve = setup.fadingCurve();
    Map<SkillKey, tutor.store.SkillFading> fading = new HashMap<>();
    Set<String> packs = new HashSet<>();
    for (Goal g : list)
      if (packs.add(g.packId())) fading.putAll(store.skillFading(learner.id(), g.packId(), curve));
    // Skills of packs without a goal have no fading day: their levels are not read.
    Map<SkillKey, tutor.mastery.Level> levels =
        new tutor.session.Picker(scheduler, skills)
            .levels(fading, mastery, curve.day().applyAsLong(now));
    List<GoalPlan> out = new ArrayList<>();
    for (Goal g : list) {
      double reviews = goals.reviewLoad(learner.id(), g.packId());
      tutor.goal.Pace pace =
          tutor.goal.Pace.of(
                  goals.recentAnswers(
                      learner.id(),
                      g.packId(),
                      now,
                      GoalPlanner.PACE_DAYS,
                      settings.day().startOf(today)),
                  times)
              .withPackMinutes(GoalPlanner.packMinutes(g, list));
      GoalPlan p = GoalPlanner.plan(g, skills, mastery, levels, reviews, today, pace, lessonsSeen);
      if (p.status() == GoalPlan.Status.DONE && g.metOn() == null && !store.readOnly()) {
        // Met today, as every screen that plans sees first: the day is kept, so that the goal
        // stays met when its skills fade (GoalPlan.Status.MET).
        goals.markMet(learner.id(), g.id(), today);
        p =
            GoalPlanner.plan(
                g.withMetOn(today), skills, mastery, levels, reviews, today, pace, lessonsSeen);
      }
      out.add(p);
    }
    return out;
  }

  /**
   * Records the goals met by the answers of a session that just ended (their plans made anew at its
   * end): a goal met in a session and first looked at after its deadline, its skills faded by then,
   * would otherwise never count as met on time. Reads nothing without a goal to meet.
   */
  public void noteGoalsMet() {
    if (store.goals().list(learner.id()).stream().allMatch(g -> g.metOn() != null)) return;
    try {
      // Not kept as this context's plans: what the session began with stays what it says.
      plans(store, learner, setup, clock.instant());
    } catch (tutor.store.StoreException e) {
      // The answers are saved; the next screen that plans a goal records it met, that day.
    }
  }

  /** Every skill on the path of a goal with a deadline, with the start of its exam day. */
  public Map<SkillKey, Instant> exams() {
    Map<SkillKey, Instant> exams = new HashMap<>();
    for (GoalPlan p : plans()) {
      if (p.goal().deadline() == null) continue;
      Instant exam = settings.day().startOf(p.goal().deadline());
      for (SkillKey k : p.path()) exams.merge(k, exam, (a, b) -> a.isBefore(b) ? a : b);
    }
    return exams;
  }

  /** With no pack or skill asked for, the active goals' skills are served first. */
  public Set<SkillKey> goalPath(StudyRequest request) {
    if (request.scoped()) return Set.of();
    Set<SkillKey> path = new HashSet<>();
    for (GoalPlan p : plans()) path.addAll(p.remaining());
    return path;
  }

  /**
   * The session asked for, aimed at the learner's success target with difficulties refined by
   * everyone's first attempts, serving the active goals first. A plain session takes the goals'
   * daily budget, each goal told to {@code note} ("Goal: ...").
   */
  public StudySession session(StudyRequest request, StudyUi ui, Consumer<String> note) {
    // Cramming goes through the whole scope: read once, for all of the below and the session.
    // Studying asks the store for candidates, and reads nothing whole here.
    StudyData data = request.cram() ? outline() : null;
    Timing.mark("outline read (cramming only)");
    // Refined difficulty matters for new material only: exercises this learner has not seen. Other
    // learners' first attempts (a shared database) are asked per exercise as the picker weighs it,
    // and kept for the session: an exercise keeps the difficulty it was picked by.
    Map<CardKey, Double> refined = new HashMap<>();
    tutor.store.History history = store.history();
    Difficulties difficulties =
        e ->
            refined.computeIfAbsent(
                e.key(),
                key ->
                    history
                        .firstAttemptsAtUnseen(learner.id(), key)
                        .map(
                            f ->
                                MasteryModel.refinedDifficulty(
                                    f.difficulty(), f.attempts(), f.right()))
                        .orElse((double) e.exercise().difficulty()));
    StudyCandidates candidates = store.candidates();
    DueLoad load =
        data != null
            ? new DueLoad(data.cards().values(), settings.day(), settings.easyDays())
            : new DueLoad(
                date ->
                    candidates.reviewsDueBetween(
                        learner.id(),
                        settings.day().startOf(date),
                        settings.day().startOf(date.plusDays(1))),
                settings.day(),
                settings.easyDays());
    Timing.mark("due load");
    StudySession.Options planned = withGoalBudget(request, note);
    Timing.mark("goal budget");
    Map<SkillKey, Instant> exams = exams();
    Set<SkillKey> goalPath = goalPath(request);
    outline = null; // a cramming session has it now, and lets go of it once indexed
    return new StudySession(
            store,
            learner,
            settings,
            new FsrsScheduler(schedulerConfig, load),
            new AnswerGrader(),
            ui,
            clock,
            planned,
            store.packTitles())
        .studyData(data)
        .balancing(load)
        .exams(exams)
        .askConfidence(preferences.confidence())
        .preferring(preferences.preferredTypes())
        .goalPath(goalPath)
        .targeting(settings.targetSuccess(), difficulties)
        .onPick(this::rememberWhy);
  }

  /** The shortest session a goal's daily budget makes, once little or nothing is left today. */
  public static final int MIN_SESSION_MINUTES = 5;

  /** The fewest exercises a goal's daily count makes a session of. */
  public static final int MIN_SESSION_EXERCISES = 5;

  /**
   * The request's budgets, else the learner's session length; with no minutes or limit of its own,
   * a plain session takes what is left today of the active goals' daily budget (the largest, when
   * several goals have one; {@link #MIN_SESSION_MINUTES} at least), counted in study time as
   * today's line counts it. A goal done or past its date sets nothing. With the day's budget met,
   * the session says so and goes on for the minimum: the learner asked to study.
   */
  private StudySession.Options withGoalBudget(StudyRequest request, Consumer<String> note) {
    Optional<Duration> time =
        (request.minutes().isPresent()
                ? Optional.of(request.minutes().getAsInt())
                : Optional.ofNullable(preferences.sessionMinutes()))
            .map(Duration::ofMinutes);
    OptionalInt count = request.limit();
    if (!request.scoped() && !request.cram()) {
      for (GoalPlan p : plans()) {
        note.accept(
            "Goal: " + p.goal().describe(store.units(p.goal().packId())) + ". " + p.summary());
      }
      DailyTarget target = dailyTarget();
      if (request.minutes().isEmpty() && target.fromGoals() && target.minutes() != null) {
        long doneMillis = todaySoFar().timedMillis();
        long leftMillis = target.minutes() * 60_000L - doneMillis;
        long left = Math.max(MIN_SESSION_MINUTES, (leftMillis + 59_999) / 60_000);
        if (time.map(t -> t.toMinutes() < left).orElse(true))
          time = Optional.of(Duration.ofMinutes(left));
        if (leftMillis <= 0) {
          note.accept(
              "Today's goal of "
                  + target.minutes()
                  + " minutes of study is met ("
                  + tutor.session.Durations.words(Duration.ofMillis(doneMillis))
                  + " so far). Going on for "
                  + time.get().toMinutes()
                  + " minutes more; :quit ends the session.");
        }
      }
      if (request.limit().isEmpty() && target.fromGoals() && target.exercises() != null) {
        int done = todaySoFar().answers();
        int left = Math.max(MIN_SESSION_EXERCISES, target.exercises() - done);
        if (count.isEmpty() || count.getAsInt() < left) count = OptionalInt.of(left);
        if (done >= target.exercises()) {
          note.accept(
              "Today's goal of "
                  + target.exercises()
                  + " exercises is met ("
                  + done
                  + " so far). Going on for "
                  + count.getAsInt()
                  + " exercises more; :quit ends the session.");
        }
      }
    }
    return new StudySession.Options(
        request.pack(),
        request.skill(),
        time,
        count,
        request.seed(),
        request.aheadDays(),
        request.cram());
  }

  private tutor.stats.Period today;

  /** Today's answers and study time before this session, read once. */
  private tutor.stats.Period todaySoFar() {
    if (today == null)
      today =
          DailyProgress.todaySoFar(store.history(), learner.id(), clock.instant(), settings.day());
    return today;
  }

  /** For `tutor why` after the session. */
  private void rememberWhy(Pick p) {
    store.setAppSetting(
        WHY_KEY + learner.id(),
        // The exercise's key on the first line, why on the next: `tutor why` names the exercise
        // by its prompt, and --format json by this key.
        p.exercise().packId() + "/" + p.exercise().exercise().id() + "\n" + p.why());
  }

  /**
   * Today's study so far against the daily target (the goals' largest, else the preferred session
   * length) and the streak.
   */
  public DailyProgress daily() {
    Instant now = clock.instant();
    DailyTarget target = dailyTarget();
    // today's answers and the study days of the history, a look per study day
    return DailyProgress.of(
        store.history(), learner.id(), now, settings.day(), target.minutes(), target.exercises());
  }

  /**
   * What {@link #daily()} says at a session's start ({@link DailyProgress#atStart()}), reading only
   * today's answers and the days of the current streak.
   */
  public String dailyAtStart() {
    DailyTarget target = dailyTarget();
    return DailyProgress.startLine(
        store.history(),
        learner.id(),
        clock.instant(),
        settings.day(),
        target.minutes(),
        target.exercises());
  }

  /**
   * Minutes and exercises a day to reach, each null without one; fromGoals: the active goals' or
   * the daily-minutes setting (not the preferred session length).
   */
  private record DailyTarget(Integer minutes, Integer exercises, boolean fromGoals) {}

  /**
   * The active goals' largest daily targets, else the minutes a day the learner set ({@code tutor
   * settings daily-minutes}, which nothing read before: set to 20, no session said a word of it),
   * else the preferred session length.
   */
  private DailyTarget dailyTarget() {
    Integer dailyMinutes = null;
    Integer dailyExercises = null;
    for (GoalPlan p : plans()) {
      if (!p.active()) continue; // done, or its date passed: it asks for no more study today
      Integer m = p.goal().dailyMinutes();
      Integer e = p.goal().dailyExercises();
      if (m != null && (dailyMinutes == null || m > dailyMinutes)) dailyMinutes = m;
      if (e != null && (dailyExercises == null || e > dailyExercises)) dailyExercises = e;
    }
    // A daily budget set in the settings is one as a goal's is: a session takes what is left.
    if (dailyMinutes == null && dailyExercises == null && preferences.dailyMinutes() != null)
      return new DailyTarget(preferences.dailyMinutes(), null, true);
    if (dailyMinutes == null && dailyExercises == null)
      return new DailyTarget(preferences.sessionMinutes(), null, false);
    return new DailyTarget(dailyMinutes, dailyExercises, true);
  }

  /** The placement test for an installed pack; empty when no such pack is installed. */
  public Optional<Placement> placement(String packId) {
    return Placement.of(store, learner, scheduler(), clock, packId);
  }

  /**
   * The answer loop of a pack preview: the real grader and the default scheduler, nothing recorded,
   * no learner.
   */
  public static AnswerLoop preview(StudyUi ui, Clock clock) {
    return new AnswerLoop(
        AnswerLoop.Mode.PREVIEW,
        null,
        new FsrsScheduler(SchedulerConfig.defaults()),
        new AnswerGrader(),
        ui,
        clock,
        new LinkedHashMap<>(),
        cmd -> false);
  }
}
