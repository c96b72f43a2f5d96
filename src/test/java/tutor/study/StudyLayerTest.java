package tutor.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.goal.Goal;
import tutor.pack.StoredExercise;
import tutor.packfile.PackReader;
import tutor.schedule.CardState;
import tutor.session.AnswerLoop;
import tutor.session.ExerciseScreen;
import tutor.session.FeedbackScreen;
import tutor.session.LessonScreen;
import tutor.session.Pick;
import tutor.session.SessionEnd;
import tutor.session.SessionSummary;
import tutor.session.StudySession;
import tutor.session.StudyUi;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.StoreContract;
import tutor.store.Stores;

/**
 * The study layer as a second front-end (a web page, an editor plugin) would use it: nothing of the
 * command line, a {@link StudyUi} of its own, the store only through {@link Store}.
 */
class StudyLayerTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  @TempDir Path dir;

  /** Opened through the one factory, as any front-end opens it: the adapter is not named. */
  private Store installed() throws Exception {
    Store store = Stores.open(dir.resolve("t.db"));
    store.installPack(PackReader.read(TestPacks.demo(dir)), "test", "hash", NOW);
    return store;
  }

  @Test
  void aFrontEndOfItsOwnStudiesRecordsAndIsToldWhy() throws Exception {
    try (Store store = installed()) {
      Learner learner = store.currentLearner(NOW);
      StudyContext context = StudyContext.load(store, learner, ZoneOffset.UTC, CLOCK);
      ScriptedUi ui = new ScriptedUi();
      StudyRequest request =
          new StudyRequest(
              Optional.of("demo"),
              Optional.of("basics"),
              OptionalInt.empty(),
              OptionalInt.of(2),
              7,
              0,
              false);
      List<String> notes = new ArrayList<>();
      SessionSummary summary = context.session(request, ui, notes::add).run();

      assertEquals(2, summary.answered());
      assertEquals(2, summary.correct());
      assertEquals(2, ui.feedback.size());
      assertTrue(ui.feedback.stream().allMatch(f -> Boolean.TRUE.equals(f.correct())));
      assertTrue(ui.feedback.stream().allMatch(f -> f.nextDue() != null), "scheduled");
      assertEquals(1, ui.lessons, "the new skill's lesson, once");
      assertEquals(2, store.reviewLog(learner.id()).size(), "both answers recorded");
      assertTrue(
          store
              .appSetting(StudyContext.WHY_KEY + learner.id())
              .orElseThrow()
              .startsWith("demo/" + ui.shown.get(1) + "\n"),
          "why the last exercise was chosen, for `tutor why`");
      assertTrue(notes.isEmpty(), "no goals, nothing to note: " + notes);
    }
  }

  @Test
  void otherLearnersFirstAttemptsMakeANewExerciseHarderForThoseWhoHaveNotSeenIt() throws Exception {
    try (Store store = installed()) {
      // The pack's easiest exercise (capital, difficulty 1) comes first for a new learner...
      assertEquals("capital", firstExerciseOf(store, store.addLearner("ada", NOW)));
      // ...until eight others got it wrong at their first attempt: for those who have not seen it,
      // it is then harder than sum (difficulty 2), which comes first.
      for (int i = 0; i < 8; i++) {
        Learner other = store.addLearner("other" + i, NOW);
        store.recordAnswer(StoreContract.answer(store, other.id(), "capital", false, NOW));
      }
      assertEquals("sum", firstExerciseOf(store, store.addLearner("bo", NOW)));
    }
  }

  private static String firstExerciseOf(Store store, Learner learner) {
    StudyContext context = StudyContext.load(store, learner, ZoneOffset.UTC, CLOCK);
    ScriptedUi ui = new ScriptedUi();
    StudyRequest request =
        new StudyRequest(
            Optional.of("demo"),
            Optional.of("basics"),
            OptionalInt.empty(),
            OptionalInt.of(1),
            7,
            0,
            false);
    context.session(request, ui, note -> {}).run();
    return ui.shown.get(0);
  }

  @Test
  void placementAndPreviewGoThroughTheSameLayer() throws Exception {
    try (Store store = installed()) {
      Learner learner = store.currentLearner(NOW);
      StudyContext context = StudyContext.load(store, learner, ZoneOffset.UTC, CLOCK);
      assertTrue(context.placement("no-such-pack").isEmpty());

      Placement placement = context.placement("demo").orElseThrow();
      ScriptedUi ui = new ScriptedUi();
      List<String> said = new ArrayList<>();
      Placement.Result r = placement.run(ui, 1, said::add);
      assertTrue(r.asked() >= 1, r.toString());
      assertEquals(r.asked(), said.size(), "one line per question: " + said);
      // The basics answered rightly; the order question (its items shuffled) not.
      assertEquals(
          List.of("Right.", "Not quite; the answer is 2 1 3: Mercury → Venus → Earth."), said);
      assertTrue(ui.feedback.isEmpty(), "placement shows no feedback screen");
      assertEquals(r.asked(), store.reviewLog(learner.id()).size(), "recorded as placement");
      assertEquals(List.of("The basics"), r.known());
      assertEquals(List.of("Building on the basics"), r.toLearn());
      assertTrue(
          store.mastery(learner.id()).values().stream().anyMatch(m -> m.evidence().placed()));

      // A preview records nothing, and has no learner: the same loop, in its mode.
      int before = store.reviewLog(learner.id()).size();
      ScriptedUi previewUi = new ScriptedUi();
      StoredExercise sum =
          store.studyData(learner.id()).exercises().stream()
              .filter(e -> e.exercise().id().equals("sum"))
              .findFirst()
              .orElseThrow();
      AnswerLoop preview = StudyContext.preview(previewUi, CLOCK);
      AnswerLoop.Turn t =
          preview.answer(
              0,
              sum,
              CardState.newCard(NOW),
              screen(sum),
              1,
              1,
              new HashMap<>(),
              new HashMap<>(),
              (a, rec) -> {});
      assertEquals(Boolean.TRUE, t.feedback().correct());
      assertNull(t.feedback().nextDue(), "no schedule in a preview");
      assertFalse(t.feedback().disputable(), "nothing recorded, nothing to dispute");
      assertEquals(List.of(t.feedback()), previewUi.feedback);
      assertEquals(before, store.reviewLog(learner.id()).size());
    }
  }

  /**
   * One start of `tutor study` for a learner with a goal: settings, goals and the adopted FSRS
   * parameters are read once, and the learner's study data once before the first prompt, though the
   * goals serve the budget, the goal path, the exams and both daily lines.
   */
  @Test
  void settingsGoalsAndStudyDataAreReadOncePerStart() throws Exception {
    try (Store real = installed()) {
      Learner learner = real.currentLearner(NOW);
      real.goals()
          .add(
              learner.id(),
              new Goal(
                  0,
                  "demo",
                  List.of(),
                  NOW.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30),
                  12,
                  null,
                  NOW));
      Map<String, Integer> calls = new ConcurrentHashMap<>();
      Store store = counting(real, calls);

      StudyContext context = StudyContext.load(store, learner, ZoneOffset.UTC, CLOCK);
      List<String> notes = new ArrayList<>();
      StudySession session =
          context.session(StudyRequest.everything(3), new ScriptedUi(), notes::add);
      context.daily().atStart();
      // Before the first prompt: no study data read whole (the goal's plan comes from the store's
      // aggregates, the session asks the store for candidates).
      assertNull(calls.get("studyOutline"), calls.toString());
      SessionSummary summary = session.run();
      context.daily().atEnd();

      assertTrue(summary.answered() > 0, summary.toString());
      assertEquals(1, notes.size(), notes.toString());
      assertTrue(notes.get(0).startsWith("Goal: "), notes.toString());
      assertEquals(Optional.of(Duration.ofMinutes(12)), session.options().timeBudget());
      assertEquals(1, calls.get("settings"), calls.toString());
      assertEquals(1, calls.get("goals.list"), calls.toString());
      assertEquals(1, calls.get("goals.answerTimes"), calls.toString());
      assertEquals(1, calls.get("goals.recentAnswers"), calls.toString());
      assertEquals(1, calls.get("adoptedParameters"), calls.toString());
      assertEquals(1, calls.get("goals.reviewLoad"), calls.toString());
      // nor after it: the summary is counted by the store
      assertNull(calls.get("studyOutline"), calls.toString());
      assertNull(calls.get("studyData"), "the session reads exercises in outline");
    }
  }

  /**
   * A session in which The basics is learned (unlocking what builds on it), Building on the basics
   * practised, and then The basics missed (a lapse): the lapse is said, the practised dependant
   * stays open ("Unlocked" is said once, never again), and the summary's list is the net of what
   * was said after each answer.
   */
  @Test
  void aLapseOnAPrerequisiteIsSaidAndLeavesThePractisedDependantOpen() throws Exception {
    try (Store store = installed()) {
      Learner learner = store.currentLearner(NOW);
      // Each reading of the clock a little later, so that learning steps fall due in the session.
      Clock stepping = new SteppingClock(NOW, Duration.ofSeconds(20));
      StudyContext context = StudyContext.load(store, learner, ZoneOffset.UTC, stepping);
      ScriptedUi ui = new ScriptedUi();
      // Once an exercise of Building on the basics is answered, the next of The basics is missed.
      ui.missNextBasicsAfter = Set.of("planets", "water");
      SessionSummary summary =
          context
              .session(
                  new StudyRequest(
                      Optional.of("demo"),
                      Optional.empty(),
                      OptionalInt.empty(),
                      OptionalInt.of(14),
                      7,
                      0,
                      false),
                  ui,
                  note -> {})
              .run();

      assertTrue(ui.missed, "a basics exercise was missed after the dependant was practised");
      List<String> said = ui.feedback.stream().flatMap(f -> f.changes().stream()).toList();
      assertEquals(
          1,
          said.stream().filter(l -> l.equals("Unlocked: Building on the basics")).count(),
          said.toString());
      assertTrue(said.contains("The basics: learned -> learning"), said.toString());
      assertTrue(
          said.stream().noneMatch(l -> l.startsWith("Locked again")),
          "practised, it stays open: " + said);
      assertEquals(said, summary.levelChanges(), "the session keeps what its answers said");

      // The summary's list, skill by skill, is where the said moves lead (a first answer, new to
      // learning, goes unsaid, so a skill's first level is the one at the start).
      Map<String, tutor.mastery.Level[]> net = new java.util.LinkedHashMap<>();
      for (String line : said) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("(.+): (\\w+) -> (\\w+)").matcher(line);
        if (!m.matches()) continue;
        tutor.mastery.Level from = level(m.group(2));
        tutor.mastery.Level to = level(m.group(3));
        net.computeIfAbsent(m.group(1), k -> new tutor.mastery.Level[] {from, to})[1] = to;
      }
      for (SessionSummary.LevelUp up : summary.improved()) {
        tutor.mastery.Level[] n = net.get(up.skill());
        if (n != null) assertEquals(up.to(), n[1], up + " against what was said: " + said);
      }
      net.forEach(
          (skill, n) -> {
            boolean listed = summary.improved().stream().anyMatch(u -> u.skill().equals(skill));
            if (n[1].rank() > n[0].rank())
              assertTrue(listed, skill + " was said to move up: " + summary.improved());
          });
      assertTrue(
          summary.improved().stream()
              .anyMatch(
                  u ->
                      u.skill().equals("Building on the basics")
                          && u.from() == tutor.mastery.Level.LOCKED),
          summary.improved().toString());
    }
  }

  private static tutor.mastery.Level level(String label) {
    return tutor.mastery.Level.valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }

  /** A clock that moves on by a step each time it is read. */
  private static final class SteppingClock extends Clock {
    private Instant now;
    private final Duration step;

    SteppingClock(Instant start, Duration step) {
      this.now = start;
      this.step = step;
    }

    @Override
    public synchronized Instant instant() {
      now = now.plus(step);
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  /** The study layer names nothing of the command line or the terminal: a front-end of its own. */
  @Test
  void theLayerKnowsNoFrontEnd() throws IOException {
    Path layer = Path.of("src/main/java/tutor/study");
    try (Stream<Path> files = Files.list(layer)) {
      List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
      assertFalse(sources.isEmpty());
      for (Path f : sources) {
        // Its code, not its comments (which say who calls it).
        String text =
            Files.readAllLines(f).stream()
                .filter(l -> !l.strip().startsWith("*") && !l.strip().startsWith("/"))
                .collect(java.util.stream.Collectors.joining("\n"));
        for (String banned :
            List.of(
                "tutor.cli", "tutor.terminal", "tutor.store.sqlite", "SqliteStore", "picocli")) {
          assertFalse(text.contains(banned), f + " names " + banned);
        }
      }
    }
  }

  /** The store, counting the calls of each method by name. */
  private static Store counting(Store real, Map<String, Integer> calls) {
    return (Store)
        Proxy.newProxyInstance(
            Store.class.getClassLoader(),
            new Class<?>[] {Store.class},
            (proxy, method, args) -> {
              calls.merge(method.getName(), 1, Integer::sum);
              Object result;
              try {
                result = method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              // The ports it hands out (goals, history) count as "goals.list" and so on.
              Class<?> type = method.getReturnType();
              return type.isInterface() && type.getPackageName().equals("tutor.store")
                  ? counting(type, result, method.getName() + ".", calls)
                  : result;
            });
  }

  private static Object counting(
      Class<?> port, Object real, String prefix, Map<String, Integer> calls) {
    return Proxy.newProxyInstance(
        port.getClassLoader(),
        new Class<?>[] {port},
        (proxy, method, args) -> {
          calls.merge(prefix + method.getName(), 1, Integer::sum);
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static ExerciseScreen screen(StoredExercise e) {
    return new ExerciseScreen(
        1, 1, "Demo pack", "The basics", Pick.Reason.NEW, Duration.ZERO, e.exercise(), List.of());
  }

  /** Answers every demo exercise it is shown rightly, as a script would. */
  @Test
  void aRightAnswerAfterAHintIsCalledRightButNotKnown() throws Exception {
    // The question placement asks for the basics (the sum), with a hint to ask for.
    Path pack = TestPacks.demo(dir);
    Path basics = pack.resolve("exercises/basics.yaml");
    String yaml = Files.readString(basics);
    Files.writeString(
        basics,
        yaml.replace("    answer: 5\n", "    answer: 5\n    hints: [Two halves make one.]\n"));
    assertTrue(Files.readString(basics).contains("Two halves"), "the hint is in the pack");
    try (Store store = Stores.open(dir.resolve("t.db"))) {
      store.installPack(PackReader.read(pack), "test", "hash", NOW);
      Learner learner = store.currentLearner(NOW);
      StudyContext context = StudyContext.load(store, learner, ZoneOffset.UTC, CLOCK);
      List<String> said = new ArrayList<>();
      Placement.Result r =
          context.placement("demo").orElseThrow().run(ScriptedUi.hintFirst(), 1, said::add);
      assertEquals("Right, with a hint: counted as still to learn.", said.get(0), said.toString());
      assertTrue(
          said.stream().noneMatch(l -> l.startsWith("Not quite; the answer is 5")),
          said.toString());
      assertFalse(r.known().contains("The basics"), r.toString());
    }
  }

  private static final class ScriptedUi implements StudyUi {
    private static final Map<String, List<String>> RIGHT =
        Map.of(
            "capital", List.of("Paris"),
            "sum", List.of("5"),
            "colour", List.of("1"),
            "boil", List.of("100", "Celsius"),
            "planets", List.of("1 2 3"),
            "water", List.of("", "3"));
    private final Map<String, List<String>> answers;
    final List<String> shown = new ArrayList<>();
    final List<FeedbackScreen> feedback = new ArrayList<>();
    int lessons;

    /** Once one of these is answered, the next exercise of The basics gets a wrong answer. */
    Set<String> missNextBasicsAfter = Set.of();

    private boolean armed;
    boolean missed;

    private static final Map<String, List<String>> WRONG =
        Map.of(
            "capital", List.of("London"),
            "sum", List.of("7"),
            "colour", List.of("2"),
            "boil", List.of("50", "Kelvin"));
    private final Deque<String> pending = new ArrayDeque<>();

    ScriptedUi() {
      this(RIGHT);
    }

    ScriptedUi(Map<String, List<String>> answers) {
      this.answers = answers;
    }

    /** Every answer typed after asking for a hint first. */
    static ScriptedUi hintFirst() {
      Map<String, List<String>> withHint = new HashMap<>();
      RIGHT.forEach(
          (id, lines) -> {
            List<String> l = new ArrayList<>(List.of("?"));
            l.addAll(lines);
            withHint.put(id, l);
          });
      return new ScriptedUi(withHint);
    }

    @Override
    public boolean interactive() {
      return false;
    }

    @Override
    public void exercise(ExerciseScreen screen) {
      String id = screen.exercise().id();
      shown.add(id);
      pending.clear();
      if (armed && !missed && WRONG.containsKey(id)) {
        missed = true;
        pending.addAll(WRONG.get(id));
        return;
      }
      if (missNextBasicsAfter.contains(id)) armed = true;
      pending.addAll(answers.get(id));
    }

    @Override
    public void lesson(LessonScreen lesson) {
      lessons++;
    }

    @Override
    public String ask(String prompt) throws SessionEnd {
      if (pending.isEmpty()) throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
      return pending.poll();
    }

    @Override
    public void hint(int number, int total, String text) {}

    @Override
    public void notice(String message) {}

    @Override
    public void say(String text) {}

    @Override
    public void flashcardBack(String back) {}

    @Override
    public void feedback(FeedbackScreen f) {
      feedback.add(f);
    }

    @Override
    public void summary(SessionSummary summary) {}
  }
}
