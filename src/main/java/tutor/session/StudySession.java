package tutor.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tutor.grade.Grader;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.Scheduler;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.StudyData;

/**
 * One study session: pick, teach when a skill is new, show, read, grade, record, give feedback,
 * until the learner stops or nothing is left. Every answer is committed before its feedback.
 */
public final class StudySession {
  /** What the learner asked for on the command line. */
  public record Options(
      Optional<String> pack,
      Optional<String> skill,
      Optional<Duration> timeBudget,
      OptionalInt limit,
      long seed,
      int aheadDays,
      boolean cram) {
    public Options(
        Optional<String> pack,
        Optional<String> skill,
        Optional<Duration> timeBudget,
        OptionalInt limit,
        long seed) {
      this(pack, skill, timeBudget, limit, seed, 0, false);
    }
  }

  /** What :help shows: one command a line, short enough for a 50-column terminal. */
  public static final String COMMANDS =
      """
      Commands:
        ? or :hint - a hint (again for the next one)
        :show - the answer, after the hints (a miss)
        :skip - skip it (shows the answer if tried)
        :dispute - count your last answer as right
        :undo - take back your last answer
        :why - why this exercise was chosen
        :lesson, :example, :resources - more help
        :quit - end the session (or Ctrl-D)""";

  /**
   * The commands in brief, for the line a terminal session starts with; :help gives {@link
   * #COMMANDS}.
   */
  public static final String COMMANDS_BRIEF =
      "? hint, :show answer, :skip, :dispute, :undo, :help, :quit.";

  /** Days since the last review after which a session starts with "welcome back". */
  public static final int BREAK_DAYS = 3;

  /** Misses in a row on one skill after which the lesson, an example and resources are offered. */
  public static final int MISSES_BEFORE_OFFER = 2;

  /** How many recent answers steer the success target. */
  private static final int RECENT = 8;

  private final Store store;
  private final Learner learner;
  private final LearnerSettings settings;
  private final StudyUi ui;
  private final Clock clock;
  private final Options options;
  private final Scheduler scheduler;
  private final AnswerLoop loop;
  private final Map<String, String> packTitles;

  private final Map<CardKey, CardState> cards = new HashMap<>();
  private final Map<SkillKey, SkillMastery> mastery = new HashMap<>();
  private final Map<SkillKey, StoredSkill> skills = new LinkedHashMap<>();
  private final Set<CardKey> skipped = new HashSet<>();

  /**
   * How an exercise was shown: its number ("Exercise 3 of 10") and the seed of its presentation
   * (the order of a choice's options).
   */
  private record Shown(int number, long presentationSeed) {}

  /** How each exercise answered in this session was shown. */
  private final Map<CardKey, Shown> numbers = new HashMap<>();

  /**
   * How the exercises of answers taken back with :undo were shown: asked again, they are shown the
   * same, number and options' order (reshuffled, "2) Paris" became "4) Paris" under the learner's
   * eyes).
   */
  private final Map<CardKey, Shown> undoneShown = new HashMap<>();

  /** The highest number an answered exercise was shown with; the next new one gets one more. */
  private int highestNumber;

  /**
   * Missed {@link SessionTally#SET_ASIDE_AFTER} times, or suspended as leeches: not shown again
   * now.
   */
  private final Set<CardKey> setAside = new HashSet<>();

  private final SessionTally tally = new SessionTally();

  /** Leeches suspended, before the session or in it: out of its scope and of what it counts. */
  private final Set<CardKey> suspended = new HashSet<>();

  private int suspendedHere;
  private final Set<CardKey> crammed = new HashSet<>();
  private final List<tutor.profile.Calibration.Judged> judged = new ArrayList<>();
  private tutor.profile.PreferredTypes preferredTypes = tutor.profile.PreferredTypes.NONE;
  private final Set<SkillKey> lessonsSeen = new HashSet<>();
  private final Map<SkillKey, Integer> missesInARow = new HashMap<>();

  /**
   * Each skill's wrong answers in a row in this session, for the picker to step back from a skill
   * it keeps missing ({@link Picker#STEP_BACK_AFTER}); unlike {@link #missesInARow} not reset when
   * help is offered.
   */
  private final Map<SkillKey, Integer> missedInARow = new HashMap<>();

  private final List<String> levelChanges = new ArrayList<>();
  private volatile SessionProgress progress;
  private List<StoredExercise> scope = List.of();

  /** Each exercise answered in this session, as it was picked: what :undo gives back to answer. */
  private final Map<CardKey, Pick> answeredHere = new HashMap<>();

  /**
   * The exercise whose answer :undo just took back: asked again next, as Anki shows an undone card
   * again (it came back later, numbered #7 after #8); null when there is none.
   */
  private Pick askAgain;

  private volatile boolean finished;
  private final java.util.concurrent.locks.ReentrantLock answering =
      new java.util.concurrent.locks.ReentrantLock();
  private int answered;

  /**
   * The session's study time ({@link tutor.schedule.StudyTime}): what its summary says, what its
   * time budget counts, the same as today's minutes count in the store. An untimed answer (piped)
   * counts the time it took on the session's clock, up to the same cap, so that a budget still runs
   * out.
   */
  private long studiedMillis;

  /** Answers of this session whose time was measured (at a terminal). */
  private int timedAnswers;

  /** The study time of each exercise's answer in this session, to take back with :undo. */
  private final Map<CardKey, Long> studiedFor = new HashMap<>();

  private int correct;
  private int attempt;
  private Pick current;

  /** The exercise shown before {@link #current}: what a pause between the two is about. */
  private Pick previous;

  /** The skill help is being offered for, between two exercises. */
  private SkillKey helpSkill;

  private Instant sessionStart = Instant.EPOCH;
  private Set<SkillKey> goalPath = Set.of();
  private double targetSuccess = Picker.DEFAULT_TARGET_SUCCESS;
  private Difficulties difficulty = Difficulties.PACK;
  private java.util.function.Consumer<Pick> onPick = p -> {};
  private DueLoad dueLoad;
  private Map<SkillKey, Instant> exams = Map.of();

  /** The scope's cards indexed for the picker, in step with {@code cards}. */
  private CardIndex index;

  private StudyData preloaded;

  /** Where the picker's candidates come from, when it asks the store (not cramming). */
  private tutor.store.StudyCandidates candidates;

  private tutor.store.StudyCandidates.Scope where;
  private Picker picker;

  /** New exercises introduced today so far (before and during this session). */
  private int introduced;

  private List<StoredSkill> skillList;

  /** The last answer, when the grader rejected it: the learner may still count it as right. */
  private Rejected rejected;

