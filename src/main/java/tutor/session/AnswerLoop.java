package tutor.session;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import tutor.grade.Grader;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardState;
import tutor.schedule.Scheduler;
import tutor.store.Store;
import tutor.store.UndoneAnswer;

/**
 * One answer, the same for study, cram, placement, pack preview and any front-end: show the
 * exercise and read an answer of the right shape ({@link ExerciseRunner}), grade it, record it (the
 * review, card and mastery in one transaction) or not, build its feedback and show it. What differs
 * between them is a {@link Mode}, not a copy of this loop; {@link #dispute} records the last
 * rejected answer again as right, and {@link #undo} (the {@code :undo} command, where the caller
 * offers it) takes back the last answer this loop recorded.
 */
public final class AnswerLoop {
  /** What is done with an answer. */
  public enum Mode {
    /** Recorded and scheduled; the feedback screen says when it comes back. */
    STUDY("study", true),
    /** Logged as cram: the schedule and mastery stay as they were. */
    CRAM(AnswerRecorder.CRAM, true),
    /** Recorded and scheduled; the placement test says "Right." itself, without feedback. */
    PLACEMENT(AnswerRecorder.PLACEMENT, false),
    /** Nothing recorded anywhere: the feedback shows the interval a first answer would get. */
    PREVIEW(null, true);

    private final String kind;
    private final boolean showsFeedback;

    Mode(String kind, boolean showsFeedback) {
      this.kind = kind;
      this.showsFeedback = showsFeedback;
    }

    /** The review log's kind of answer ("study", "cram", "placement"); null when not recorded. */
    public String kind() {
      return kind;
    }

    public boolean records() {
      return kind != null;
    }
  }

  /**
   * One answered exercise.
   *
   * @param recorded what the answer changed (for {@link Mode#PREVIEW}: the outcome a first answer
   *     would have, nothing else)
   */
  public record Turn(
      ExerciseRunner.Attempt attempt, AnswerRecorder.Recorded recorded, FeedbackScreen feedback) {}

  /** Runs while the answer is written, under the same lock (a session counts it there). */
  public interface WhileRecording {
    void recorded(ExerciseRunner.Attempt attempt, AnswerRecorder.Recorded recorded);
  }

  /**
   * Says which skills' levels an answer changed: the session keeps every skill's level ({@link
   * SessionProgress}), which the recorder does not.
   */
  public interface LevelWatch {
    /**
     * @param cardBefore the card before the answer (new when never seen)
     * @return the changes in words, for the feedback screen and the session
     */
    List<String> changes(
        StoredExercise stored,
        ExerciseRunner.Attempt attempt,
        CardState cardBefore,
        AnswerRecorder.Recorded recorded);
  }

  private LevelWatch levelWatch;

  private final StudyUi ui;
  private final Scheduler scheduler;
  private final Mode mode;
  private final ExerciseRunner runner;
  private final AnswerRecorder recorder;
  private final Map<SkillKey, StoredSkill> skills;
  private final Store store;
  private ReentrantLock answering = new ReentrantLock();

  /** Answers this loop recorded and has not taken back: what :undo may take back. */
  private int recordedHere;

  /** What the caller reloads once an answer is taken back; null while :undo is not offered. */
  private Consumer<UndoneAnswer> afterUndo;

  private long undoLearnerId;

  /**
   * @param store where answers are recorded; null only for {@link Mode#PREVIEW}
   * @param skills the installed skills by key, for titles and priors (may be filled later)
   * @param commands session commands besides the runner's own and {@code :undo} (see {@link
   *     #undoable}); {@code cmd -> false} for none
   */
  public AnswerLoop(
      Mode mode,
      Store store,
      Scheduler scheduler,
      Grader grader,
      StudyUi ui,
      Clock clock,
      Map<SkillKey, StoredSkill> skills,
      ExerciseRunner.ExtraCommands commands) {
    if (mode.records() && store == null)
      throw new IllegalArgumentException(mode + " records answers: it needs a store");
    this.mode = mode;
    this.ui = ui;
    this.scheduler = scheduler;
    this.skills = skills;
    this.store = store;
    this.runner =
        new ExerciseRunner(
            ui,
            scheduler,
            grader,
            clock,
            cmd -> {
              if (cmd.equals(":undo") && afterUndo != null) {
                undo();
                return true;
              }
              return commands.handle(cmd);
            });
    this.recorder = mode.records() ? new AnswerRecorder(store, scheduler, skills) : null;
    // Cramming moves no due date: "3 Good 10m" above "Next review unchanged" contradicted it.
    if (mode == Mode.CRAM) runner.ratingsWithoutIntervals();
  }

