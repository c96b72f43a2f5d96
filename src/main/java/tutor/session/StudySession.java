package tutor.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tutor.grade.Grader;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.grade.Ratings;
import tutor.mastery.BktParameters;
import tutor.mastery.Level;
import tutor.mastery.MasteryModel;
import tutor.mastery.SkillMastery;
import tutor.pack.Exercise;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.Rating;
import tutor.schedule.ReviewOutcome;
import tutor.schedule.Scheduler;
import tutor.store.AnswerRecord;
import tutor.store.CardKey;
import tutor.store.Learner;
import tutor.store.SkillKey;
import tutor.store.Store;
import tutor.store.StoredExercise;
import tutor.store.StoredSkill;
import tutor.store.StudyData;

/**
 * One study session: pick, show, read, grade, record, give feedback, until the learner stops or
 * nothing is left. Every answer is committed before its feedback is shown.
 */
public final class StudySession {
  /** What the learner asked for on the command line. */
  public record Options(Optional<String> pack, Optional<String> skill, Optional<Duration> timeBudget,
      OptionalInt limit, long seed) {}

  /** How many recent answers steer the success target. */
  private static final int RECENT = 8;

  public static final String COMMANDS =
      "Commands: ? or :hint for a hint, :why to see why this exercise, :skip to skip it, :quit to end the session.";

  private final Store store;
  private final Learner learner;
  private final LearnerSettings settings;
  private final Scheduler scheduler;
  private final Grader grader;
  private final StudyUi ui;
  private final Clock clock;
  private final Options options;

  private final Map<CardKey, CardState> cards = new HashMap<>();
  private final Map<SkillKey, SkillMastery> mastery = new HashMap<>();
  private final Map<SkillKey, StoredSkill> skills = new LinkedHashMap<>();
  private final Map<String, String> packTitles;
  private final Set<CardKey> skipped = new HashSet<>();
  private final List<String> levelChanges = new ArrayList<>();
  private int answered;
  private int correct;
  private int attempt;
  private Pick lastPick;
  private Set<SkillKey> goalPath = Set.of();
  private double targetSuccess = Picker.DEFAULT_TARGET_SUCCESS;
  private Map<CardKey, Double> difficulty = Map.of();

  /** Serve these skills first (the active goals' paths). */
  public StudySession goalPath(Set<SkillKey> path) {
    this.goalPath = Set.copyOf(path);
    return this;
  }

  /** The predicted success new material aims at, and refined difficulties. */
  public StudySession targeting(double target, Map<CardKey, Double> refinedDifficulty) {
    this.targetSuccess = target;
    this.difficulty = Map.copyOf(refinedDifficulty);
    return this;
  }

  /** Why the current (or last) exercise was chosen. */
  public Optional<Pick> lastPick() {
    return Optional.ofNullable(lastPick);
  }

  /** Thrown inside an exercise when the learner types :skip. */
  private static final class Skip extends Exception {
    Skip() {
      super(null, null, false, false);
    }
  }

  public StudySession(Store store, Learner learner, LearnerSettings settings, Scheduler scheduler,
      Grader grader, StudyUi ui, Clock clock, Options options, Map<String, String> packTitles) {
    this.store = store;
    this.learner = learner;
    this.settings = settings;
    this.scheduler = scheduler;
    this.grader = grader;
    this.ui = ui;
    this.clock = clock;
    this.options = options;
    this.packTitles = packTitles;
  }