  /** A rejected answer as recorded, with what a dispute needs to record it again. */
  private record Rejected(
      StoredExercise stored,
      ExerciseRunner.Attempt attempt,
      long fuzzSeed,
      CardState cardBefore,
      Map<SkillKey, SkillMastery> masteryBefore,
      CardState cardAfter,
      SkillKey skill,
      List<Boolean> recent,
      tutor.store.Store.LeechBefore leech,
      boolean setAsideByIt) {
    /**
     * What the answer went on to do: flag a leech ({@code leech}, else null), set the exercise
     * aside.
     */
    Rejected then(tutor.store.Store.LeechBefore flagged, boolean setAside) {
      return new Rejected(
          stored,
          attempt,
          fuzzSeed,
          cardBefore,
          masteryBefore,
          cardAfter,
          skill,
          recent,
          flagged,
          setAside);
    }
  }

  public StudySession(
      Store store,
      Learner learner,
      LearnerSettings settings,
      Scheduler scheduler,
      Grader grader,
      StudyUi ui,
      Clock clock,
      Options options,
      Map<String, String> packTitles) {
    this.store = store;
    this.learner = learner;
    this.settings = settings;
    this.scheduler = scheduler;
    this.ui = ui;
    this.clock = clock;
    this.options = options;
    this.packTitles = packTitles;
    this.loop =
        new AnswerLoop(
                options.cram() ? AnswerLoop.Mode.CRAM : AnswerLoop.Mode.STUDY,
                store,
                scheduler,
                grader,
                ui,
                clock,
                skills,
                this::command)
            .typoTolerance(settings.typoTolerance())
            .guardedBy(answering)
            .undoable(learner.id(), this::reloadAfterUndo)
            .leavingWhen(() -> askAgain != null)
            .watchingLevels(this::levelNews);
    ui.commandsAtPause(
        new ExerciseRunner.ExtraCommands() {
          @Override
          public boolean handle(String command) throws SessionEnd {
            return commandAtPause(command);
          }

          @Override
          public boolean anotherFirst() {
            return askAgain != null;
          }
        });
  }

  /** What this session was asked for, with the time and count budgets it runs to. */
  public Options options() {
    return options;
  }

  /** Exercise types to favour among equally useful new exercises (profile preferred-types). */
  public StudySession preferring(tutor.profile.PreferredTypes types) {
    this.preferredTypes = types;
    return this;
  }

  /** Ask how sure the learner is before each verdict (profile setting `confidence on`). */
  public StudySession askConfidence(boolean ask) {
    loop.askConfidence(ask);
    return this;
  }

  /** Serve these skills first (the active goals' paths). */
  public StudySession goalPath(Set<SkillKey> path) {
    this.goalPath = Set.copyOf(path);
    return this;
  }

  /** The predicted success new material aims at, and refined difficulties. */
  public StudySession targeting(double target, Difficulties difficulty) {
    this.targetSuccess = target;
    this.difficulty = difficulty;
    return this;
  }

  /** Skills with an exam ahead (goals' deadlines), whose reviews are brought forward in time. */
  public StudySession exams(Map<SkillKey, Instant> exams) {
    this.exams = Map.copyOf(exams);
    return this;
  }

  /** Keeps the load balancer's per-day counts in step with the cards the session moves. */
  public StudySession balancing(DueLoad load) {
    this.dueLoad = load;
    return this;
  }

  /** The learner's study data, when the caller has read it already ({@link Store#studyOutline}). */
  public StudySession studyData(StudyData data) {
    this.preloaded = data;
    return this;
  }

  /** Called with every pick, before it is shown (to remember it for `tutor why`). */
  public StudySession onPick(java.util.function.Consumer<Pick> listener) {
    this.onPick = listener;
    return this;
  }

  /**
   * The picker's index of the scope. The scheduler counts days in the learner's study day (as
   * {@link LearnerSettings#schedulerConfig} makes it), so retrievability holds all day.
   */
  private CardIndex index(Picker picker, List<StoredExercise> scope) {
    return picker.index(
        scope, cards, (a, b) -> settings.day().dateOf(a).equals(settings.day().dateOf(b)));
  }