  /**
   * Leaves the exercise on screen unanswered when, after a session command, {@code leave} says
   * another comes first (the one :undo took back).
   */
  public AnswerLoop leavingWhen(java.util.function.BooleanSupplier leave) {
    runner.leaveWhen(leave);
    return this;
  }

  /** Share of an answer's letters that may differ for a near miss (the learner's setting). */
  public AnswerLoop typoTolerance(double share) {
    runner.typoTolerance(share);
    return this;
  }

  /** Ask "how sure are you?" before the verdict (profile setting `confidence on`). */
  public AnswerLoop askConfidence(boolean ask) {
    runner.askConfidence(ask);
    return this;
  }

  /** Runs {@code work} once the next exercise is on screen ({@link ExerciseRunner#whileShown}). */
  public AnswerLoop whileShown(Runnable work) {
    runner.whileShown(work);
    return this;
  }

  /** Holds {@code lock} while an answer is written, so that another thread sees it whole. */
  public AnswerLoop guardedBy(ReentrantLock lock) {
    this.answering = lock;
    return this;
  }

  public Mode mode() {
    return mode;
  }

  /** Tells {@code watch} of each recorded answer, and shows the level changes it says. */
  public AnswerLoop watchingLevels(LevelWatch watch) {
    this.levelWatch = watch;
    return this;
  }

  /**
   * Offers {@code :undo} at every exercise for {@code learnerId}'s answers: it takes back the last
   * answer this loop recorded (never an earlier session's: that is for {@code tutor undo}), then
   * {@code afterUndo} reloads what the caller holds of the card and mastery. For the modes whose
   * answers a learner may take back while studying (study, cram; placement decides on each answer,
   * so it offers none).
   */
  public AnswerLoop undoable(long learnerId, Consumer<UndoneAnswer> afterUndo) {
    if (!mode.records()) throw new IllegalStateException(mode + " records nothing to undo");
    this.undoLearnerId = learnerId;
    this.afterUndo = afterUndo;
    return this;
  }

  /**
   * Takes back the last answer this loop recorded ({@code :undo}), saying so when there is none;
   * empty then.
   */
  public Optional<UndoneAnswer> undo() {
    if (afterUndo == null) throw new IllegalStateException("undo is not offered: see undoable");
    if (recordedHere == 0) {
      // Earlier sessions' answers are for tutor undo, which says which it takes back.
      ui.notice("There is no answer of this session to undo.");
      return Optional.empty();
    }
    Optional<UndoneAnswer> u = store.undoLast(undoLearnerId);
    if (u.isEmpty()) {
      ui.notice("There is no answer to undo.");
      return u;
    }
    recordedHere--;
    afterUndo.accept(u.get());
    return u;
  }

  /**
   * Shows {@code stored}, reads and grades an answer, records it as the mode says (updating {@code
   * cards} and {@code mastery} to match the store), then shows its feedback when the mode has one.
   *
   * @param card the card before the answer (a new card when never seen)
   * @throws SkipExercise the learner skipped it: nothing recorded
   * @throws SessionEnd the learner ended the session: nothing recorded
   */
  public Turn answer(
      long learnerId,
      StoredExercise stored,
      CardState card,
      ExerciseScreen screen,
      long presentationSeed,
      long fuzzSeed,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      WhileRecording whileRecording)
      throws SkipExercise, SessionEnd {
    return answer(
        learnerId,
        stored,
        card,
        screen,
        presentationSeed,
        fuzzSeed,
        cards,
        mastery,
        () -> {},
        whileRecording);
  }