  public SessionSummary run() {
    Instant start = clock.instant();
    StudyData data = store.studyData(learner.id());
    cards.putAll(data.cards());
    mastery.putAll(data.mastery());
    data.skills().forEach(s -> skills.put(s.key(), s));
    List<StoredExercise> scope = data.exercises().stream()
        .filter(e -> options.pack().map(p -> p.equals(e.packId())).orElse(true))
        .filter(e -> options.skill().map(s -> e.exercise().skills().contains(s)).orElse(true))
        .toList();
    Picker picker = new Picker(scheduler, data.skills());
    Instant dayStart = settings.day().startOf(start);
    int introduced = store.introducedSince(learner.id(), dayStart);
    int reviewed = store.reviewedSince(learner.id(), dayStart);
    int planned = planned(picker, scope, start, introduced, reviewed);
    SkillKey lastSkill = null;
    boolean lastWrong = false;
    List<Boolean> recent = new ArrayList<>();
    String stopReason;
    SessionEnd.Cause endedBy = null;
    while (true) {
      Instant now = clock.instant();
      if (options.limit().isPresent() && answered >= options.limit().getAsInt()) {
        stopReason = "You reached the limit of " + options.limit().getAsInt() + " exercises.";
        break;
      }
      if (options.timeBudget().isPresent()
          && Duration.between(start, now).compareTo(options.timeBudget().get()) >= 0) {
        stopReason = "Time is up (" + options.timeBudget().get().toMinutes() + " minutes).";
        break;
      }
      Picker.Request request = Picker.Request.of(scope, cards, mastery, now)
          .quotas(settings.newPerDay() - introduced, settings.reviewsPerDay() - reviewed)
          .after(lastSkill, lastWrong)
          .excluding(skipped, options.skill().isPresent())
          .goals(goalPath)
          .target(Picker.adjustedTarget(targetSuccess, recent), difficulty);
      Optional<Pick> pick = picker.next(request);
      if (pick.isEmpty()) {
        stopReason = answered == 0 ? nothingToStudy(scope, introduced) : "That is all for now.";
        break;
      }
      Pick p = pick.get();
      try {
        ExerciseScreen screen = new ExerciseScreen(answered + 1, Math.max(planned, answered + 1),
            packTitles.getOrDefault(p.exercise().packId(), p.exercise().packId()),
            skillTitle(Picker.primarySkill(p.exercise())), p.reason(),
            Duration.between(start, now), p.exercise().exercise(), List.of());
        boolean wasNew = p.card() == null || p.card().phase() == CardPhase.NEW;
        lastPick = p;
        boolean right = answer(p, screen);
        recent.add(right);
        if (recent.size() > RECENT) recent.remove(0);
        lastWrong = !right;
        if (wasNew) introduced++;
        else if (p.card().phase() == CardPhase.REVIEW) reviewed++;
        lastSkill = Picker.primarySkill(p.exercise());
      } catch (Skip s) {
        skipped.add(p.exercise().key());
        ui.notice("Skipped.");
      } catch (SessionEnd e) {
        endedBy = e.why();
        stopReason = "";
        break;
      }
    }
    return summarize(start, scope, stopReason, endedBy);
  }

  private int planned(Picker picker, List<StoredExercise> scope, Instant now, int introduced, int reviewed) {
    Set<SkillKey> masteredSkills = Picker.mastered(mastery);
    int due = 0;
    int fresh = 0;
    for (StoredExercise e : scope) {
      CardState c = cards.get(e.key());
      if (c == null || c.phase() == CardPhase.NEW) {
        if (options.skill().isPresent() || picker.unlocked(e, masteredSkills)) fresh++;
      } else if (!c.due().isAfter(now)) {
        due++;
      }
    }
    int total = Math.min(due, Math.max(0, settings.reviewsPerDay() - reviewed))
        + Math.min(fresh, Math.max(0, settings.newPerDay() - introduced));
    return options.limit().isPresent() ? Math.min(total, options.limit().getAsInt()) : total;
  }

  private String nothingToStudy(List<StoredExercise> scope, int introduced) {
    if (scope.isEmpty()) return "There are no exercises to study here.";
    if (introduced >= settings.newPerDay()) {
      return "Nothing is due, and you have had today's " + settings.newPerDay()
          + " new exercises (change it with: tutor settings new-per-day N).";
    }
    return "Nothing is due right now, and nothing new is unlocked yet.";
  }

  private String skillTitle(SkillKey key) {
    StoredSkill s = skills.get(key);
    return s == null ? key.skillId() : s.title();
  }

