package tutor.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.kind.AnswerGrader;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.ExerciseType;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.placement.PlacementSearch;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.session.AnswerRecorder;
import tutor.session.ExerciseRunner;
import tutor.session.ExerciseScreen;
import tutor.session.LearnerSettings;
import tutor.session.Pick;
import tutor.session.SessionEnd;
import tutor.session.SkipExercise;
import tutor.session.StudySession;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.StudyData;
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
        return place(store, learner, clock);
      }
    }
  }

  private int place(Store store, Learner learner, Clock clock) throws Exception {
    StudyData data = store.studyData(learner.id());
    List<StoredSkill> skills =
        data.skills().stream()
            .filter(s -> s.packId().equals(pack))
            .sorted(Comparator.comparingInt(StoredSkill::position))
            .toList();
    if (skills.isEmpty())
      throw new UserException(
          ExitCodes.BAD_INPUT, "no installed pack '" + pack + "' (see: tutor pack list)");
    Map<String, StoredExercise> question = new LinkedHashMap<>();
    for (StoredSkill s : skills) questionFor(s, data).ifPresent(e -> question.put(s.id(), e));
    Map<String, List<String>> requires = new HashMap<>();
    skills.forEach(s -> requires.put(s.id(), s.requires()));
    PlacementSearch search =
        new PlacementSearch(
            skills.stream().map(StoredSkill::id).toList(), requires, question.keySet());
    if (root.ctx.interactive()) {
      try (JLineInput input = JLineInput.on(root.ctx.terminals().open())) {
        return run(
            store,
            learner,
            data,
            skills,
            question,
            search,
            input,
            input.terminal().writer(),
            root.style(),
            clock);
      }
    }
    LineInput input =
        new PipedInput(
            new BufferedReader(new InputStreamReader(root.ctx.in(), StandardCharsets.UTF_8)));
    return run(
        store, learner, data, skills, question, search, input, root.ctx.out(), Style.PLAIN, clock);
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

  private int run(
      Store store,
      Learner learner,
      StudyData data,
      List<StoredSkill> skills,
      Map<String, StoredExercise> question,
      PlacementSearch search,
      LineInput input,
      PrintWriter out,
      Style style,
      Clock clock) {
    ConsoleUi ui = new ConsoleUi(input, out, style, clock::instant);
    LearnerSettings settings =
        LearnerSettings.from(store.settings(learner.id()), ZoneId.systemDefault());
    FsrsScheduler scheduler =
        new FsrsScheduler(
            settings.schedulerConfig(OptimizeCommand.schedulingParameters(store, learner)));
    Map<SkillKey, StoredSkill> byKey = new LinkedHashMap<>();
    data.skills().forEach(s -> byKey.put(s.key(), s));
    AnswerRecorder recorder = new AnswerRecorder(store, scheduler, byKey);
    ExerciseRunner runner =
        new ExerciseRunner(ui, scheduler, new AnswerGrader(), clock, cmd -> false);
    Map<CardKey, CardState> cards = new HashMap<>(data.cards());
    Map<SkillKey, SkillMastery> mastery = new HashMap<>(data.mastery());
    long shuffle = seed != null ? seed : new SecureRandom().nextLong();
    int width =
        input.interactive() ? input.width() : Integer.MAX_VALUE / 2; // piped: lines as they are
    out.println(
        tutor.terminal.Wrap.text(
            "Placement for "
                + pack
                + ": up to "
                + question.size()
                + " questions to find what you already know. Answer as best you can; :skip counts as not known, :quit stops.",
            width,
            ""));
    int n = 0;
    boolean stopped = false;
    for (Optional<String> next = search.next(); next.isPresent(); next = search.next()) {
      String skillId = next.get();
      StoredExercise e = question.get(skillId);
      StoredSkill skill = byKey.get(new SkillKey(pack, skillId));
      ExerciseScreen screen =
          new ExerciseScreen(
              ++n, 0, "", skill.title(), Pick.Reason.NEW, Duration.ZERO, e.exercise(), List.of());
      CardState card = cards.getOrDefault(e.key(), CardState.newCard(clock.instant()));
      long fuzz = StudySession.mix(learner.id(), e.key().hashCode(), card.reps());
      boolean passed;
      try {
        ExerciseRunner.Attempt a =
            runner.run(e, card, screen, StudySession.mix(shuffle, e.key().hashCode(), n), fuzz);
        recorder.record(learner.id(), "placement", e, a, fuzz, cards, mastery);
        passed = Boolean.TRUE.equals(a.verdict()) && a.hintsUsed() == 0;
        out.println(
            tutor.terminal.Wrap.text(
                passed ? "Right." : "Not quite; the answer is " + a.expected() + ".", width, ""));
      } catch (SkipExercise s) {
        passed = false;
      } catch (SessionEnd end) {
        stopped = true;
        break;
      }
      search.record(skillId, passed);
    }
    Map<SkillKey, SkillMastery> placed = new LinkedHashMap<>();
    List<String> knownTitles = new ArrayList<>();
    List<String> toLearn = new ArrayList<>();
    for (Map.Entry<String, Boolean> c : search.conclusions().entrySet()) {
      SkillKey k = new SkillKey(pack, c.getKey());
      String title = byKey.get(k).title();
      if (c.getValue()) {
        SkillMastery m = mastery.getOrDefault(k, new SkillMastery(0, 0, 0));
        // Inferred known: enough to build on (it unlocks what requires it), but placed, not
        // mastered,
        // until answers show it (docs/mastery.md).
        placed.put(
            k,
            new SkillMastery(
                Math.max(m.pKnown(), SkillMastery.MASTERED + 0.01),
                m.attempts(),
                m.correct(),
                m.evidence().placed(true)));
        knownTitles.add(title);
      } else {
        toLearn.add(title);
      }
    }
    store.setMastery(learner.id(), placed, clock.instant());
    out.println();
    java.util.function.Consumer<String> para =
        t -> out.println(tutor.terminal.Wrap.text(t, width, ""));
    para.accept(
        (stopped ? "Placement stopped after " : "Placement done: ")
            + search.asked()
            + (search.asked() == 1 ? " question" : " questions")
            + " (testing every skill would take "
            + question.size()
            + ").");
    para.accept(
        "Known (placed: you build on them; mastered once you answer them on two days): "
            + (knownTitles.isEmpty() ? "none" : String.join(", ", knownTitles)));
    para.accept("To learn: " + (toLearn.isEmpty() ? "none" : String.join(", ", toLearn)));
    int undecided = skills.size() - search.conclusions().size();
    if (undecided > 0)
      para.accept(
          "Undecided: " + undecided + " skills (run tutor placement again, or just study).");
    para.accept("Next: tutor study --pack " + pack);
    // At a terminal this is the terminal's writer, which closing the terminal does not flush.
    out.flush();
    return ExitCodes.OK;
  }
}