  /**
   * As above, running {@code beforeRecording} once the answer is read and before it is recorded
   * (outside the lock): what the caller defers until the learner has seen the exercise.
   */
  public Turn answer(
      long learnerId,
      StoredExercise stored,
      CardState card,
      ExerciseScreen screen,
      long presentationSeed,
      long fuzzSeed,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      Runnable beforeRecording,
      WhileRecording whileRecording)
      throws SkipExercise, SessionEnd {
    ExerciseRunner.Attempt a = runner.run(stored, card, screen, presentationSeed, fuzzSeed);
    beforeRecording.run();
    AnswerRecorder.Recorded r;
    if (mode.records()) {
      answering.lock();
      try {
        r = recorder.record(learnerId, mode.kind(), stored, a, fuzzSeed, cards, mastery);
        recordedHere++;
        if (levelWatch != null) r = r.withChanges(levelWatch.changes(stored, a, card, r));
        whileRecording.recorded(a, r);
      } finally {
        answering.unlock();
      }
    } else {
      r =
          new AnswerRecorder.Recorded(
              scheduler.review(card, a.rating(), a.answeredAt(), fuzzSeed),
              Map.of(),
              Map.of(),
              List.of());
    }
    FeedbackScreen feedback = feedback(stored, a, r);
    if (mode.showsFeedback) ui.feedback(feedback);
    return new Turn(a, r, feedback);
  }

  /**
   * Records a rejected answer again as right (:dispute); see {@link AnswerRecorder#dispute}. Empty
   * when it is no longer the learner's last answer.
   */
  public Optional<AnswerRecorder.Recorded> dispute(
      long learnerId,
      StoredExercise stored,
      ExerciseRunner.Attempt rejected,
      long fuzzSeed,
      CardState cardBefore,
      Map<SkillKey, SkillMastery> masteryBefore,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      Store.LeechBefore unflag) {
    if (!mode.records()) return Optional.empty();
    return recorder.dispute(
        learnerId,
        mode.kind(),
        stored,
        rejected,
        fuzzSeed,
        cardBefore,
        masteryBefore,
        cards,
        mastery,
        unflag);
  }

  /** When the answered exercise comes back, in words, as the mode has it. */
  public String nextReview(ExerciseRunner.Attempt a, AnswerRecorder.Recorded r) {
    return mode == Mode.CRAM
        ? "unchanged: cramming leaves your schedule alone"
        : Durations.in(Duration.between(a.answeredAt(), r.outcome().card().due()));
  }

  private FeedbackScreen feedback(
      StoredExercise stored, ExerciseRunner.Attempt a, AnswerRecorder.Recorded r) {
    List<FeedbackScreen.MasteryChange> masteryChanges = new ArrayList<>();
    r.masteryAfter()
        .forEach(
            (k, after) -> {
              SkillMastery before = r.masteryBefore().get(k);
              masteryChanges.add(
                  new FeedbackScreen.MasteryChange(
                      k, before == null ? priorOf(k) : before.pKnown(), after.pKnown()));
            });
    boolean scheduled = mode == Mode.STUDY || mode == Mode.PLACEMENT;
    return new FeedbackScreen(
            a.verdict(),
            a.expected(),
            a.detail(),
            stored.exercise().explanation(),
            a.rating(),
            nextReview(a, r),
            r.changes(),
            scheduled ? r.outcome().card().due() : null,
            masteryChanges,
            a.shown(),
            mode.records() && a.disputable())
        .explained(tutor.kind.Kind.of(stored.exercise()).answerLabel(), a.tables());
  }

  private double priorOf(SkillKey k) {
    StoredSkill s = skills.get(k);
    return s == null || s.skill().bkt() == null
        ? tutor.mastery.BktParameters.DEFAULT.prior()
        : s.skill().bkt().prior();
  }
}