  /** Answers one exercise; returns whether the answer was right (a flashcard: not Again). */
  private boolean answer(Pick pick, ExerciseScreen base) throws Skip, SessionEnd {
    StoredExercise stored = pick.exercise();
    Exercise ex = stored.exercise();
    CardKey key = stored.key();
    attempt++;
    Presentation shown = Presentation.of(ex, mix(options.seed(), key.hashCode(), attempt));
    List<String> items = List.of();
    if (ex.body() instanceof Exercise.Choice c) items = shown.shown(c.options());
    if (ex.body() instanceof Exercise.Order o) items = shown.shown(o.items());
    ui.exercise(new ExerciseScreen(base.number(), base.planned(), base.packTitle(), base.skillTitle(),
        base.reason(), base.elapsed(), ex, items));
    Instant shownAt = clock.instant();
    int[] hints = {0};
    CardState before = pick.card() == null || pick.card().phase() == CardPhase.NEW ? null : pick.card();
    CardState card = before == null ? CardState.newCard(shownAt) : before;
    long fuzzSeed = mix(learner.id(), key.hashCode(), card.reps());

    Rating rating;
    Boolean verdict;
    String given;
    String expected;
    String detail = "";
    if (ex.body() instanceof Exercise.Flashcard f) {
      given = askWithCommands(ex, hints, "Press Enter to see the answer");
      ui.flashcardBack(f.back());
      rating = askRating(card, fuzzSeed);
      verdict = null;
      expected = f.back();
    } else {
      Outcome.Graded graded = null;
      List<String> responses = new ArrayList<>();
      while (graded == null) {
        responses.clear();
        if (ex.body() instanceof Exercise.Cloze c && c.gaps().size() > 1) {
          for (int i = 0; i < c.gaps().size(); i++) {
            responses.add(askWithCommands(ex, hints, "[" + (i + 1) + "/" + c.gaps().size() + "]"));
          }
        } else {
          responses.add(askWithCommands(ex, hints, ""));
        }
        Outcome outcome = grader.grade(ex, shown, responses);
        if (outcome instanceof Outcome.Invalid invalid) ui.notice(invalid.message());
        else graded = (Outcome.Graded) outcome;
      }
      long responseMillis = ui.interactive()
          ? Duration.between(shownAt, clock.instant()).toMillis() : -1;
      rating = Ratings.forAnswer(ex.type(), graded.correct(), hints[0], responseMillis);
      verdict = graded.correct();
      given = String.join(" | ", responses);
      expected = graded.expected();
      detail = graded.detail();
    }
    Instant now = clock.instant();
    ReviewOutcome outcome = scheduler.review(card, rating, now, fuzzSeed);
    boolean right = rating != Rating.AGAIN;
    Map<SkillKey, SkillMastery> masteryBefore = new LinkedHashMap<>();
    Map<SkillKey, SkillMastery> masteryAfter = new LinkedHashMap<>();
    Set<SkillKey> masteredBefore = Picker.mastered(mastery);
    for (String skillId : ex.skills()) {
      SkillKey sk = new SkillKey(key.packId(), skillId);
      SkillMastery m = mastery.get(sk);
      masteryBefore.put(sk, m);
      StoredSkill skill = skills.get(sk);
      BktParameters p = MasteryModel.forExercise(skill == null ? null : skill.skill().bkt(), ex);
      SkillMastery start = m == null ? SkillMastery.fresh(p) : m;
      masteryAfter.put(sk, start.after(right, p));
    }
    Long millis = ui.interactive() ? Duration.between(shownAt, now).toMillis() : null;
    // Committed before the learner sees the feedback: an answer seen is an answer kept.
    store.recordAnswer(new AnswerRecord(learner.id(), key, now, right, millis, hints[0], given,
        before, outcome, masteryBefore, masteryAfter));
    cards.put(key, outcome.card());
    mastery.putAll(masteryAfter);
    answered++;
    if (right) correct++;
    List<String> changes = changes(masteredBefore, masteryBefore, masteryAfter);
    levelChanges.addAll(changes);
    ui.feedback(new FeedbackScreen(verdict, expected, detail, ex.explanation(), rating,
        Durations.in(Duration.between(now, outcome.card().due())), changes));
    return right;
  }