  public SessionSummary run() {
    Instant start = clock.instant();
    sessionStart = start;
    lessonsSeen.addAll(store.lessonsSeen(learner.id()));
    store
        .leeches(learner.id())
        .forEach(
            l -> {
              if (l.suspended()) suspended.add(l.card());
            });
    Picker picker;
    int reviewed;
    int planned;
    Instant dayStart = settings.day().startOf(start);
    if (options.cram() || preloaded != null) {
      // Cramming goes through every exercise: the whole scope, read at once.
      StudyData data = preloaded != null ? preloaded : store.studyOutline(learner.id());
      cards.putAll(data.cards());
      mastery.putAll(data.mastery());
      data.skills().forEach(s -> skills.put(s.key(), s));
      List<StoredExercise> asked =
          data.exercises().stream()
              .filter(e -> options.pack().map(p -> p.equals(e.packId())).orElse(true))
              .filter(e -> options.skill().map(s -> e.exercise().skills().contains(s)).orElse(true))
              .toList();
      // Suspended leeches wait for `tutor leeches unsuspend`.
      List<StoredExercise> scope =
          suspended.isEmpty()
              ? asked
              : asked.stream().filter(e -> !suspended.contains(e.key())).toList();
      this.scope = scope;
      suspendedHere = asked.size() - scope.size();
      picker = new Picker(scheduler, data.skills());
      this.picker = picker;
      index = index(picker, scope);
      progress =
          SessionProgress.start(
              picker, scheduler, data.exercises(), data.skills(), cards, mastery, start);
      // Its cards and mastery are copied above: let go of the originals (big in a big
      // collection).
      preloaded = null;
      data = null;
      introduced = store.introducedSince(learner.id(), dayStart);
      reviewed = store.reviewedSince(learner.id(), dayStart);
      planned = planned(picker, scope, start, introduced, reviewed);
      announceBacklog(scope, start, reviewed);
    } else {
      // The picker asks the store for candidates: nothing reads every exercise or card here.
      candidates = store.candidates();
      where =
          new tutor.store.StudyCandidates.Scope(
              learner.id(), options.pack().orElse(null), options.skill().orElse(null));
      skillList = store.skills();
      mastery.putAll(store.mastery(learner.id()));
      skillList.forEach(s -> skills.put(s.key(), s));
      picker = new Picker(scheduler, skillList);
      index =
          picker.candidates(
              candidates,
              where,
              suspended,
              (a, b) -> settings.day().dateOf(a).equals(settings.day().dateOf(b)));
      this.picker = picker;
      introduced = store.introducedSince(learner.id(), dayStart);
      reviewed = store.reviewedSince(learner.id(), dayStart);
      planned = plannedFromStore(picker, start, introduced, reviewed);
      announceBacklog(
          index.reviewsDue(start, dueBefore(start)),
          index.stepsDue(start),
          candidates.lastReview(where),
          start,
          reviewed);
    }
    Timing.mark("run: index, counts, backlog");
    announceLockedSkill();
    SkillKey lastSkill = null;
    boolean lastWrong = false;
    List<Boolean> recent = new ArrayList<>();
    String stopReason;
    SessionEnd.Cause endedBy = null;
    while (true) {
      Instant now = clock.instant();
      if (options.limit().isPresent() && answered >= options.limit().getAsInt()) {
        int limit = options.limit().getAsInt();
        stopReason =
            "You reached the limit of " + limit + (limit == 1 ? " exercise." : " exercises.");
        break;
      }
      if (options.timeBudget().isPresent()
          && Duration.ofMillis(studiedMillis).compareTo(options.timeBudget().get()) >= 0) {
        long minutes = options.timeBudget().get().toMinutes();
        stopReason =
            "Time is up (" + minutes + (minutes == 1 ? " minute" : " minutes") + " of study).";
        break;
      }
      Picker.Request request =
          Picker.Request.of(scope, cards, mastery, now)
              .quotas(settings.newPerDay() - introduced, settings.reviewsPerDay() - reviewed)
              .after(lastSkill, lastWrong)
              .excluding(union(skipped, setAside), options.skill().isPresent())
              .goals(goalPath)
              .target(Picker.adjustedTarget(targetSuccess, recent), difficulty)
              .reviewsDueBefore(dueBefore(now))
              .exams(exams, Picker.DEFAULT_EXAM_RECALL)
              .preferring(preferredTypes)
              .today(tally.view())
              .missed(missedInARow)
              .keeping(settings.desiredRetention());
      Optional<Pick> pick =
          askAgain != null
              ? Optional.of(askAgain)
              : options.cram()
                  ? picker.nextCram(request.excluding(union(skipped, crammed), true), index)
                  : picker.next(request, index);
      askAgain = null;
      if (pick.isEmpty()) {
        stopReason =
            options.cram()
                ? "You have been through every exercise here; your schedule is unchanged."
                : answered == 0 ? nothingToStudy(scope, introduced) : allForNow(introduced);
        break;
      }
      Pick p = pick.get();
      Timing.mark("run: picked");
      previous = current;
      current = p;
      // Once the exercise is on screen: why it was picked (a write), the next cards in steps and
      // due reviews, the skills those reviews belong to and the skills a miss here would send the
      // learner back to (reads of the store every few picks) are not waited for before it is shown.
      loop.whileShown(
          () -> {
            onPick.accept(p);
            picker.readAhead(index, p);
            if (candidates != null) readWordingAhead(p);
          });
      StoredExercise stored = inFull(p.exercise());
      SkillKey skill = Picker.primarySkill(stored);
      try {
        teachIfNew(p, skill);
        // :undo typed at the pause before this exercise's lesson: the undone one comes first.
        if (askAgain != null) continue;
        // With --limit N the plan is N; without, the count planned at the start until the session
        // goes past it (unlocked skills add more): then no total rather than a made-up one.
        int shownPlan =
            options.limit().isPresent()
                ? options.limit().getAsInt()
                : options.timeBudget().isPresent() || answered + 1 > planned ? 0 : planned;
        // An undone answer's exercise keeps its number when asked again; a new one gets the next.
        Shown undoneAs = undoneShown.get(stored.key());
        int number = undoneAs != null ? undoneAs.number() : highestNumber + 1;
        Instant shownAt = clock.instant();
        ExerciseScreen screen =
            new ExerciseScreen(
                number,
                shownPlan,
                packTitle(stored.packId()),
                title(skill),
                p.reason(),
                Duration.ofMillis(studiedMillis),
                stored.exercise(),
                List.of(),
                stored.packId(),
                p.predictedSuccess(),
                p.why());
        CardState card = p.card() == null ? CardState.newCard(now) : p.card();
        long fuzzSeed = mix(learner.id(), stored.key().seed(), card.reps());
        attempt++;
        long presentationSeed =
            undoneAs != null
                ? undoneAs.presentationSeed()
                : mix(options.seed(), stored.key().seed(), attempt);
        AnswerLoop.Turn turn =
            loop.answer(
                learner.id(),
                stored,
                card,
                screen,
                presentationSeed,
                fuzzSeed,
                cards,
                mastery,
                () -> {
                  if (candidates != null) {
                    if (progress == null) {
                      // The levels as the session began (no answer yet), for its summary: summed
                      // by the store, after the first exercise is shown rather than before.
                      progress =
                          SessionProgress.start(
                              picker,
                              scheduler,
                              skillList,
                              store.skillTallies(
                                  learner.id(), c -> scheduler.retrievability(c, start)),
                              start,
                              mastery);
                    }
                    if (p.card() != null) cards.put(stored.key(), p.card());
                  }
                },
                // Under the loop's lock while the answer is written, so a summary made on an
                // interrupt (another thread) sees it counted whole or not at all.
                (a, r) -> {
                  rejected =
                      a.disputable()
                          ? new Rejected(
                              stored,
                              a,
                              fuzzSeed,
                              p.card(),
                              r.masteryBefore(),
                              r.outcome().card(),
                              skill,
                              recent,
                              null,
                              false)
                          : null;
                  index.update(stored.key(), cards.get(stored.key()));
                  if (options.cram()) crammed.add(stored.key());
                  else if (dueLoad != null) dueLoad.moved(p.card(), r.outcome().card());
                  answered++;
                  if (a.right()) correct++;
                  long studied =
                      tutor.schedule.StudyTime.counted(
                          a.responseMillis() != null
                              ? a.responseMillis()
                              : Duration.between(shownAt, a.answeredAt()).toMillis());
                  studiedMillis += studied;
                  studiedFor.put(stored.key(), studied);
                  if (a.responseMillis() != null) timedAnswers++;
                  numbers.put(stored.key(), new Shown(number, presentationSeed));
                  answeredHere.put(stored.key(), p);
                  undoneShown.remove(stored.key());
                  highestNumber = Math.max(highestNumber, number);
                  tutor.profile.Confidence.of(a.confidence())
                      .ifPresent(
                          c -> judged.add(new tutor.profile.Calibration.Judged(c, a.right())));
                  levelChanges.addAll(r.changes());
                });
        ExerciseRunner.Attempt a = turn.attempt();
        AnswerRecorder.Recorded r = turn.recorded();
        boolean wasNew = p.card() == null || p.card().phase() == CardPhase.NEW;
        if (wasNew) introduced++;
        else if (p.card().phase() == CardPhase.REVIEW) reviewed++;
        recent.add(a.right());
        if (recent.size() > RECENT) recent.remove(0);
        lastWrong = !a.right();
        lastSkill = skill;
        missesInARow.merge(
            skill, a.right() ? -missesInARow.getOrDefault(skill, 0) : 1, Integer::sum);
        if (a.right()) missedInARow.remove(skill);
        else missedInARow.merge(skill, 1, Integer::sum);
        boolean leech =
            !options.cram()
                && Leeches.flags(
                    p.card() == null ? 0 : p.card().lapses(),
                    r.outcome().card().lapses(),
                    settings.leechThreshold());
        tutor.store.Store.LeechBefore flagged = null;
        if (leech) {
          missesInARow.put(skill, 0);
          // What a dispute of this answer puts back: the flag as it was before.
          flagged =
              new tutor.store.Store.LeechBefore(
                  stored.key(),
                  store.leeches(learner.id()).stream()
                      .filter(l -> l.card().equals(stored.key()))
                      .findFirst()
                      .orElse(null));
          if (rejected != null) rejected = rejected.then(flagged, false);
          leech(stored, skill, r.outcome().card().lapses());
        }
        if (tally.answered(stored.key(), a.right()) && !leech) {
          missesInARow.put(skill, 0);
          if (rejected != null) rejected = rejected.then(flagged, true);
          setAside(stored, skill);
        } else if (missesInARow.get(skill) >= MISSES_BEFORE_OFFER) {
          missesInARow.put(skill, 0);
          offerHelp(skill);
        }
      } catch (SkipExercise s) {
        // Left for an exercise whose answer :undo took back: not skipped, it comes later.
        if (askAgain != null) continue;
        skipped.add(stored.key()); // the runner said so, with the answer when the learner had tried
      } catch (SessionEnd e) {
        endedBy = e.why();
        stopReason = "";
        break;
      }
    }
    if (endedBy == null) endedBy = lastChanceToDispute();
    if (!judged.isEmpty()) {
      tutor.profile.Calibration calibration = tutor.profile.Calibration.of(judged);
      ui.say(
          "Confidence this session: "
              + calibration.verdict()
              + String.format(
                  java.util.Locale.ROOT,
                  " (Brier score %.2f; lower is better).",
                  calibration.brier())
              + (calibration.confidentErrors() > 0
                  ? " "
                      + calibration.confidentErrors()
                      + " confident errors: they come back soon, as the misconceptions worth fixing."
                  : ""));
    }
    finished = true;
    return summarize(
        start,
        scope.stream().filter(e -> !suspended.contains(e.key())).toList(),
        stopReason,
        endedBy);
  }

