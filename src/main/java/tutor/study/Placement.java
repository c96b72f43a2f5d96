package tutor.study;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tutor.kind.AnswerGrader;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.ExerciseType;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.placement.PlacementSearch;
import tutor.schedule.CardState;
import tutor.schedule.Scheduler;
import tutor.session.AnswerLoop;
import tutor.session.ExerciseScreen;
import tutor.session.Pick;
import tutor.session.SessionEnd;
import tutor.session.SkipExercise;
import tutor.session.StudySession;
import tutor.session.StudyUi;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.StudyData;

/**
 * The placement test of a pack ("I already know some of this"): asks about a skill in the middle of
 * what is still undecided, through the one {@link AnswerLoop} (answers recorded as placement, no
 * feedback screen), and marks the skills found known as placed.
 */
public final class Placement {
  /**
   * What the test found.
   *
   * @param asked questions answered or skipped
   * @param questions questions testing every skill would take
   * @param stopped the learner stopped before the end
   * @param known titles of the skills now placed
   * @param toLearn titles of the skills found not known
   * @param undecided skills neither known nor to learn
   */
  /**
   * @param interrupted stopped by Ctrl-C (the command exits 130 after its summary)
   */
  public record Result(
      int asked,
      int questions,
      boolean stopped,
      List<String> known,
      List<String> toLearn,
      int undecided,
      boolean interrupted) {}

  private final Store store;
  private final Learner learner;
  private final Scheduler scheduler;
  private final Clock clock;
  private final String packId;
  private final StudyData data;
  private final List<StoredSkill> skills;
  private final Map<String, StoredExercise> question;
  private final PlacementSearch search;

  private Placement(
      Store store,
      Learner learner,
      Scheduler scheduler,
      Clock clock,
      String packId,
      StudyData data,
      List<StoredSkill> skills,
      Map<String, StoredExercise> question,
      PlacementSearch search) {
    this.store = store;
    this.learner = learner;
    this.scheduler = scheduler;
    this.clock = clock;
    this.packId = packId;
    this.data = data;
    this.skills = skills;
    this.question = question;
    this.search = search;
  }

  static Optional<Placement> of(
      Store store, Learner learner, Scheduler scheduler, Clock clock, String packId) {
    StudyData data = store.studyData(learner.id());
    List<StoredSkill> skills =
        data.skills().stream()
            .filter(s -> s.packId().equals(packId))
            .sorted(Comparator.comparingInt(StoredSkill::position))
            .toList();
    if (skills.isEmpty()) return Optional.empty();
    Map<String, StoredExercise> question = new LinkedHashMap<>();
    for (StoredSkill s : skills) questionFor(s, data).ifPresent(e -> question.put(s.id(), e));
    Map<String, List<String>> requires = new HashMap<>();
    skills.forEach(s -> requires.put(s.id(), s.requires()));
    PlacementSearch search =
        new PlacementSearch(
            skills.stream().map(StoredSkill::id).toList(), requires, question.keySet());
    return Optional.of(
        new Placement(store, learner, scheduler, clock, packId, data, skills, question, search));
  }

  /** How many questions testing every skill would take (the most this test asks). */
  public int questions() {
    return question.size();
  }

  /**
   * A question that tells: typed answers before guessable choices, medium difficulty, unseen first.
   */
  private static Optional<StoredExercise> questionFor(StoredSkill skill, StudyData data) {
    return data.exercises().stream()
        .filter(
            e ->
                e.packId().equals(skill.packId())
                    && e.exercise().skills().get(0).equals(skill.id()))
        .filter(e -> e.exercise().type() != ExerciseType.FLASHCARD)
        .min(
            Comparator.comparing((StoredExercise e) -> e.exercise().type() == ExerciseType.CHOICE)
                .thenComparing(e -> data.cards().containsKey(e.key()))
                .thenComparingInt(e -> Math.abs(e.exercise().difficulty() - 3))
                .thenComparingInt(StoredExercise::position));
  }