  /** Level changes of the answered skills, and skills this answer unlocked. */
  private List<String> changes(Set<SkillKey> masteredBefore, Map<SkillKey, SkillMastery> before,
      Map<SkillKey, SkillMastery> after) {
    List<String> out = new ArrayList<>();
    Set<SkillKey> masteredAfter = Picker.mastered(mastery);
    for (SkillKey k : after.keySet()) {
      Level was = Level.of(before.get(k), true);
      Level is = Level.of(after.get(k), true);
      if (was != is && is != Level.LEARNING) out.add(skillTitle(k) + ": " + was.label() + " -> " + is.label());
    }
    for (StoredSkill s : skills.values()) {
      if (s.requires().isEmpty()) continue;
      boolean unlockedBefore = s.requires().stream().allMatch(r -> masteredBefore.contains(new SkillKey(s.packId(), r)));
      boolean unlockedNow = s.requires().stream().allMatch(r -> masteredAfter.contains(new SkillKey(s.packId(), r)));
      if (!unlockedBefore && unlockedNow) out.add("Unlocked: " + s.title());
    }
    return out;
  }

  private String askWithCommands(Exercise ex, int[] hints, String prompt) throws Skip, SessionEnd {
    while (true) {
      String line = ui.ask(prompt);
      String cmd = line.strip().toLowerCase(Locale.ROOT);
      switch (cmd) {
        case "?", ":hint", ":h" -> {
          if (hints[0] < ex.hints().size()) {
            ui.hint(hints[0] + 1, ex.hints().size(), ex.hints().get(hints[0]));
            hints[0]++;
          } else {
            ui.notice(ex.hints().isEmpty() ? "This exercise has no hints." : "No more hints.");
          }
        }
        case ":skip", ":s" -> throw new Skip();
        case ":quit", ":q", ":exit" -> throw new SessionEnd(SessionEnd.Cause.QUIT);
        case ":help" -> ui.notice(COMMANDS);
        case ":why" -> ui.say(lastPick == null ? "Nothing has been chosen yet." : "Why this exercise: " + lastPick.why());
        default -> {
          return line;
        }
      }
    }
  }

  private Rating askRating(CardState card, long fuzzSeed) throws SessionEnd {
    Map<Rating, ReviewOutcome> preview = scheduler.preview(card, clock.instant(), fuzzSeed);
    StringBuilder choices = new StringBuilder("How well did you recall it?");
    for (Rating r : Rating.values()) {
      choices.append(r == Rating.AGAIN ? "  " : " · ").append(r.value()).append(' ').append(label(r))
          .append(' ').append(Durations.compact(Duration.between(clock.instant(), preview.get(r).card().due())));
    }
    ui.say(choices.toString());
    while (true) {
      String line = ui.ask("1-4").strip().toLowerCase(Locale.ROOT);
      switch (line) {
        case "1", "again" -> { return Rating.AGAIN; }
        case "2", "hard" -> { return Rating.HARD; }
        case "3", "good" -> { return Rating.GOOD; }
        case "4", "easy" -> { return Rating.EASY; }
        case ":quit", ":q", ":exit" -> throw new SessionEnd(SessionEnd.Cause.QUIT);
        default -> ui.notice("Type 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).");
      }
    }
  }

  public static String label(Rating r) {
    String n = r.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  private SessionSummary summarize(Instant start, List<StoredExercise> scope, String stopReason,
      SessionEnd.Cause endedBy) {
    Instant now = clock.instant();
    Instant tomorrowEnd = settings.day().endOf(settings.day().endOf(now));
    int dueNow = 0;
    int dueNextDay = 0;
    Instant nextDue = null;
    for (StoredExercise e : scope) {
      CardState c = cards.get(e.key());
      if (c == null || c.phase() == CardPhase.NEW) continue;
      if (!c.due().isAfter(now)) {
        dueNow++;
      } else {
        if (nextDue == null || c.due().isBefore(nextDue)) nextDue = c.due();
        if (c.due().isBefore(tomorrowEnd) && !c.due().isBefore(settings.day().endOf(now))) dueNextDay++;
      }
    }
    return new SessionSummary(answered, correct, Duration.between(start, now), List.copyOf(levelChanges),
        dueNow, nextDue, dueNextDay, stopReason, endedBy);
  }

  /** Mixes seeds (SplitMix64 finaliser) so nearby inputs give unrelated shuffles and fuzz. */
  static long mix(long a, long b, long c) {
    long z = a * 0x9E3779B97F4A7C15L + b * 0xBF58476D1CE4E5B9L + c * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
