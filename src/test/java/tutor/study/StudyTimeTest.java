package tutor.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.MovableClock;
import tutor.TestPacks;
import tutor.goal.Goal;
import tutor.packfile.PackReader;
import tutor.schedule.StudyTime;
import tutor.session.ExerciseScreen;
import tutor.session.FeedbackScreen;
import tutor.session.LessonScreen;
import tutor.session.SessionEnd;
import tutor.session.SessionSummary;
import tutor.session.StudySession;
import tutor.session.StudyUi;
import tutor.stats.DailyProgress;
import tutor.store.Learner;
import tutor.store.LoggedReview;
import tutor.store.Store;
import tutor.store.Stores;

/**
 * One study time (issue 20): a session's summary, its time budget, today's minutes and a goal's
 * daily minutes all count the time from question to answer, each answer up to a minute; a goal's
 * session takes what is left of today's minutes; a goal past its date sets no budget.
 */
class StudyTimeTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  @TempDir Path dir;

  private Store installed() throws Exception {
    Store store = Stores.open(dir.resolve("t.db"));
    store.installPack(PackReader.read(TestPacks.demo(dir)), "test", "hash", START);
    return store;
  }

  private static StudyRequest minutes(int minutes) {
    return new StudyRequest(
        Optional.empty(),
        Optional.empty(),
        OptionalInt.of(minutes),
        OptionalInt.empty(),
        3,
        0,
        false);
  }

  private static StudyRequest limit(int limit) {
    return new StudyRequest(
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.of(limit),
        3,
        0,
        false);
  }

  @Test
  void aSessionsTimeIsItsAnswersEachUpToAMinuteAndTodayCountsTheSame() throws Exception {
    try (Store store = installed()) {
      Learner learner = store.currentLearner(START);
      // the learner's clock: moves only when the learner takes time (typing, reading)
      MovableClock clock = new MovableClock(START);
      // 70 s over each answer line, 10 minutes over each lesson
      TimedUi ui = new TimedUi(clock, Duration.ofSeconds(70), Duration.ofMinutes(10));
      StudyContext context = StudyContext.load(store, learner, ZoneOffset.UTC, clock);
      SessionSummary s = context.session(limit(3), ui, line -> {}).run();

      assertEquals(3, s.answered(), s.toString());
      long logged = 0;
      for (LoggedReview r : store.history().answers(learner.id())) {
        assertTrue(r.responseMillis() >= 70_000, "timed as taken: " + r);
        logged += StudyTime.counted(r.responseMillis());
      }
      assertEquals(Duration.ofMinutes(3), s.time(), "three answers of a minute or more: 3 minutes");
      assertEquals(logged, s.time().toMillis());
      assertEquals(
          s.time().toMillis(),
          DailyProgress.todaySoFar(
                  store.history(), learner.id(), clock.instant(), context.settings().day())
              .timedMillis(),
          "today's minutes count the session as its summary does");
      assertTrue(
          Duration.between(START, clock.instant()).compareTo(Duration.ofMinutes(10)) > 0,
          "the lesson's reading took the wall clock past 10 minutes, and counts in neither");
    }
  }

  @Test
  void aTimeBudgetCountsStudyTimeNotTheWallClock() throws Exception {
    try (Store store = installed()) {
      Learner learner = store.currentLearner(START);
      // the learner's clock: moves only when the learner takes time (typing, reading)
      MovableClock clock = new MovableClock(START);
      TimedUi ui = new TimedUi(clock, Duration.ofSeconds(30), Duration.ofMinutes(10));
      StudyContext context = StudyContext.load(store, learner, ZoneOffset.UTC, clock);
      List<String> said = new ArrayList<>();
      ui.said = said;
      SessionSummary s = context.session(minutes(1), ui, line -> {}).run();
      // A 10-minute lesson would have used up a 1-minute budget of wall time after one answer.
      assertEquals(2, s.answered(), s.toString());
      assertEquals(Duration.ofMinutes(1), s.time());
      assertEquals("Time is up (1 minute of study).", s.stopReason());
    }
  }

  @Test
  void aGoalsSessionIsWhatIsLeftOfTodaysMinutes() throws Exception {
    try (Store store = installed()) {
      Learner learner = store.currentLearner(START);
      // the learner's clock: moves only when the learner takes time (typing, reading)
      MovableClock clock = new MovableClock(START);
      LocalDate today = LocalDate.of(2026, 3, 2);
      store.goals().add(learner.id(), new Goal(0, "demo", List.of(), null, 15, null, START));
      // 3 minutes of study first: three answers of a minute or more
      StudyContext first = StudyContext.load(store, learner, ZoneOffset.UTC, clock);
      first
          .session(limit(3), new TimedUi(clock, Duration.ofSeconds(70), Duration.ZERO), l -> {})
          .run();

      StudyContext second = StudyContext.load(store, learner, ZoneOffset.UTC, clock);
      List<String> notes = new ArrayList<>();
      StudySession session =
          second.session(
              StudyRequest.everything(1),
              new TimedUi(clock, Duration.ZERO, Duration.ZERO),
              notes::add);
      assertEquals(
          Optional.of(Duration.ofMinutes(12)), session.options().timeBudget(), notes.toString());
      assertTrue(
          second.dailyAtStart().startsWith("Today's goal: 15 minutes of study, 3 min done so far."),
          second.dailyAtStart());

      // A goal of 3 minutes a day is met: the session says so and goes on for the minimum.
      store.goals().remove(learner.id(), store.goals().list(learner.id()).get(0).id());
      store.goals().add(learner.id(), new Goal(0, "demo", List.of(), null, 3, null, START));
      StudyContext met = StudyContext.load(store, learner, ZoneOffset.UTC, clock);
      notes.clear();
      session =
          met.session(
              StudyRequest.everything(1),
              new TimedUi(clock, Duration.ZERO, Duration.ZERO),
              notes::add);
      assertEquals(
          Optional.of(Duration.ofMinutes(StudyContext.MIN_SESSION_MINUTES)),
          session.options().timeBudget());
      assertTrue(
          notes.contains(
              "Today's goal of 3 minutes of study is met (3 min so far). Going on for 5 minutes more;"
                  + " :quit ends the session."),
          notes.toString());

      // A goal whose date has passed asks for no more study: it sets no budget, nor today's line.
      store.goals().remove(learner.id(), store.goals().list(learner.id()).get(0).id());
      store
          .goals()
          .add(learner.id(), new Goal(0, "demo", List.of(), today.minusDays(1), 30, null, START));
      StudyContext missed = StudyContext.load(store, learner, ZoneOffset.UTC, clock);
      session =
          missed.session(
              StudyRequest.everything(1),
              new TimedUi(clock, Duration.ZERO, Duration.ZERO),
              l -> {});
      assertEquals(Optional.empty(), session.options().timeBudget());
      assertTrue(!missed.dailyAtStart().contains("of 30 minutes"), missed.dailyAtStart());
    }
  }

  /** Answers the demo pack rightly, taking the given time over each line typed and each lesson. */
  private static final class TimedUi implements StudyUi {
    private static final Map<String, List<String>> RIGHT =
        Map.of(
            "capital", List.of("Paris"),
            "sum", List.of("5"),
            "colour", List.of("1"),
            "boil", List.of("100", "Celsius"),
            "planets", List.of("1 2 3"),
            "water", List.of("", "3"));
    private final MovableClock clock;
    private final Duration perLine;
    private final Duration perLesson;
    private final Deque<String> pending = new ArrayDeque<>();
    List<String> said = new ArrayList<>();

    TimedUi(MovableClock clock, Duration perLine, Duration perLesson) {
      this.clock = clock;
      this.perLine = perLine;
      this.perLesson = perLesson;
    }

    @Override
    public boolean interactive() {
      return true; // answers are timed
    }

    @Override
    public void exercise(ExerciseScreen screen) {
      pending.clear();
      pending.addAll(RIGHT.get(screen.exercise().id()));
    }

    @Override
    public void lesson(LessonScreen lesson) {
      clock.advance(perLesson);
    }

    @Override
    public String ask(String prompt) throws SessionEnd {
      if (pending.isEmpty()) throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
      clock.advance(perLine);
      return pending.poll();
    }

    @Override
    public void hint(int number, int total, String text) {}

    @Override
    public void notice(String message) {}

    @Override
    public void say(String text) {
      said.add(text);
    }

    @Override
    public void flashcardBack(String back) {}

    @Override
    public void feedback(FeedbackScreen f) {}

    @Override
    public void summary(SessionSummary summary) {}
  }
}