  /**
   * Asks until the search has placed every skill or the learner stops; says after each answer
   * whether it was right ({@code say}), then records the skills found known as placed.
   *
   * @param seed shuffles options and items
   */
  public Result run(StudyUi ui, long seed, Consumer<String> say) {
    Map<SkillKey, StoredSkill> byKey = new LinkedHashMap<>();
    data.skills().forEach(s -> byKey.put(s.key(), s));
    AnswerLoop loop =
        new AnswerLoop(
            AnswerLoop.Mode.PLACEMENT,
            store,
            scheduler,
            new AnswerGrader(),
            ui,
            clock,
            byKey,
            cmd -> false);
    Map<CardKey, CardState> cards = new HashMap<>(data.cards());
    Map<SkillKey, SkillMastery> mastery = new HashMap<>(data.mastery());
    int n = 0;
    boolean stopped = false;
    boolean interrupted = false;
    for (Optional<String> next = search.next(); next.isPresent(); next = search.next()) {
      String skillId = next.get();
      StoredExercise e = question.get(skillId);
      StoredSkill skill = byKey.get(new SkillKey(packId, skillId));
      ExerciseScreen screen =
          new ExerciseScreen(
              ++n, 0, "", skill.title(), Pick.Reason.NEW, Duration.ZERO, e.exercise(), List.of());
      CardState card = cards.getOrDefault(e.key(), CardState.newCard(clock.instant()));
      long fuzz = StudySession.mix(learner.id(), e.key().seed(), card.reps());
      boolean passed;
      try {
        AnswerLoop.Turn t =
            loop.answer(
                learner.id(),
                e,
                card,
                screen,
                StudySession.mix(seed, e.key().seed(), n),
                fuzz,
                cards,
                mastery,
                (a, r) -> {});
        boolean right = Boolean.TRUE.equals(t.attempt().verdict());
        passed = right && t.attempt().hintsUsed() == 0;
        // A right answer after a hint is right: saying "not quite" would contradict the learner's
        // own eyes. It still does not show the skill known, and the line says so.
        say.accept(
            passed
                ? "Right."
                : right
                    ? "Right, with a hint: counted as still to learn."
                    : notQuite(t.attempt().expected()));
      } catch (SkipExercise s) {
        passed = false;
      } catch (SessionEnd end) {
        stopped = true;
        interrupted = end.why() == SessionEnd.Cause.INTERRUPT;
        break;
      }
      search.record(skillId, passed);
    }
    Map<SkillKey, SkillMastery> placed = new LinkedHashMap<>();
    List<String> known = new ArrayList<>();
    List<String> toLearn = new ArrayList<>();
    for (Map.Entry<String, Boolean> c : search.conclusions().entrySet()) {
      SkillKey k = new SkillKey(packId, c.getKey());
      String title = byKey.get(k).title();
      if (c.getValue()) {
        SkillMastery m = mastery.getOrDefault(k, new SkillMastery(0, 0, 0));
        // Inferred known: enough to build on (it unlocks what requires it), but placed, not
        // mastered, until answers show it (docs/mastery.md). Open too: placement infers what it
        // requires known with it, so an answer to it given before that does not keep it locked.
        placed.put(
            k,
            new SkillMastery(
                Math.max(m.pKnown(), SkillMastery.MASTERED + 0.01),
                m.attempts(),
                m.correct(),
                m.evidence().placed(true).opened(true)));
        known.add(title);
      } else {
        toLearn.add(title);
      }
    }
    store.setMastery(learner.id(), placed, clock.instant());
    return new Result(
        search.asked(),
        question.size(),
        stopped,
        known,
        toLearn,
        skills.size() - search.conclusions().size(),
        interrupted);
  }

  /**
   * The line after a missed question. An answer that ends a sentence itself (a query's ";") takes
   * no period after it: "FROM employees;." read as a typo.
   */
  /** How the line after a missed question starts. */
  public static final String NOT_QUITE = "Not quite; the answer is ";

  static String notQuite(String expected) {
    String answer = expected.strip();
    // An answer of several lines (a query laid out over lines) comes under the words, line by line
    // as written, rather than its first line run into the sentence.
    if (answer.contains("\n")) return NOT_QUITE.strip() + ":\n" + expected.stripTrailing();
    return NOT_QUITE + answer + (answer.matches("(?s).*[.;!?]") ? "" : ".");
  }
}