  /**
   * The summary of a session stopped from outside (SIGINT while reading a pipe, Ctrl-C while an
   * answer is written): called on another thread, it waits for an answer being recorded; null
   * before the session started or after it ended. No answer is recorded after it: the process is
   * exiting.
   */
  public SessionSummary interruptedSummary() {
    if (finished || index == null) return null;
    try {
      if (!answering.tryLock(2, java.util.concurrent.TimeUnit.SECONDS)) return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    boolean said = false;
    try {
      if (finished) return null;
      SessionSummary summary =
          summarize(
              sessionStart,
              scope.stream().filter(e -> !suspended.contains(e.key())).toList(),
              "Interrupted." + (answered > 0 ? " Your answers are saved." : ""),
              SessionEnd.Cause.INTERRUPT);
      said = true;
      return summary;
    } finally {
      // Once the summary is made the session is over: the lock stays taken, so an answer read
      // meanwhile (the process exits while its hooks run, and a pipe keeps giving answers) is not
      // recorded nor shown after a summary that does not count it.
      if (!said) answering.unlock();
    }
  }

  /** The exercise with its wording, to be shown (the picker sees outlines). */
  /**
   * The wording of the exercises the next pick most likely shows ({@link CardIndex#likelyNext}),
   * read from the store while the one before is shown: reading and decoding one took about 0.2 ms
   * of a pick's 0.4 (the bench's review backlog). Kept only while they stay likely, so each is at
   * most a few exercises old when shown.
   */
  private final Map<CardKey, Exercise> wordingAhead = new HashMap<>();

  private void readWordingAhead(Pick shown) {
    Map<CardKey, Exercise> likely = new HashMap<>();
    for (StoredExercise e : index.likelyNext(WORDING_AHEAD)) {
      if (e.key().equals(shown.exercise().key())) continue; // answered next: it moves on
      Exercise known = wordingAhead.get(e.key());
      if (known == null) known = store.exercise(e.key()).orElse(null);
      if (known != null) likely.put(e.key(), known);
    }
    wordingAhead.clear();
    wordingAhead.putAll(likely);
  }

  /** How many of the first cards in steps, and of the first due reviews, are read ahead. */
  private static final int WORDING_AHEAD = 4;

  private StoredExercise inFull(StoredExercise outline) {
    Exercise ahead = wordingAhead.remove(outline.key());
    if (ahead != null) return new StoredExercise(outline.packId(), ahead, outline.position());
    Exercise full =
        store
            .exercise(outline.key())
            .orElseThrow(
                () ->
                    new tutor.store.StoreException(
                        "the exercise "
                            + outline.key()
                            + " is no longer installed; start the session again"));
    return new StoredExercise(outline.packId(), full, outline.position());
  }

  /**
   * Before a skill's first exercise, its lesson and worked examples; on the remediation path, the
   * prerequisite's lesson as a reminder (once per session).
   */
  private void teachIfNew(Pick p, SkillKey skill) throws SessionEnd {
    // A learning step too: an exercise missed in placement comes back as a step, before any new
    // one, and its skill was never taught.
    boolean firstTime =
        (p.reason() == Pick.Reason.NEW || p.reason() == Pick.Reason.LEARNING)
            && !lessonsSeen.contains(skill);
    boolean remedial = p.reason() == Pick.Reason.REMEDIATION && !lessonsSeen.contains(skill);
    if (!firstTime && !remedial) return;
    StoredSkill s = skills.get(skill);
    lessonsSeen.add(skill);
    if (s == null) return;
    // A skill answered before (in placement, or reviews of it) whose lesson was never shown is not
    // new: "New skill: File permissions" right after a review of it contradicted the review. Nor is
    // one placement inferred: it had just told the learner "Known: Finding your way around".
    SkillMastery known = mastery.get(skill);
    boolean practised = known != null && (known.attempts() > 0 || known.evidence().placed());
    if (firstTime && known != null && known.evidence().placed()) {
      // Placed out of: the learner showed they know it, so its lesson is one command away rather
      // than pages to get through first (Duolingo skips a skill's tips after a test-out).
      LessonScreen lesson =
          new LessonScreen(packTitle(skill.packId()), s, "Lesson", LessonScreen.Part.LESSON);
      if (!lesson.hasContent()) return;
      ui.say("You placed out of " + s.title() + "; :lesson shows its lesson.");
      store.markLessonSeen(learner.id(), skill, clock.instant());
      return;
    }
    LessonScreen lesson =
        new LessonScreen(
            packTitle(skill.packId()),
            s,
            firstTime
                ? (practised ? "Lesson" : "New skill")
                : "A reminder before you practise it again",
            LessonScreen.Part.LESSON);
    if (!lesson.hasContent()) return;
    ui.lesson(lesson);
    if (askAgain != null) {
      // Not shown: :undo at the pause before it put the exercise it took back first.
      lessonsSeen.remove(skill);
      return;
    }
    store.markLessonSeen(learner.id(), skill, clock.instant());
  }

  /**
   * An exercise missed {@link SessionTally#SET_ASIDE_AFTER} times in this session: set aside for
   * the rest of it, since more tries now would only repeat the miss; its skill's lesson or worked
   * example is offered instead (Enter declines).
   */
  private void setAside(StoredExercise stored, SkillKey skill) throws SessionEnd {
    setAside.add(stored.key());
    ui.say(
        "Set aside for the rest of this session: you missed this exercise "
            + SessionTally.SET_ASIDE_AFTER
            + " times. It comes back in a later session.");
    offer(skill, "");
  }

  /**
   * The exercise has lapsed the leech threshold's number of times: tell the learner in one line,
   * then suspend it or re-teach its skill, as they choose (the setting leech-action is the default,
   * and what a script gets). Recorded in the store for `tutor leeches` and the reports.
   */
  private void leech(StoredExercise stored, SkillKey skill, int lapses) throws SessionEnd {
    tutor.store.Leech.Action action = settings.leechAction();
    String id = stored.packId() + "/" + stored.exercise().id();
    // Named by its prompt, cut to the first line (the id only where it is typed, to unsuspend).
    String head = "Leech: \"";
    ui.say(
        head
            + ShortText.shorten(promptOf(stored), Math.max(20, ui.width() - head.length() - 2))
            + "\": you have forgotten it "
            + lapses
            + " times after learning it.");
    if (ui.interactive()) {
      boolean suspendFirst = action == tutor.store.Leech.Action.SUSPEND;
      while (true) {
        Optional<tutor.store.Leech.Action> chosen =
            Leeches.choice(
                ui.ask(
                    suspendFirst
                        ? "Suspend it (S) or re-teach its lesson (r)?"
                        : "Re-teach its lesson (R) or suspend it (s)?"),
                action);
        if (chosen.isPresent()) {
          action = chosen.get();
          break;
        }
        ui.notice(
            "Type s to suspend it, r to re-teach it, or press Enter for the default (capital letter).");
      }
    }
    boolean suspend = action == tutor.store.Leech.Action.SUSPEND;
    store.markLeech(
        learner.id(),
        new tutor.store.Leech(stored.key(), lapses, clock.instant(), action, suspend));
    if (suspend) {
      setAside.add(stored.key());
      suspended.add(stored.key());
      ui.say(
          "Suspended: it stays out of your sessions until you bring it back with: tutor leeches unsuspend "
              + id);
      return;
    }
    StoredSkill s = skills.get(skill);
    LessonScreen lesson =
        s == null
            ? null
            : new LessonScreen(
                packTitle(skill.packId()),
                s,
                "Re-taught: an exercise you keep forgetting",
                LessonScreen.Part.LESSON);
    if (lesson != null && lesson.hasContent()) ui.lesson(lesson);
    else
      ui.say(
          "Re-teaching: this skill has no lesson; the exercise comes back in a later session, afresh.");
  }

  /** After repeated misses on a skill: the lesson again, a worked example, or more material. */
  private void offerHelp(SkillKey skill) throws SessionEnd {
    offer(skill, "You missed " + MISSES_BEFORE_OFFER + " in a row on " + title(skill) + ". ");
  }

  /** Offers the skill's lesson, worked example or resources after {@code lead}; Enter declines. */
  private void offer(SkillKey skill, String lead) throws SessionEnd {
    StoredSkill s = skills.get(skill);
    if (s == null) return;
    List<String> offers = new ArrayList<>();
    if (!s.skill().lesson().isBlank()) offers.add(":lesson to read the lesson again");
    if (!s.skill().workedExamples().isEmpty()) offers.add(":example for a worked example");
    if (!s.skill().resources().isEmpty()) offers.add(":resources for more material");
    if (offers.isEmpty()) return;
    ui.say(
        lead
            + "Type "
            + String.join(", ", offers)
            + (ui.interactive() ? ", or press Enter to go on." : " at the next prompt."));
    if (!ui.interactive()) return; // a script or program asks when it wants to; never block it here
    helpSkill = skill;
    try {
      // After a lesson or an example has filled the screen, the offer above is gone: the prompt
      // itself then says what it waits for.
      String prompt = "";
      while (true) {
        String line = ui.ask(prompt).strip().toLowerCase(java.util.Locale.ROOT);
        if (line.isEmpty()) return;
        if (line.equals(":quit") || line.equals(":q")) throw new SessionEnd(SessionEnd.Cause.QUIT);
        if (!command(line))
          ui.notice("Type :lesson, :example, :resources, or press Enter to go on.");
        else prompt = "Enter to go on";
      }
    } finally {
      helpSkill = null;
    }
  }

  /**
   * A command typed at the pause that keeps a verdict on the screen, before the next exercise
   * shows: of the exercise just answered, whose verdict (and ":dispute" offer) is above.
   */
  private boolean commandAtPause(String cmd) throws SessionEnd {
    switch (cmd) {
      case ":dispute" -> dispute();
      case ":undo" -> loop.undo();
      case ":why" ->
          ui.say(
              previous == null
                  ? "No exercise has been answered yet."
                  : "Why that exercise: " + previous.why());
      case ":help" ->
          ui.say(
              "At this pause: :dispute, :undo, :why (of the answer above), :quit;"
                  + " Enter for what comes next.");
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Session commands the exercise runner does not know. */
  private boolean command(String cmd) throws SessionEnd {
    SkillKey skill =
        helpSkill != null
            ? helpSkill
            : current == null ? null : Picker.primarySkill(current.exercise());
    StoredSkill s = skill == null ? null : skills.get(skill);
    switch (cmd) {
      case ":help" -> ui.say(COMMANDS);
      case ":undo" -> loop.undo();
      case ":dispute" -> dispute();
      case ":why" ->
          ui.say(
              current == null
                  ? "Nothing has been chosen yet."
                  : "Why this exercise: " + current.why());
      case ":lesson", ":example", ":resources" -> {
        LessonScreen.Part part =
            cmd.equals(":lesson")
                ? LessonScreen.Part.LESSON
                : cmd.equals(":example") ? LessonScreen.Part.EXAMPLES : LessonScreen.Part.RESOURCES;
        LessonScreen screen =
            s == null ? null : new LessonScreen(packTitle(skill.packId()), s, "As you asked", part);
        if (screen == null || !screen.hasContent()) {
          ui.notice(
              s == null
                  ? "No skill is being practised."
                  : "This skill has no " + cmd.substring(1) + ".");
        } else {
          ui.lesson(screen);
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * When the session ends right after a rejected answer, the learner gets one chance to dispute it
   * (between exercises they type :dispute at the next one). On a terminal they are asked. Piped
   * input and JSON lines read one more line ({@link StudyUi#lastChance}): {@code :dispute} ({@code
   * {"dispute": true}}) disputes, {@code :undo} undoes, anything else or the end of input finishes.
   */
  private SessionEnd.Cause lastChanceToDispute() {
    if (rejected == null) return null;
    // Short: the line above says "If you were right, type :dispute.", and at 50 columns the long
    // prompt left three for what the learner typed.
    String prompt = "Enter to finish, or :dispute";
    try {
      if (!ui.interactive()) {
        String line = ui.lastChance(prompt).strip().toLowerCase(java.util.Locale.ROOT);
        if (line.equals(":dispute") || line.equals(":undo")) command(line);
        return null;
      }
      while (rejected != null) {
        String line = ui.ask(prompt).strip().toLowerCase(java.util.Locale.ROOT);
        if (line.isEmpty() || line.equals(":quit") || line.equals(":q")) return null;
        if (line.equals(":dispute") || line.equals(":undo")) {
          command(line);
          return null;
        }
        if (!command(line))
          ui.notice("Press Enter to finish, or type :dispute to count your last answer as right.");
      }
      return null;
    } catch (SessionEnd e) {
      // The session was over: ending it here (Ctrl-D, end of input, quit) ends nothing more.
      return ui.interactive() ? e.why() : null;
    }
  }

  /**
   * The learner says their rejected last answer was right (as in Anki's self-grading): it is
   * recorded again as right, rated Good (Hard after a hint or a forgiven typo), marked disputed
   * beside the grader's verdict, and the session's counts follow.
   */
  private void dispute() {
    Rejected d = rejected;
    if (d == null) {
      ui.notice(
          "There is no rejected answer to dispute: :dispute counts your last answer as right after it was"
              + " marked wrong.");
      return;
    }
    rejected = null;
    Optional<AnswerRecorder.Recorded> r =
        loop.dispute(
            learner.id(),
            d.stored(),
            d.attempt(),
            d.fuzzSeed(),
            d.cardBefore() == null || d.cardBefore().phase() == CardPhase.NEW
                ? null
                : d.cardBefore(),
            d.masteryBefore(),
            cards,
            mastery,
            d.leech());
    if (r.isEmpty()) {
      ui.notice("Your last answer is no longer the one to dispute (another was recorded since).");
      return;
    }
    CardKey key = d.stored().key();
    tally.disputed(key);
    String back = "";
    if (d.leech() != null) {
      // Its lapses are as before the answer, so it is no leech on this answer's account.
      boolean wasSuspended = d.leech().was() != null && d.leech().was().suspended();
      if (!wasSuspended && suspended.remove(key)) setAside.remove(key);
      back =
          wasSuspended
              ? ""
              : " It is no longer flagged as a leech"
                  + (options.cram() ? "." : ", and stays in study.");
    }
    if (d.setAsideByIt() && setAside.remove(key)) back += " It is no longer set aside.";
    index.update(key, cards.get(key));
    if (!options.cram() && dueLoad != null) dueLoad.moved(d.cardAfter(), r.get().outcome().card());
    correct++;
    if (!d.recent().isEmpty()) d.recent().set(d.recent().size() - 1, true);
    missesInARow.put(d.skill(), 0);
    missedInARow.remove(d.skill());
    if (d.attempt().confidence() != null && !judged.isEmpty()) {
      judged.set(
          judged.size() - 1,
          new tutor.profile.Calibration.Judged(
              tutor.profile.Confidence.of(d.attempt().confidence()).orElseThrow(), true));
    }
    List<String> changes =
        options.cram() || progress == null
            ? List.of()
            : progress.disputed(
                key.packId(),
                d.stored().exercise().skills(),
                d.cardAfter(),
                r.get().outcome().card(),
                clock.instant(),
                mastery);
    levelChanges.addAll(changes);
    ExerciseRunner.Attempt a = d.attempt().disputedAsRight();
    String next = loop.nextReview(a, r.get());
    ui.disputed(
        new DisputeScreen(
            key.packId(),
            key.exerciseId(),
            promptOf(d.stored()),
            a.given(),
            a.rating(),
            next,
            options.cram() ? null : r.get().outcome().card().due(),
            changes));
    if (!back.isEmpty()) ui.say(back.strip());
  }

  /** How the learner knows an exercise: by its prompt (its id only when it has none). */
  private static String promptOf(StoredExercise stored) {
    String prompt = stored.exercise().prompt();
    return prompt == null || prompt.isBlank() ? stored.exercise().id() : prompt;
  }

  /** Room for the prompt in the :undo message; the UI wraps the sentence to the screen. */
  private static final int UNDONE_PROMPT_WIDTH = 50;

  /**
   * The level changes of a recorded answer, by the levels every display shows ({@link
   * SessionProgress}); none for cramming, which moves nothing.
   */
  private List<String> levelNews(
      StoredExercise stored,
      ExerciseRunner.Attempt attempt,
      CardState cardBefore,
      AnswerRecorder.Recorded recorded) {
    if (options.cram() || progress == null) return List.of();
    return progress.answered(
        stored.packId(),
        stored.exercise().skills(),
        cardBefore,
        recorded.outcome().card(),
        attempt.answeredAt(),
        mastery,
        attempt.right());
  }

  /** After the loop took back the last answer ({@code :undo}): reloads what the picker sees. */
  private void reloadAfterUndo(tutor.store.UndoneAnswer undone) {
    rejected = null; // the answer to dispute, if any, is taken back
    StudyData data = store.studyOutline(learner.id());
    Map<CardKey, CardState> before = new HashMap<>(cards);
    cards.clear();
    cards.putAll(data.cards());
    Set<CardKey> keys = new HashSet<>(before.keySet());
    keys.addAll(cards.keySet());
    Instant now = clock.instant();
    for (CardKey k : keys) {
      if (java.util.Objects.equals(before.get(k), cards.get(k))) continue;
      index.update(k, cards.get(k));
      if (progress != null && !options.cram()) {
        List<String> skillIds =
            store.exercise(k).map(tutor.pack.Exercise::skills).orElse(List.of());
        progress.takenBack(k.packId(), skillIds, before.get(k), cards.get(k), now);
      }
    }
    mastery.clear();
    mastery.putAll(data.mastery());
    if (progress != null && !options.cram()) progress.undone(mastery);
    if (!undone.answeredAt().isBefore(sessionStart) && answered > 0) {
      answered--;
      if (undone.correct()) correct--;
      Long studied = studiedFor.remove(undone.card());
      if (studied != null) studiedMillis -= studied;
      Shown shown = numbers.remove(undone.card());
      if (shown != null) undoneShown.put(undone.card(), shown);
      Pick answeredAs = answeredHere.remove(undone.card());
      if (answeredAs != null) {
        askAgain =
            new Pick(
                answeredAs.exercise(),
                cards.get(undone.card()),
                answeredAs.reason(),
                answeredAs.retrievability(),
                answeredAs.predictedSuccess(),
                "You took back your answer to it with :undo: it is asked again at once.");
      }
    }
    ui.say(
        "Undone: your answer to \""
            + ShortText.shorten(
                store
                    .exercise(undone.card())
                    .map(tutor.pack.Exercise::prompt)
                    .filter(p -> !p.isBlank())
                    .orElse(undone.card().exerciseId()),
                UNDONE_PROMPT_WIDTH)
            + "\" is taken back; its schedule and mastery"
            + " are as they were before it.");
    // Asked at a question's prompt: the message took the question's place (unless the undone
    // exercise takes it, asked again at once).
    if (askAgain == null) ui.questionAgain();
  }

  /**
   * After a break the due reviews can exceed the day's limit: say so, and how the rest is spread
   * over the next days (the picker takes the most at risk first).
   */
  private void announceBacklog(List<StoredExercise> scope, Instant now, int reviewedToday) {
    if (options.cram()) return;
    int due = 0;
    int steps = 0;
    Instant lastReview = null;
    for (StoredExercise e : scope) {
      CardState c = cards.get(e.key());
      if (c == null) continue;
      boolean inSteps = c.phase() == CardPhase.LEARNING || c.phase() == CardPhase.RELEARNING;
      if (inSteps && !c.due().isAfter(now)) steps++;
      // The last study is the latest answer to any seen card, steps included (as the store's).
      if (c.lastReview() != null && (lastReview == null || c.lastReview().isAfter(lastReview)))
        lastReview = c.lastReview();
      if (c.phase() != CardPhase.REVIEW) continue;
      if (isDue(c, now)) due++;
    }
    announceBacklog(due, steps, lastReview, now, reviewedToday);
  }

  /**
   * The same from what the store counted: due reviews, (re)learning steps due, and the latest
   * review of any card.
   */
  private void announceBacklog(
      int due, int stepsDue, Instant lastReview, Instant now, int reviewedToday) {
    if (options.cram()) return;
    int room = Math.max(0, settings.reviewsPerDay() - reviewedToday);
    // The last review is the scope's: with --pack, "Welcome back after 3 days" greeted a learner
    // who had studied another pack the day before. It says which.
    String to =
        options.skill().isPresent()
            ? " to this skill"
            : options.pack().map(p -> " to " + packTitle(p)).orElse("");
    String away =
        lastReview != null && Duration.between(lastReview, now).toDays() >= BREAK_DAYS
            ? "Welcome back"
                + to
                + " after "
                + Duration.between(lastReview, now).toDays()
                + " days. "
            : "";
    if (due <= room) {
      // After a break, a welcome whatever the backlog; with what waits, if anything does.
      // What the session shows first, counted as Anki does ("Learning: 5, Review: 1"): "1 review
      // is due" greeted a learner with five learning steps due as well.
      if (!away.isEmpty()) {
        List<String> waiting = new ArrayList<>();
        if (stepsDue > 0)
          waiting.add(stepsDue + (stepsDue == 1 ? " learning step" : " learning steps"));
        if (due > 0) waiting.add(due + (due == 1 ? " review" : " reviews"));
        ui.say(
            (away + (waiting.isEmpty() ? "" : "Due now: " + String.join(" and ", waiting) + "."))
                .strip());
      }
      return;
    }
    int rest = due - room;
    long days =
        (rest + Math.max(1, settings.reviewsPerDay()) - 1) / Math.max(1, settings.reviewsPerDay());
    ui.say(
        away
            + due
            + " reviews are due, more than today's limit of "
            + settings.reviewsPerDay()
            + ". Today: the "
            + room
            + " most at risk of being forgotten (and what they unlock); the other "
            + rest
            + " over the next "
            + days
            + (days == 1 ? " day" : " days")
            + ", within your daily limit.");
  }

  /**
   * {@code --skill} names a skill whose prerequisites are not known yet: the learner chose it, so
   * the session goes ahead, but says what it builds on (as study's help promises).
   */
  private void announceLockedSkill() {
    if (options.skill().isEmpty()) return;
    Set<SkillKey> known = Picker.known(mastery);
    for (StoredSkill s : skills.values()) {
      if (!s.id().equals(options.skill().get())) continue;
      if (options.pack().isPresent() && !options.pack().get().equals(s.packId())) continue;
      List<String> missing = new ArrayList<>();
      for (String req : s.skill().requires()) {
        SkillKey k = new SkillKey(s.packId(), req);
        if (!known.contains(k)) missing.add(title(k));
      }
      // Opened already (practised while unlocked), it stays open (MasteryModel.unlocked): nothing
      // to warn of. Practised while locked, it is still locked: said every time.
      if (missing.isEmpty() || tutor.mastery.MasteryModel.opened(mastery.get(s.key()))) continue;
      ui.say(
          s.title()
              + " is still locked: it builds on "
              + and(missing)
              + ", not learned yet. You chose it,"
              + " so here it is; if it is hard going, try "
              + (missing.size() == 1 ? "that skill" : "those")
              + " first.");
    }
  }

  private static String and(List<String> items) {
    if (items.size() == 1) return items.get(0);
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /**
   * Reviews due before this count as due: the end of the learner's study day, plus the days asked
   * for with --ahead (FSRS then sees the shorter elapsed time, so studying ahead never inflates
   * intervals).
   */
  private Instant dueBefore(Instant now) {
    return settings.day().endOf(now).plus(Duration.ofDays(options.aheadDays()));
  }

  private boolean isDue(CardState c, Instant now) {
    boolean inSteps = c.phase() == CardPhase.LEARNING || c.phase() == CardPhase.RELEARNING;
    return !c.due().isAfter(now) || (!inSteps && c.due().isBefore(dueBefore(now)));
  }

  private int planned(
      Picker picker, List<StoredExercise> scope, Instant now, int introduced, int reviewed) {
    Set<SkillKey> knownSkills = Picker.known(mastery);
    int due = 0;
    int fresh = 0;
    for (StoredExercise e : scope) {
      CardState c = cards.get(e.key());
      if (c == null || c.phase() == CardPhase.NEW) {
        if (options.skill().isPresent() || picker.unlocked(e, knownSkills, mastery)) fresh++;
      } else if (isDue(c, now)) {
        due++;
      }
    }
    int total =
        Math.min(due, Math.max(0, settings.reviewsPerDay() - reviewed))
            + Math.min(fresh, Math.max(0, settings.newPerDay() - introduced));
    return options.limit().isPresent() ? Math.min(total, options.limit().getAsInt()) : total;
  }

  /**
   * As {@link #planned}, from the store's counts: due cards through the index (which the first pick
   * reads anyway), new ones by their skills.
   */
  private int plannedFromStore(Picker picker, Instant now, int introduced, int reviewed) {
    Set<SkillKey> knownSkills = Picker.known(mastery);
    int due = index.dueCount(now, dueBefore(now));
    int fresh = newFromStore(picker, knownSkills, Math.max(0, settings.newPerDay() - introduced));
    int total = Math.min(due, Math.max(0, settings.reviewsPerDay() - reviewed)) + fresh;
    return options.limit().isPresent() ? Math.min(total, options.limit().getAsInt()) : total;
  }

  /**
   * New exercises open to the store's picker, counted only as far as {@code quota} (today's
   * allowance). Suspended leeches have lapsed: they are never new.
   */
  private int newFromStore(Picker picker, Set<SkillKey> knownSkills, int quota) {
    return quota == 0
        ? 0
        : candidates.countNew(
            where,
            picker.unlockedSkills(
                knownSkills, mastery, options.skill().isPresent(), where.packId(), where.skillId()),
            (pack, skills) ->
                options.skill().isPresent() || picker.unlocked(pack, skills, knownSkills, mastery),
            quota);
  }

  /**
   * New exercises still open today as the session ends: unlocked, within the day's allowance (the
   * summary says so rather than "come back tomorrow"). None for cramming, which asks for no new
   * work.
   */
  private int newOpenToday(List<StoredExercise> scope) {
    int quota = Math.max(0, settings.newPerDay() - introduced);
    if (options.cram() || quota == 0 || picker == null) return 0;
    Set<SkillKey> knownSkills = Picker.known(mastery);
    if (candidates != null) return newFromStore(picker, knownSkills, quota);
    int fresh = 0;
    for (StoredExercise e : scope) {
      CardState c = cards.get(e.key());
      if ((c == null || c.phase() == CardPhase.NEW)
          && (options.skill().isPresent() || picker.unlocked(e, knownSkills, mastery))) fresh++;
    }
    return Math.min(fresh, quota);
  }

  /** The command that goes on with this session's scope. */
  private String goOn() {
    return "tutor study"
        + options.pack().map(p -> " --pack " + p).orElse("")
        + options.skill().map(k -> " --skill " + k).orElse("");
  }

  /**
   * Why a session ends before its --limit or its time: with new exercises left in the pack, "That
   * is all for now" alone read as if there were none.
   */
  private String allForNow(int introduced) {
    if (introduced >= settings.newPerDay()) {
      return "That is all for now: nothing else is due, and you have had today's "
          + settings.newPerDay()
          + " new exercises (change it with: tutor settings new-per-day N).";
    }
    return "That is all for now." + steppedBack();
  }

  /**
   * Why a skill gave no more new exercises ({@link Picker#STEP_BACK_AFTER}), said when the session
   * ends for want of anything to pick: without it the end looks arbitrary to one who kept missing.
   */
  private String steppedBack() {
    List<SkillKey> back =
        missedInARow.entrySet().stream()
            .filter(e -> e.getValue() >= Picker.STEP_BACK_AFTER)
            .map(Map.Entry::getKey)
            .sorted(java.util.Comparator.comparing(SkillKey::toString))
            .toList();
    if (back.isEmpty()) return "";
    SkillKey first = back.get(0);
    return " After "
        + Picker.STEP_BACK_AFTER
        + " misses in a row, no more new exercises of "
        + String.join(", ", back.stream().map(this::title).toList())
        + " in this session; tutor lesson "
        + first.skillId()
        + " shows "
        + (back.size() == 1 ? "its" : "a")
        + " lesson again.";
  }

  private String nothingToStudy(List<StoredExercise> scope, int introduced) {
    if (candidates != null ? candidates.primarySkills(where).isEmpty() : scope.isEmpty()) {
      return "There are no exercises to study here."
          + (suspendedHere == 0
              ? ""
              : " "
                  + suspendedHere
                  + (suspendedHere == 1 ? " leech is" : " leeches are")
                  + " suspended (see: tutor leeches).");
    }
    if (introduced >= settings.newPerDay()) {
      return "Nothing is due, and you have had today's "
          + settings.newPerDay()
          + " new exercises (change it with: tutor settings new-per-day N).";
    }
    return "Nothing is due right now, and nothing new is unlocked yet.";
  }

  private String title(SkillKey key) {
    StoredSkill s = skills.get(key);
    return s == null ? key.skillId() : s.title();
  }

  private String packTitle(String packId) {
    return packTitles.getOrDefault(packId, packId);
  }

  private SessionSummary summarize(
      Instant start, List<StoredExercise> scope, String stopReason, SessionEnd.Cause endedBy) {
    Instant now = clock.instant();
    int newToday = newOpenToday(scope);
    ClosingDue due;
    List<SessionSummary.LevelUp> improved;
    List<SessionSummary.LevelUp> movedBack;
    if (candidates != null) {
      // After the session: counted by the store on its indexes, so that ending a session on a
      // big collection (Ctrl-C, SIGTERM) does not read every card and exercise.
      due =
          ClosingDue.of(
              candidates,
              new tutor.store.StudyCandidates.Scope(
                  learner.id(), options.pack().orElse(null), options.skill().orElse(null)),
              suspended,
              now,
              dueBefore(now),
              settings.day(),
              newToday,
              goOn());
    } else {
      due = ClosingDue.of(scope, cards, now, dueBefore(now), settings.day(), newToday, goOn());
    }
    // The net of what was said after each answer: the same levels, kept in step with the answers.
    improved = progress == null ? List.of() : progress.improved();
    movedBack = progress == null ? List.of() : progress.movedBack();
    return new SessionSummary(
        answered,
        correct,
        Duration.ofMillis(studiedMillis),
        timedAnswers > 0,
        List.copyOf(levelChanges),
        due.dueNow(),
        due.nextDue(),
        due.dueNextDay(),
        stopReason,
        endedBy,
        improved,
        movedBack,
        // A cram's scope has no schedule of its own: "Nothing is scheduled yet: come back for new
        // material" closed a cram of git while sql reviews were due today.
        options.cram()
            ? "Cramming left your schedule as it was; tutor due shows what is due."
            : due.comeBack(),
        newToday);
  }

  private static Set<CardKey> union(Set<CardKey> a, Set<CardKey> b) {
    Set<CardKey> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }

  /** Mixes seeds (SplitMix64 finaliser) so nearby inputs give unrelated shuffles and fuzz. */
  public static long mix(long a, long b, long c) {
    long z = a * 0x9E3779B97F4A7C15L + b * 0xBF58476D1CE4E5B9L + c * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
