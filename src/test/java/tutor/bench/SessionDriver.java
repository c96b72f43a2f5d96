package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tutor.pack.Exercise;
import tutor.session.ExerciseScreen;
import tutor.session.FeedbackScreen;
import tutor.session.LessonScreen;
import tutor.session.SessionEnd;
import tutor.session.SessionSummary;
import tutor.session.StudySession;
import tutor.session.StudyUi;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.Stores;
import tutor.study.StudyContext;
import tutor.study.StudyRequest;

/**
 * One real study session on a database, driven by a script that answers about 88% right, timing
 * what the learner waits for: from an answer given to its feedback (grading and the one transaction
 * that records it) and from the feedback to the next exercise shown (choosing it). Each timed step
 * is followed by its baseline, so both see the same moment of a noisy machine: one committed
 * one-row write, and one read of the due cards through an index.
 *
 * <p>Runs in a JVM of its own with the flags scripts/tutor gives tutor. Arguments: database, number
 * of exercises, output file (lines "pick|answer|pickBase|answerBase nanos", the same with "Cpu" for
 * a pick and its baseline in the thread's CPU time, which load on the machine changes less than the
 * clock's; "reason R" for each timed pick; "storeCall Type.method N" for the store's methods called
 * inside picks).
 */
public final class SessionDriver {
  private SessionDriver() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    int exercises = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    Clock clock =
        Clock.offset(Clock.systemUTC(), Duration.between(Clock.systemUTC().instant(), BigData.NOW));
    try (Store store = watched(Stores.open(db));
        Connection base = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
      try (Statement s = base.createStatement()) {
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA busy_timeout = 5000");
      }
      ScriptedUi ui = new ScriptedUi(exercises, base);
      Learner learner = store.currentLearner(clock.instant());
      StudySession session = session(store, learner, ui, clock);
      SessionSummary summary = session.run();
      List<String> lines = new ArrayList<>();
      ui.times.forEach(
          (k, v) ->
              v.forEach(
                  t ->
                      lines.add(
                          k
                              + " "
                              + (k.equals("reason")
                                  ? tutor.session.Pick.Reason.values()[t.intValue()]
                                  : t))));
      lines.add("answered " + summary.answered());
      STORE_CALLS_IN_PICKS.forEach((k, v) -> lines.add("storeCall " + k + " " + v));
      Files.write(out, lines);
    }
  }

  /** Whether a pick is being timed: from an answer's feedback to the next exercise shown. */
  private static volatile boolean inPick;

  /** The store's methods called inside picks, and how many times. */
  private static final Map<String, Integer> STORE_CALLS_IN_PICKS = new java.util.TreeMap<>();

  /**
   * The store, and the candidates it gives, counting the calls made inside a pick: what the session
   * did not read ahead while the exercise was shown (a count, not a time: the wrapper's own cost is
   * a counter's).
   */
  private static Store watched(Store store) {
    return proxy(Store.class, store);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target) {
    return (T)
        java.lang.reflect.Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (inPick) {
                synchronized (STORE_CALLS_IN_PICKS) {
                  STORE_CALLS_IN_PICKS.merge(
                      type.getSimpleName() + "." + method.getName(), 1, Integer::sum);
                }
              }
              Object out;
              try {
                out = method.invoke(target, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
              if (out instanceof tutor.store.StudyCandidates c
                  && method.getReturnType() == tutor.store.StudyCandidates.class) {
                return proxy(tutor.store.StudyCandidates.class, c);
              }
              return out;
            });
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** The session as tutor study builds it: through the study layer. */
  private static StudySession session(Store store, Learner learner, StudyUi ui, Clock clock) {
    return StudyContext.load(store, learner, ZoneId.systemDefault(), clock)
        .session(StudyRequest.everything(1), ui, note -> {});
  }

  /** Answers from the exercise's own key (or a wrong answer), and keeps the times. */
  private static final class ScriptedUi implements StudyUi {
    final Map<String, List<Long>> times = new LinkedHashMap<>();
    private final int exercises;
    private final Connection base;
    private final Random rnd = new Random(7);
    private ExerciseScreen screen;
    private int shown;
    private long answered;
    private long feedbackDone;
    private long feedbackCpu;

    ScriptedUi(int exercises, Connection base) {
      this.exercises = exercises;
      this.base = base;
    }

    private void add(String what, long nanos) {
      times.computeIfAbsent(what, k -> new ArrayList<>()).add(nanos);
    }

    @Override
    public boolean interactive() {
      return false;
    }

    @Override
    public void exercise(ExerciseScreen s) {
      long now = System.nanoTime();
      long cpu = THREADS.getCurrentThreadCpuTime();
      inPick = false;
      if (feedbackDone != 0) {
        add("pick", now - feedbackDone);
        add("pickCpu", cpu - feedbackCpu);
        long baseCpu = THREADS.getCurrentThreadCpuTime();
        add("pickBase", time(this::readDue));
        add("pickBaseCpu", THREADS.getCurrentThreadCpuTime() - baseCpu);
      }
      screen = s;
      shown++;
      if (shown > 1) add("reason", s.reason().ordinal()); // picks after the first, as timed
    }

    @Override
    public void lesson(LessonScreen lesson) {}

    @Override
    public String ask(String prompt) throws SessionEnd {
      if (shown > exercises) throw new SessionEnd(SessionEnd.Cause.QUIT);
      String answer = answer(prompt);
      answered = System.nanoTime();
      return answer;
    }

    private String answer(String prompt) {
      if (prompt.startsWith("Press Enter")) return "";
      if (prompt.equals("1-4")) return rnd.nextDouble() < 0.9 ? "3" : "1";
      if (prompt.startsWith("Count it")) return "n";
      boolean right = rnd.nextDouble() < 0.88;
      Exercise ex = screen.exercise();
      if (!right)
        return ex.body() instanceof Exercise.Choice || ex.body() instanceof Exercise.Numeric
            ? "1"
            : "zzz";
      if (ex.body() instanceof Exercise.Text t) return t.answers().get(0);
      if (ex.body() instanceof Exercise.Choice c) {
        return Integer.toString(
            screen.shownItems().indexOf(c.options().get(c.correct().get(0))) + 1);
      }
      if (ex.body() instanceof Exercise.Numeric n) return Double.toString(n.answer());
      if (ex.body() instanceof Exercise.Cloze c) return c.gaps().get(0).expected();
      return "zzz";
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
    public void feedback(FeedbackScreen feedback) {
      add("answer", System.nanoTime() - answered);
      add("answerBase", time(this::commitOne));
      feedbackCpu = THREADS.getCurrentThreadCpuTime();
      feedbackDone = System.nanoTime();
      inPick = true;
    }

    @Override
    public void summary(SessionSummary summary) {}

    private interface Work {
      void run() throws SQLException;
    }

    private static long time(Work w) {
      long t0 = System.nanoTime();
      try {
        w.run();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return System.nanoTime() - t0;
    }

    /** Baseline of a pick: the 50 cards due first, read through an index. */
    private void readDue() throws SQLException {
      try (PreparedStatement ps =
          base.prepareStatement(
              "SELECT pack_id, exercise_id, phase, stability, due, last_review"
                  + " FROM cards WHERE learner_id = 1 AND due < ? ORDER BY due LIMIT 50")) {
        ps.setLong(1, BigData.NOW.toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) rs.getString(2);
        }
      }
    }

    /**
     * Baseline of an answer: one committed one-row write, WAL and synchronous=NORMAL as tutor has
     * them.
     */
    private void commitOne() throws SQLException {
      base.setAutoCommit(false);
      try (PreparedStatement ps =
          base.prepareStatement(
              "INSERT INTO app_settings(key, value) VALUES ('bench', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
        ps.setString(1, Long.toString(System.nanoTime()));
        ps.executeUpdate();
      }
      base.commit();
      base.setAutoCommit(true);
    }
  }
}
