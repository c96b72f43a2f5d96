package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash-and-fault suite of issue 18: tutor in its own process, killed with SIGKILL at random
 * moments of study, pack add, import, backup, export, learner delete and optimize; three sessions
 * of one learner and of three learners at once; a full disk (a small tmpfs where one can be
 * mounted, and a file-size limit); a read-only mount; truncated files. After every run:
 * integrity_check is ok, every answer that got its feedback is in the review log, no update is lost
 * (each card is the state after its last review, its reps the number of its reviews; no exercise
 * introduced twice; each skill's mastery what doctor recomputes from its last answer), and every
 * message is one clean line.
 *
 * <p>The moments are random; the seed is in every failure message. Rerun one with {@code mvn -o
 * test -Dtest=CrashAndFaultTest -Dtutor.faults.seed=N}; more trials with {@code
 * -Dtutor.faults.trials=N} (scripts/faults does both).
 */
class CrashAndFaultTest {
  private static final long SEED = Long.getLong("tutor.faults.seed", System.nanoTime());
  private static final int TRIALS = Integer.getInteger("tutor.faults.trials", 1);

  /**
   * Trials of the million-review case: none in the test run (minutes each), some in scripts/faults.
   */
  private static final int MILLION_TRIALS = Integer.getInteger("tutor.faults.million", 0);

  private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
  private static final String CLASSPATH = System.getProperty("java.class.path");
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  private static final int BULK_REVIEWS = 10_000;

  @TempDir static Path base;
  private static Path baseDb;
  private static Path bulkExport;
  @TempDir Path dir;
  private final Random random = new Random(SEED);

  private static String seed() {
    return " [seed " + SEED + ": rerun with -Dtutor.faults.seed=" + SEED + "]";
  }

  /**
   * A database with both bundled packs, a learner who studies (new-per-day 1000, so that a session
   * runs long) and a learner with a long synthetic history (for delete, export, backup, optimize).
   */
  @BeforeAll
  static void baseDatabase() throws Exception {
    baseDb = base.resolve("base.db");
    Cli cli = new Cli(baseDb);
    for (String pack : List.of("content/git", "content/unix-shell")) {
      Cli.Result r = cli.run("pack", "add", pack);
      assertEquals(0, r.code(), r.toString());
    }
    assertEquals(0, cli.run("settings", "new-per-day", "1000").code());
    assertEquals(0, cli.run("learner", "add", "bulk").code());
    assertEquals(0, cli.run("settings", "new-per-day", "1000").code());
    assertEquals(0, cli.run("learner", "use", "default").code());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + baseDb);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO reviews(learner_id, pack_id, exercise_id, reviewed_at, kind, rating, correct, response_ms,"
              + " hints_used, answer, phase_before, elapsed_days, scheduled_days, stability, difficulty, card_before,"
              + " mastery_before) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
              + BULK_REVIEWS
              + ")"
              + " SELECT (SELECT id FROM learners WHERE name = 'bulk'), e.pack_id, e.id, 1600000000000 + i * 3600000,"
              + " 'study', 1 + i % 4, i % 4 > 0, 4000, 0, 'x', CASE WHEN i <= 200 THEN 'new' ELSE 'review' END,"
              + " i / 200, 3, 2.5, 5.0, NULL, '{}' FROM n JOIN (SELECT pack_id, id, row_number() OVER (ORDER BY pack_id, id)"
              + " AS k FROM exercises) e ON e.k = 1 + i % 200");
    }
    bulkExport = base.resolve("bulk-export");
    Files.createDirectories(bulkExport);
    assertEquals(0, cli.run("learner", "use", "bulk").code());
    Cli.Result export = cli.run("export", "--out", bulkExport.toString());
    assertEquals(0, export.code(), export.toString());
    assertEquals(0, cli.run("learner", "use", "default").code());
  }

  // ---- running tutor in a process of its own ----

  /** A tutor process, its output gathered as it comes. */
  private static final class Run {
    final Process process;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Thread> readers = new ArrayList<>();

    Run(Process p) {
      process = p;
      readers.add(drain(p.getInputStream(), out));
      readers.add(drain(p.getErrorStream(), err));
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream to) {
      Thread t =
          new Thread(
              () -> {
                byte[] buf = new byte[8192];
                try {
                  for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (to) {
                      to.write(buf, 0, n);
                    }
                  }
                } catch (IOException ignored) {
                  // the process is gone
                }
              });
      t.setDaemon(true);
      t.start();
      return t;
    }

    String out() {
      synchronized (out) {
        return out.toString(StandardCharsets.UTF_8);
      }
    }

    String err() {
      synchronized (err) {
        return err.toString(StandardCharsets.UTF_8);
      }
    }

    void kill() throws InterruptedException {
      process.destroyForcibly(); // SIGKILL
      process.waitFor(30, TimeUnit.SECONDS);
      finish();
    }

    int exit() throws InterruptedException {
      return exit(2);
    }

    int exit(int minutes) throws InterruptedException {
      if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("tutor did not end within " + minutes + " minutes:\n" + out() + "\n" + err() + seed());
      }
      finish();
      return process.exitValue();
    }

    private void finish() throws InterruptedException {
      for (Thread t : readers) t.join(10_000);
    }

    boolean waitFor(String text, long millis) throws InterruptedException {
      long end = System.currentTimeMillis() + millis;
      while (System.currentTimeMillis() < end) {
        if (out().contains(text)) return true;
        if (!process.isAlive()) return out().contains(text);
        Thread.sleep(10);
      }
      return false;
    }
  }

  private static List<String> java(List<String> jvm, Path db, String... args) {
    List<String> cmd = new ArrayList<>(DEFAULT_SIGINT);
    cmd.addAll(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", CLASSPATH, "tutor.cli.Main", "--db=" + db));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /**
   * SIGINT at its default in tutor, as a terminal's Ctrl-C finds it ({@link tutor.DefaultSigint}).
   */
  private static final List<String> DEFAULT_SIGINT =
      java.util.Objects.requireNonNullElse(tutor.DefaultSigint.prefix(), List.of());

  private Run start(Path db, String input, String... args) throws IOException {
    return start(List.of(), Map.of(), db, input, args);
  }

  private Run start(
      List<String> jvm, Map<String, String> env, Path db, String input, String... args)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(java(jvm, db, args));
    pb.environment().remove("TUTOR_CONTENT");
    pb.environment().put("HOME", dir.toString());
    pb.environment().putAll(env);
    Run run = new Run(pb.start());
    if (input != null) {
      Thread feeder =
          new Thread(
              () -> {
                try (OutputStream in = run.process.getOutputStream()) {
                  in.write(input.getBytes(StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                  // killed before it read everything
                }
              });
      feeder.setDaemon(true);
      feeder.start();
    }
    return run;
  }

  /**
   * Answers fed slowly, one every {@code millis}, so that sessions run side by side for a while.
   */
  private static void feedSlowly(Run run, int answers, long millis) {
    Thread feeder =
        new Thread(
            () -> {
              try (OutputStream in = run.process.getOutputStream()) {
                for (int i = 0; i < answers; i++) {
                  in.write("1\n".getBytes(StandardCharsets.UTF_8));
                  in.flush();
                  Thread.sleep(millis);
                }
              } catch (IOException | InterruptedException ignored) {
                // the session ended
              }
            });
    feeder.setDaemon(true);
    feeder.start();
  }

  private static String answers(int n) {
    return "1\n".repeat(n);
  }

  private Path copyOfBase() throws IOException {
    Path db = dir.resolve("trial-" + random.nextInt(1_000_000) + ".db");
    Files.copy(baseDb, db);
    return db;
  }

  /** A copy whose current learner is the one with the long history. */
  private Path copyOfBaseAsBulk() throws IOException {
    Path db = copyOfBase();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("UPDATE app_settings SET value = 'bulk' WHERE key = 'current_learner'");
    } catch (java.sql.SQLException e) {
      throw new IOException(e);
    }
    return db;
  }

  // ---- what must hold after every run ----

  private static long number(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /**
   * Every line on standard error is one of tutor's one-line messages: no stack trace, no driver
   * log.
   */
  private static void assertCleanMessages(String err, String what) {
    for (String line : err.split("\n")) {
      if (line.isBlank()) continue;
      assertFalse(
          line.startsWith("\tat ")
              || line.startsWith("Caused by")
              || line.contains("Exception")
              || line.contains("SEVERE")
              || line.contains("WARNING:"),
          what + ": not a clean message: " + line + "\n--- all of it:\n" + err + seed());
      assertTrue(
          line.startsWith("tutor: ")
              || line.startsWith("Installed pack")
              || line.startsWith("Waiting")
              || line.startsWith("Backed up the database first"),
          what + ": a message that is not tutor's: " + line + seed());
    }
  }

  /**
   * Integrity, and for each learner: every card is the state after its last review, nothing twice.
   */
  private static void assertSound(Path db, String what) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        assertEquals("ok", rs.getString(1), what + ": integrity_check" + seed());
      }
      try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
        assertFalse(rs.next(), what + ": foreign_key_check" + seed());
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM sqlite_master WHERE name IN ('cards', 'learners')")) {
        if (rs.getInt(1) < 2)
          return; // killed while it was being made: each migration is whole or absent
      }
      String lost =
          "SELECT count(*) FROM cards k WHERE k.learner_id <> (SELECT id FROM learners WHERE name = 'bulk')"
              + " AND (k.reps <> (SELECT count(*) FROM reviews r WHERE r.learner_id = k.learner_id AND r.pack_id = k.pack_id"
              + " AND r.exercise_id = k.exercise_id AND r.kind <> 'cram')"
              + " OR k.stability <> (SELECT r.stability FROM reviews r WHERE r.learner_id = k.learner_id"
              + " AND r.pack_id = k.pack_id AND r.exercise_id = k.exercise_id AND r.kind <> 'cram' ORDER BY r.id DESC LIMIT 1))";
      try (ResultSet rs = s.executeQuery(lost)) {
        assertEquals(
            0,
            rs.getLong(1),
            what
                + ": cards that are not the state after their last review (a lost update)"
                + seed());
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM (SELECT 1 FROM reviews WHERE phase_before = 'new'"
                  + " AND learner_id <> (SELECT id FROM learners WHERE name = 'bulk')"
                  + " GROUP BY learner_id, pack_id, exercise_id HAVING count(*) > 1)")) {
        assertEquals(0, rs.getLong(1), what + ": exercises introduced twice" + seed());
      }
      String attempts =
          "SELECT count(*) FROM mastery m WHERE m.learner_id <> (SELECT id FROM learners WHERE name = 'bulk')"
              + " AND m.attempts <> (SELECT count(*) FROM reviews r JOIN exercise_skills es ON es.pack_id = r.pack_id"
              + " AND es.exercise_id = r.exercise_id WHERE r.learner_id = m.learner_id AND es.skill_id = m.skill_id"
              + " AND r.pack_id = m.pack_id AND r.kind = 'study')";
      try (ResultSet rs = s.executeQuery(attempts)) {
        assertEquals(
            0,
            rs.getLong(1),
            what + ": mastery rows whose attempts are not their answers" + seed());
      }
    }
    // Each skill's mastery is what its last answer made of it (doctor's recomputation from the
    // log): the answer, its card and its mastery were written in one transaction, or none was.
    for (var f : tutor.store.Stores.checkup().check(db, java.time.Instant.now()).findings()) {
      if (f.check().equals("mastery"))
        assertEquals(
            tutor.store.DoctorReport.Status.OK,
            f.status(),
            what + ": " + f.summary() + " " + f.details() + seed());
    }
  }

  private static int feedbacks(String out) {
    int n = 0;
    for (int at = out.indexOf("Next review "); at >= 0; at = out.indexOf("Next review ", at + 1))
      n++;
    return n;
  }

  private static long reviewsOf(Path db, String learner) throws Exception {
    return number(
        db,
        "SELECT count(*) FROM reviews r JOIN learners l ON l.id = r.learner_id WHERE l.name = '"
            + learner
            + "'");
  }

  /** The next command works on the database left behind, in one clean line or none. */
  private void assertUsable(Path db, String what) throws Exception {
    Run due = start(db, null, "due", NOW);
    int code = due.exit();
    assertEquals(0, code, what + ": tutor due afterwards:\n" + due.out() + due.err() + seed());
    assertCleanMessages(due.err(), what + ", then due");
  }

  // ---- kill -9 ----

  @Test
  void killedAtRandomMomentsOfStudyEveryAnswerThatGotFeedbackIsKept() throws Exception {
    for (int trial = 0; trial < 2 * TRIALS; trial++) {
      Path db = copyOfBase();
      long before = reviewsOf(db, "default");
      Run run = start(db, answers(400), "study", "--limit", "400", NOW);
      assertTrue(
          run.waitFor("Exercise 1 ", 60_000),
          "the session started: " + run.out() + run.err() + seed());
      long delay = 50 + random.nextInt(1500);
      Thread.sleep(delay);
      run.kill();
      String what = "study killed " + delay + " ms after its first exercise";
      int shown = feedbacks(run.out());
      long kept = reviewsOf(db, "default") - before;
      assertTrue(
          kept >= shown,
          what + ": " + shown + " answers got feedback, " + kept + " are in the log" + seed());
      assertTrue(
          kept <= shown + 1,
          what + ": " + kept + " answers in the log, " + shown + " shown" + seed());
      assertCleanMessages(run.err(), what);
      assertSound(db, what);
      assertUsable(db, what);
    }
  }

  /**
   * The base with three days of study of 'default' before NOW, so that a session's start keeps a
   * streak (streak_marks, migration 023) that every crash must leave agreeing with the answers.
   */
  private static Path streakBase;

  private synchronized Path copyOfStreakBase() throws Exception {
    if (streakBase == null) {
      Path b = base.resolve("streak-base.db");
      Files.copy(baseDb, b);
      Cli cli = new Cli(b);
      for (String day : List.of("2026-02-27", "2026-02-28", "2026-03-01")) {
        Cli.Result r =
            cli.input(answers(4), "study", "--limit", "4", "--now=" + day + "T09:00:00Z");
        assertEquals(0, r.code(), r.toString());
      }
      streakBase = b;
    }
    Path db = dir.resolve("streak-" + random.nextInt(1_000_000) + ".db");
    Files.copy(streakBase, db);
    return db;
  }

  /** How a session ends: the signal, or Ctrl-C typed at a terminal. */
  private enum Ending {
    KILL,
    INT,
    TERM,
    CTRL_C_KEY
  }

  /**
   * A study session at a terminal (a pseudo-terminal made by script(1), answers typed into it) or
   * piped, ended at a random moment by SIGKILL, SIGINT, SIGTERM or a typed Ctrl-C: every answer
   * acknowledged on screen is in the log (and at most the one being written besides), the cards,
   * mastery and review tallies agree with the log, the streak kept agrees with the answers,
   * integrity and foreign keys are sound, tutor doctor finds nothing, and the next session studies.
   * An interrupt (not a kill) ends with 130 and the summary. scripts/faults runs hundreds.
   */
  @Test
  void endedBySignalsAndCtrlCAtRandomMomentsPipedAndAtATerminalNothingAcknowledgedIsLost()
      throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        tutor.DefaultSigint.prefix() != null, tutor.DefaultSigint.WHY);
    boolean pty = hasScript();
    for (int trial = 0; trial < 2 * TRIALS; trial++) {
      Ending ending = Ending.values()[random.nextInt(Ending.values().length)];
      boolean terminal = pty && (ending == Ending.CTRL_C_KEY || random.nextBoolean());
      if (ending == Ending.CTRL_C_KEY && !terminal) ending = Ending.INT;
      Path db = copyOfStreakBase();
      long before = reviewsOf(db, "default");
      Run run =
          terminal
              ? startAtTerminal(db, "study", "--limit", "400", NOW)
              : start(db, null, "study", "--limit", "400", NOW);
      // at a terminal an Enter now and then: after two misses a prompt waits for one
      feed(run, terminal ? List.of("1\n", "\n") : List.of("1\n"), 400, 15 + random.nextInt(40));
      assertTrue(
          run.waitFor(terminal ? "1/400 " : "Exercise 1 ", 60_000),
          "the session started: " + run.out() + run.err() + seed());
      long delay = random.nextInt(2500);
      Thread.sleep(delay);
      String what =
          (terminal ? "at a terminal" : "piped")
              + ", study ended by "
              + ending
              + " "
              + delay
              + " ms after its first exercise";
      boolean ended = !run.process.isAlive(); // the session came to its end first
      int code;
      if (ending == Ending.CTRL_C_KEY) {
        typeCtrlC(run);
        code = run.exit();
      } else {
        ProcessHandle java = terminal ? javaUnder(run.process) : run.process.toHandle();
        new ProcessBuilder("kill", "-" + ending.name(), Long.toString(java.pid()))
            .start()
            .waitFor();
        code = run.exit();
      }
      int shown = feedbacks(run.out());
      if (ending != Ending.KILL && !terminal && !ended) {
        // the JVM's exit for the signal, its shutdown hooks run: 130 for INT, 143 for TERM
        assertEquals(
            ending == Ending.INT ? 130 : 143, code, what + ":\n" + run.out() + run.err() + seed());
      }
      // The summary, when the interrupted session could say it (it waits at most 2 s for an
      // answer being written), counts what was acknowledged.
      java.util.regex.Matcher said =
          java.util.regex.Pattern.compile("Session summary: (\\d+) answered").matcher(run.out());
      if (!terminal && said.find()) {
        assertEquals(shown, Integer.parseInt(said.group(1)), what + ": the summary" + seed());
      }
      long kept = reviewsOf(db, "default") - before;
      assertTrue(
          kept >= shown,
          what + ": " + shown + " answers got feedback, " + kept + " are in the log" + seed());
      assertTrue(
          kept <= shown + 1,
          what + ": " + kept + " answers in the log, " + shown + " shown" + seed());
      if (!terminal) assertCleanMessages(run.err(), what);
      assertSound(db, what);
      assertStreaksAgree(db, what);
      // (--now starts the session's clock there: its answers are a few seconds later)
      Run doctor = start(db, null, "doctor", "--now=2026-03-02T09:20:00Z");
      assertEquals(0, doctor.exit(), what + ", then doctor:\n" + doctor.out() + seed());
      Run next = start(db, answers(3), "study", "--limit", "3", "--now=2026-03-02T09:30:00Z");
      assertEquals(0, next.exit(), what + ", then study:\n" + next.out() + next.err() + seed());
      assertTrue(feedbacks(next.out()) > 0, what + ", then study:\n" + next.out() + seed());
      assertSound(db, what + ", then study");
      assertStreaksAgree(db, what + ", then study");
    }
  }

  /** Lines fed in turn, one every {@code millis}. */
  private static void feed(Run run, List<String> lines, int count, long millis) {
    Thread feeder =
        new Thread(
            () -> {
              OutputStream in = run.process.getOutputStream();
              try {
                for (int i = 0; i < count; i++) {
                  synchronized (in) {
                    in.write(lines.get(i % lines.size()).getBytes(StandardCharsets.UTF_8));
                    in.flush();
                  }
                  Thread.sleep(millis);
                }
              } catch (IOException | InterruptedException ignored) {
                // the session ended
              }
            });
    feeder.setDaemon(true);
    feeder.start();
  }

  private static boolean hasScript() {
    try {
      return new ProcessBuilder("script", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** tutor under script(1): a real pseudo-terminal, what the learner types written into it. */
  private Run startAtTerminal(Path db, String... args) throws IOException {
    StringBuilder command = new StringBuilder("stty cols 80 rows 24; exec");
    for (String a : java(List.of(), db, args)) {
      command.append(" '").append(a.replace("'", "'\\''")).append("'");
    }
    ProcessBuilder pb = new ProcessBuilder("script", "-qfec", command.toString(), "/dev/null");
    pb.environment().remove("TUTOR_CONTENT");
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("TERM", "xterm-256color");
    return new Run(pb.start());
  }

  private static void typeCtrlC(Run run) throws IOException {
    OutputStream in = run.process.getOutputStream();
    synchronized (in) {
      try {
        in.write(3);
        in.flush();
      } catch (IOException e) {
        if (run.process.isAlive()) throw e; // else it had ended already
      }
    }
  }

  private static ProcessHandle javaUnder(Process p) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      java.util.Optional<ProcessHandle> java =
          p.descendants()
              .filter(h -> h.info().command().map(c -> c.contains("java")).orElse(false))
              .findFirst();
      if (java.isPresent()) return java.get();
      Thread.sleep(10);
    }
    return p.toHandle();
  }

  /**
   * Each streak kept is the run of study days ending on its date, counted here from the answers'
   * times in its zone and rollover hour (java.time, not tutor's code).
   */
  private static void assertStreaksAgree(Path db, String what) throws Exception {
    List<String> wrong = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT learner, zone, rollover, through, through_end, days FROM streak_marks")) {
      while (rs.next()) {
        java.time.ZoneId zone = java.time.ZoneId.of(rs.getString(2));
        int rollover = rs.getInt(3);
        java.time.LocalDate through = java.time.LocalDate.parse(rs.getString(4));
        long end = through.plusDays(1).atTime(rollover, 0).atZone(zone).toInstant().toEpochMilli();
        java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
        try (Statement t = c.createStatement();
            ResultSet r =
                t.executeQuery(
                    "SELECT reviewed_at FROM reviews WHERE learner_id = " + rs.getLong(1))) {
          while (r.next()) {
            days.add(
                java.time.Instant.ofEpochMilli(r.getLong(1))
                    .atZone(zone)
                    .minusHours(rollover)
                    .toLocalDate());
          }
        }
        int run = 0;
        for (java.time.LocalDate d = through; days.contains(d); d = d.minusDays(1)) run++;
        if (rs.getLong(5) != end || rs.getInt(6) != run)
          wrong.add(
              "learner "
                  + rs.getLong(1)
                  + ": kept "
                  + rs.getInt(6)
                  + " through "
                  + through
                  + " (end "
                  + rs.getLong(5)
                  + "), the answers show "
                  + run
                  + " (end "
                  + end
                  + ")");
      }
    }
    assertEquals(List.of(), wrong, what + ": streaks kept" + seed());
  }

  /** A command run whole (its time measured), then killed at random moments within that time. */
  private void killDuring(String name, Check check, String... args) throws Exception {
    killDuring(name, this::copyOfBase, check, db -> args);
  }

  @FunctionalInterface
  private interface Database {
    Path make() throws IOException;
  }

  private void killDuring(
      String name,
      Database database,
      Check check,
      java.util.function.Function<Path, String[]> arguments)
      throws Exception {
    Path whole = database.make();
    long t0 = System.nanoTime();
    Run full = start(whole, "", arguments.apply(whole));
    assertEquals(0, full.exit(), name + " runs: " + full.out() + full.err());
    long millis = (System.nanoTime() - t0) / 1_000_000;
    check.after(whole, name + " run whole", true);
    for (int trial = 0; trial < TRIALS; trial++) {
      Path db = database.make();
      Run run = start(db, "", arguments.apply(db));
      long delay = millis / 4 + (long) (random.nextDouble() * millis * 3 / 4);
      Thread.sleep(delay);
      run.kill();
      String what = name + " killed after " + delay + " of " + millis + " ms";
      assertCleanMessages(run.err(), what);
      if (Files.exists(db))
        assertSound(db, what); // (opening a file that is not there would make it, empty)
      check.after(db, what, false);
      assertUsable(db, what);
    }
  }

  @FunctionalInterface
  private interface Check {
    void after(Path db, String what, boolean whole) throws Exception;
  }

  @Test
  void killedDuringLearnerDeleteTheLearnerIsThereOrGoneAndDeletingAgainFinishes() throws Exception {
    killDuring(
        "learner delete",
        (db, what, whole) -> {
          long learners = number(db, "SELECT count(*) FROM learners WHERE name = 'bulk'");
          if (!whole && learners == 1) {
            Run again = start(db, "", "learner", "delete", "bulk", "--yes");
            assertEquals(0, again.exit(), what + ", deleted again: " + again.err() + seed());
          }
          assertEquals(
              0, number(db, "SELECT count(*) FROM learners WHERE name = 'bulk'"), what + seed());
          assertEquals(
              0,
              number(
                  db,
                  "SELECT count(*) FROM reviews WHERE learner_id NOT IN (SELECT id FROM learners)"),
              what + ": rows left of the deleted learner" + seed());
        },
        "learner",
        "delete",
        "bulk",
        "--yes");
  }

  @Test
  void killedDuringImportTheLearnerIsWholeOrAbsent() throws Exception {
    Path export;
    try (Stream<Path> files = Files.list(bulkExport)) {
      export = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
    }
    killDuring(
        "import",
        (db, what, whole) -> {
          long n = number(db, "SELECT count(*) FROM learners WHERE name = 'copy'");
          if (whole) assertEquals(1, n, what);
          if (n == 1)
            assertEquals(BULK_REVIEWS, reviewsOf(db, "copy"), what + ": a partial import" + seed());
        },
        "import",
        export.toString(),
        "--as",
        "copy");
  }

  @Test
  void killedDuringBackupTheDatabaseIsSoundAndABackupUnderItsNameIsComplete() throws Exception {
    killDuring(
        "backup",
        this::copyOfBase,
        (db, what, whole) -> {
          Path backup = db.resolveSibling(db.getFileName() + ".backup");
          if (whole) assertTrue(Files.exists(backup), what);
          if (Files.exists(backup)) {
            assertEquals(
                BULK_REVIEWS
                    + number(
                        db,
                        "SELECT count(*) FROM reviews r JOIN learners l ON l.id = r.learner_id"
                            + " WHERE l.name <> 'bulk'"),
                number(backup, "SELECT count(*) FROM reviews"),
                what + ": the backup" + seed());
            Files.delete(backup);
          }
        },
        db -> new String[] {"backup", db.resolveSibling(db.getFileName() + ".backup").toString()});
  }

  @Test
  void killedDuringExportTheDatabaseIsSoundAndAnExportUnderItsNameIsComplete() throws Exception {
    killDuring(
        "export",
        this::copyOfBaseAsBulk,
        (db, what, whole) -> {
          Path out = db.resolveSibling(db.getFileName() + ".export");
          List<Path> files;
          try (Stream<Path> s = Files.exists(out) ? Files.list(out) : Stream.empty()) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
          }
          if (whole) assertEquals(1, files.size(), what);
          for (Path f : files) {
            Path check = dir.resolve("import-check-" + random.nextInt(1_000_000) + ".db");
            Files.copy(baseDb, check);
            Run imported = start(check, "", "import", f.toString(), "--as", "again");
            int code = imported.exit();
            assertCleanMessages(imported.err(), what + ", imported");
            if (code == 0)
              assertEquals(
                  BULK_REVIEWS, reviewsOf(check, "again"), what + ": imported in part" + seed());
            else
              assertEquals(
                  2, code, what + ": an incomplete export is refused as bad input" + seed());
          }
        },
        db -> {
          Path out = db.resolveSibling(db.getFileName() + ".export");
          try {
            Files.createDirectories(out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return new String[] {"export", "--out", out.toString()};
        });
  }

  /**
   * Export (JSON and CSV) and backup of 1,000,000 reviews, killed at random moments: the database
   * is intact, nothing partial is under a final name (a file under the export's or backup's name is
   * the whole of it, byte for byte what an uninterrupted run writes), and import refuses what the
   * kill left under its temporary name.
   */
  @Test
  void killedDuringExportOrBackupOfAMillionReviewsNothingPartialHasAFinalName() throws Exception {
    Assumptions.assumeTrue(
        MILLION_TRIALS > 0,
        "the million-review case runs in scripts/faults (-Dtutor.faults.million=N), minutes a trial");
    Path big = tutor.bench.BigDatabase.millionReviews();
    String now = "--now=" + tutor.bench.BigDatabase.NOW;
    long reviews = number(big, "SELECT count(*) FROM reviews");
    for (String format : List.of("json", "csv")) {
      Path reference = null;
      long millis = 0;
      for (int trial = -1; trial < MILLION_TRIALS; trial++) {
        Path db = dir.resolve("million-" + format + "-" + trial + ".db");
        Files.copy(big, db);
        Path out = dir.resolve("million-" + format + "-" + trial + ".export");
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        Run run = start(db, null, "export", "--format", format, "--out", out.toString(), now);
        String what;
        if (trial < 0) {
          assertEquals(0, run.exit(30), "export runs: " + run.err());
          millis = (System.nanoTime() - t0) / 1_000_000;
          what = "export --format " + format + " of 1,000,000 reviews, run whole";
        } else {
          long delay = millis / 4 + (long) (random.nextDouble() * millis * 3 / 4);
          Thread.sleep(delay);
          run.kill();
          what =
              "export --format "
                  + format
                  + " of 1,000,000 reviews killed after "
                  + delay
                  + " of "
                  + millis
                  + " ms";
        }
        assertCleanMessages(run.err(), what);
        assertIntact(db, reviews, what);
        List<Path> finals = new ArrayList<>();
        List<Path> partials = new ArrayList<>();
        try (Stream<Path> s = Files.list(out)) {
          s.forEach(p -> (p.getFileName().toString().startsWith(".") ? partials : finals).add(p));
        }
        if (trial < 0) {
          assertEquals(1, finals.size(), what);
          assertEquals(List.of(), partials, what + ": left a temporary file");
          reference = finals.get(0);
          continue;
        }
        for (Path f : finals)
          assertSameExport(reference, f, what + ": a final-named export that is not whole");
        for (Path p : partials) {
          Path check = dir.resolve("million-import-check.db");
          Files.copy(baseDb, check, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          Run imported = start(check, "", "import", p.toString(), "--as", "partial");
          int code = imported.exit(30);
          assertCleanMessages(imported.err(), what + ", its partial export imported");
          assertEquals(
              2,
              code,
              what
                  + ": the partial export "
                  + p.getFileName()
                  + " is refused as bad input"
                  + seed());
          assertEquals(
              0,
              number(check, "SELECT count(*) FROM learners WHERE name = 'partial'"),
              what + seed());
          Files.delete(check);
        }
        deleteTree(out);
        Files.delete(db);
      }
    }
    Path reference = dir.resolve("million-backup-reference.db");
    long millis = 0;
    for (int trial = -1; trial < MILLION_TRIALS; trial++) {
      Path db = dir.resolve("million-backup-" + trial + ".db");
      Files.copy(big, db);
      Path backups = dir.resolve("million-backups-" + trial);
      Files.createDirectories(backups);
      Path backup = backups.resolve("backup.db");
      long t0 = System.nanoTime();
      Run run = start(db, null, "backup", backup.toString(), now);
      String what;
      if (trial < 0) {
        assertEquals(0, run.exit(30), "backup runs: " + run.err());
        millis = (System.nanoTime() - t0) / 1_000_000;
        what = "backup of 1,000,000 reviews, run whole";
      } else {
        long delay = millis / 4 + (long) (random.nextDouble() * millis * 3 / 4);
        Thread.sleep(delay);
        run.kill();
        what = "backup of 1,000,000 reviews killed after " + delay + " of " + millis + " ms";
      }
      assertCleanMessages(run.err(), what);
      assertIntact(db, reviews, what);
      if (trial < 0) assertTrue(Files.exists(backup), what);
      if (Files.exists(backup))
        assertIntact(backup, reviews, what + ": the backup under its final name");
      try (Stream<Path> s = Files.list(backups)) {
        for (Path p : s.filter(p -> !p.equals(backup)).toList()) {
          assertTrue(
              p.getFileName().toString().startsWith("."),
              what + ": a stray file " + p.getFileName() + seed());
        }
      }
      deleteTree(backups);
      Files.delete(db);
    }
  }

  /** Integrity, and every review there. */
  private static void assertIntact(Path db, long reviews, String what) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        assertEquals("ok", rs.getString(1), what + ": integrity_check" + seed());
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM reviews")) {
        assertEquals(reviews, rs.getLong(1), what + ": reviews" + seed());
      }
    }
  }

  /** The same export: the same file, or a directory of the same files. */
  private static void assertSameExport(Path expected, Path actual, String what) throws IOException {
    assertEquals(expected.getFileName(), actual.getFileName(), what + seed());
    if (Files.isDirectory(expected)) {
      try (Stream<Path> s = Files.list(expected)) {
        for (Path f : s.toList()) assertSameExport(f, actual.resolve(f.getFileName()), what);
      }
      return;
    }
    assertTrue(Files.isRegularFile(actual), what + ": " + actual + " missing" + seed());
    assertEquals(
        -1L,
        Files.mismatch(expected, actual),
        what + ": " + actual.getFileName() + " differs" + seed());
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> all = Files.walk(p)) {
      for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
    }
  }

  @Test
  void killedDuringPackAddOrOptimizeTheDatabaseIsSound() throws Exception {
    killDuring(
        "pack add",
        () -> dir.resolve("fresh-" + random.nextInt(1_000_000) + ".db"),
        (db, what, whole) -> {
          if (!Files.exists(db)
              || number(db, "SELECT count(*) FROM sqlite_master WHERE name = 'packs'") == 0) {
            assertTrue(!whole, what); // killed before the database was made
            return;
          }
          long installed = number(db, "SELECT count(*) FROM packs");
          if (whole) assertEquals(1, installed, what);
          if (installed == 1) { // installed whole, or not at all
            assertEquals(
                number(baseDb, "SELECT count(*) FROM exercises WHERE pack_id = 'unix-shell'"),
                number(db, "SELECT count(*) FROM exercises WHERE pack_id = 'unix-shell'"),
                what + seed());
          }
        },
        db -> new String[] {"pack", "add", "content/unix-shell"});
    killDuring(
        "optimize",
        this::copyOfBaseAsBulk,
        (db, what, whole) -> {
          assertTrue(number(db, "SELECT count(*) FROM fsrs_parameters") <= 1, what + seed());
        },
        db -> new String[] {"optimize"});
  }

  // ---- side by side ----

  @Test
  void threeSessionsOfOneLearnerOneStudiesTheOthersAreRefusedNothingIsLost() throws Exception {
    Path db = copyOfBase();
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Run r = start(db, null, "study", "--limit", "100", NOW);
      feedSlowly(r, 100, 5);
      runs.add(r);
    }
    int studied = 0;
    int shown = 0;
    for (Run r : runs) {
      int code = r.exit();
      assertCleanMessages(r.err(), "one of three sessions");
      if (code == 0) {
        studied++;
        shown += feedbacks(r.out());
      } else {
        assertEquals(1, code, r.err());
        assertEquals(
            "tutor: learner 'default' is already studying in another tutor (another terminal or window) on "
                + db
                + "; finish that session first, or switch learner\n",
            r.err(),
            seed());
      }
    }
    assertTrue(studied >= 1, "one session studies" + seed());
    assertEquals(
        shown, reviewsOf(db, "default"), "every answer with feedback, and no other" + seed());
    assertSound(db, "three sessions of one learner");
  }

  @Test
  void threeLearnersStudySideBySideAndNoneLosesAnything() throws Exception {
    Path db = copyOfBase();
    Cli cli = new Cli(db);
    List<Run> runs = new ArrayList<>();
    List<String> learners = List.of("ann", "bob", "cyd");
    for (String name : learners) {
      assertEquals(0, cli.run("learner", "add", name).code());
      assertEquals(0, cli.run("settings", "new-per-day", "1000").code());
    }
    for (String name : learners) {
      assertEquals(0, cli.run("learner", "use", name).code());
      Run r = start(db, null, "study", "--limit", "100", NOW);
      feedSlowly(r, 100, 5);
      // It has read who the current learner is once it shows an exercise.
      assertTrue(r.waitFor("Exercise 1 ", 60_000), r.out() + r.err());
      runs.add(r);
    }
    for (int i = 0; i < runs.size(); i++) {
      Run r = runs.get(i);
      assertEquals(0, r.exit(), learners.get(i) + ": " + r.err() + seed());
      assertCleanMessages(r.err(), learners.get(i));
      assertEquals(feedbacks(r.out()), reviewsOf(db, learners.get(i)), learners.get(i) + seed());
      assertTrue(feedbacks(r.out()) > 0, learners.get(i) + " studied");
    }
    assertSound(db, "three learners side by side");
  }

  // ---- full disks, read-only mounts ----

  /**
   * Whether this machine lets a test mount a tmpfs in a mount namespace of its own (root, or user
   * namespaces).
   */
  private static boolean canMount() {
    try {
      Process p =
          new ProcessBuilder(
                  "unshare",
                  "-rm",
                  "sh",
                  "-c",
                  "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null"
                      + " || mount -t tmpfs -o size=64k tmpfs \"$TMPDIR\"")
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String quote(Object s) {
    return "'" + s.toString().replace("'", "'\\''") + "'";
  }

  /**
   * Runs {@code script} in a mount namespace of its own; what it writes goes to its standard
   * output.
   */
  private static String inMountNamespace(String script) throws Exception {
    Process p =
        new ProcessBuilder("unshare", "-rm", "bash", "-c", script)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), out);
    return out;
  }

  private static String javaLine(Path db, String... args) {
    StringBuilder s = new StringBuilder();
    for (String a : java(List.of(), db, args)) s.append(quote(a)).append(' ');
    return s.toString();
  }

  @Test
  void onAFullDiskTheSessionSaysSoInOneLineAndNothingIsLost() throws Exception {
    Assumptions.assumeTrue(
        canMount(), "this machine does not let a test mount a small tmpfs (no user namespaces)");
    Path mnt = dir.resolve("mnt");
    Files.createDirectories(mnt);
    Path saved = dir.resolve("saved.db");
    for (int trial = 0; trial < TRIALS; trial++) {
      Path db = copyOfBase();
      long size = Files.size(db) / 1024;
      int room =
          40 + random.nextInt(120); // KB left after the database: from none to a few answers' worth
      String script =
          "set -u; export HOME="
              + quote(dir)
              + "; mount -t tmpfs -o size="
              + (size + 600)
              + "k tmpfs "
              + quote(mnt)
              + " && cp "
              + quote(db)
              + " "
              + quote(mnt.resolve("t.db"))
              + " && "
              + "dd if=/dev/zero of="
              + quote(mnt.resolve("fill"))
              + " bs=1k count=$(( $(df -k --output=avail "
              + quote(mnt)
              + " | tail -1) - "
              + room
              + " )) 2>/dev/null; "
              + "yes 1 | head -300 | "
              + javaLine(mnt.resolve("t.db"), "study", "--limit", "300", NOW)
              + " >"
              + quote(dir.resolve("full.out"))
              + " 2>"
              + quote(dir.resolve("full.err"))
              + "; echo \"exit $?\"; "
              + "rm -f "
              + quote(mnt.resolve("fill"))
              + "; ls -a "
              + quote(mnt)
              + "; "
              + javaLine(mnt.resolve("t.db"), "due", NOW)
              + " >/dev/null 2>&1; cp "
              + quote(mnt.resolve("t.db"))
              + " "
              + quote(saved);
      String log = inMountNamespace(script);
      String err = Files.readString(dir.resolve("full.err"));
      String out = Files.readString(dir.resolve("full.out"));
      String what = "a full disk with " + room + " KB left";
      assertTrue(log.contains("exit 1"), what + ": " + log + err + seed());
      assertCleanMessages(err, what);
      // The last line ends the session (before it, the daily backup may have said it had no room).
      String last = err.lines().reduce((a, b) -> b).orElse("");
      assertTrue(
          last.matches("tutor: the disk is full \\(\\d+ MB free at .*\\); nothing was lost"),
          what + ": " + err + seed());
      long kept = reviewsOf(saved, "default");
      assertTrue(
          kept >= feedbacks(out) && kept <= feedbacks(out) + 1,
          what + ": " + kept + " kept, " + feedbacks(out) + " shown" + seed());
      assertSound(saved, what);
      Files.delete(saved);
    }
  }

  @Test
  void pastAFileSizeLimitTheSessionSaysSoInOneLineAndNothingIsLost() throws Exception {
    Path lib =
        nativeLibrary(); // unpacked here: under the limit, the driver could not unpack it itself
    Path db = copyOfBase();
    // The write-ahead log grows from nothing: it meets the limit after a few answers.
    long limitKb = 100 + random.nextInt(500);
    ProcessBuilder pb =
        new ProcessBuilder(
            "bash",
            "-c",
            "ulimit -f "
                + limitKb
                + "; exec "
                + String.join(
                    " ",
                    java(
                            List.of(
                                "-Dorg.sqlite.lib.path=" + lib.getParent(),
                                "-Dorg.sqlite.lib.name=" + lib.getFileName()),
                            db,
                            "study",
                            "--limit",
                            "300",
                            NOW)
                        .stream()
                        .map(CrashAndFaultTest::quote)
                        .toList()));
    pb.environment().put("HOME", dir.toString());
    pb.environment().remove("TUTOR_CONTENT");
    Run run = new Run(pb.start());
    try (OutputStream in = run.process.getOutputStream()) {
      in.write(answers(300).getBytes(StandardCharsets.UTF_8));
    } catch (IOException ignored) {
      // it stopped reading
    }
    String what = "a file size limit of " + limitKb + " KB";
    assertEquals(1, run.exit(), what + ": " + run.err() + seed());
    assertCleanMessages(run.err(), what);
    String last = run.err().lines().reduce((a, b) -> b).orElse("");
    assertTrue(
        last.contains("(ulimit -f)") && last.endsWith("; nothing was lost"),
        what + ": " + run.err());
    long kept = reviewsOf(db, "default");
    assertTrue(kept >= feedbacks(run.out()) && kept <= feedbacks(run.out()) + 1, what + seed());
    assertSound(db, what);
  }

  private Path nativeLibrary() throws IOException {
    String os = System.getProperty("os.name");
    Assumptions.assumeTrue(os.equals("Linux"), "file size limits are tried on Linux");
    String arch =
        switch (System.getProperty("os.arch")) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64" -> "aarch64";
          default -> System.getProperty("os.arch");
        };
    String resource = "/org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so";
    Path target = dir.resolve("native").resolve("libsqlitejdbc.so");
    Files.createDirectories(target.getParent());
    try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource)) {
      Assumptions.assumeTrue(in != null, "no bundled SQLite library for " + arch);
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  @Test
  void onAReadOnlyMountReadingCommandsWorkAndWritingOnesSaySoInOneLine() throws Exception {
    Assumptions.assumeTrue(
        canMount(),
        "this machine does not let a test mount a read-only tmpfs (no user namespaces)");
    Path mnt = dir.resolve("ro");
    Files.createDirectories(mnt);
    Path db = copyOfBase();
    Path exports = dir.resolve("exports");
    Files.createDirectories(exports);
    Map<String, String[]> commands = new java.util.LinkedHashMap<>();
    commands.put("due", new String[] {"due", NOW});
    commands.put("stats", new String[] {"stats", NOW});
    commands.put("doctor", new String[] {"doctor", NOW});
    commands.put("export", new String[] {"export", "--out", exports.toString(), NOW});
    commands.put("study", new String[] {"study", NOW});
    commands.put("learner-add", new String[] {"learner", "add", "zed"});
    StringBuilder script =
        new StringBuilder(
            "export HOME="
                + quote(dir)
                + "; mount -t tmpfs -o size="
                + (Files.size(db) / 1024 + 400)
                + "k tmpfs "
                + quote(mnt)
                + " && cp "
                + quote(db)
                + " "
                + quote(mnt.resolve("t.db"))
                + " && mount -o remount,ro "
                + quote(mnt)
                + " || exit 9; ");
    for (Map.Entry<String, String[]> c : commands.entrySet()) {
      script
          .append("echo 1 | ")
          .append(javaLine(mnt.resolve("t.db"), c.getValue()))
          .append(" >")
          .append(quote(dir.resolve(c.getKey() + ".out")))
          .append(" 2>")
          .append(quote(dir.resolve(c.getKey() + ".err")))
          .append("; echo \"")
          .append(c.getKey())
          .append(" exit $?\"; ");
    }
    script.append("ls -a ").append(quote(mnt));
    String log = inMountNamespace(script.toString());
    Map<String, String> exits = new HashMap<>();
    for (String line : log.split("\n")) {
      if (line.contains(" exit "))
        exits.put(line.substring(0, line.indexOf(' ')), line.substring(line.lastIndexOf(' ') + 1));
    }
    for (String reading : List.of("due", "stats", "doctor", "export")) {
      String err = Files.readString(dir.resolve(reading + ".err"));
      assertEquals("0", exits.get(reading), reading + " on a read-only mount: " + err + log);
      assertCleanMessages(err, reading + " on a read-only mount");
    }
    for (String writing : List.of("study", "learner-add")) {
      String err = Files.readString(dir.resolve(writing + ".err"));
      assertEquals("1", exits.get(writing), writing + ": " + err + log);
      assertEquals(
          "tutor: the directory "
              + mnt
              + " is read-only: tutor can read t.db there but not change it (copy it"
              + " somewhere writable, or use --db)\n",
          err,
          writing);
    }
    assertFalse(
        log.contains("t.db-wal") || log.contains("t.db-shm"), "no log files were made: " + log);
  }

  // ---- damaged and odd files ----

  @Test
  void aTruncatedDatabaseIsReportedInOneLine() throws Exception {
    long whole = Files.size(baseDb);
    for (long size : List.of(0L, 100L, 4096L, whole / 2)) {
      Path db = dir.resolve("cut-" + size + ".db");
      Files.copy(baseDb, db);
      try (java.nio.channels.FileChannel ch =
          java.nio.channels.FileChannel.open(db, java.nio.file.StandardOpenOption.WRITE)) {
        ch.truncate(size);
      }
      Run due = start(db, null, "due", NOW);
      int code = due.exit();
      String what = "a database cut to " + size + " bytes";
      assertCleanMessages(due.err(), what);
      assertTrue(code == 1 || code == 2, what + ": exit " + code + " " + due.out() + due.err());
      assertEquals(1, due.err().lines().count(), what + ": " + due.err());
      if (size == 0) assertTrue(due.err().contains("is empty: not a tutor database"), due.err());
      Cli.Result doctor = new Cli(db).run("doctor");
      assertEquals(1, doctor.code(), what + ": doctor " + doctor);
      assertCleanMessages(doctor.err(), what + ", doctor");
    }
  }

  // ---- trust8: kills aimed at the answer's transaction, restore, a cut log, values changed ----

  /**
   * SIGKILL a few milliseconds after an answer is typed: inside the transaction that writes it, or
   * just before or after. The answer is in the log if its feedback was shown, and at most that one
   * more; the card, mastery and tallies agree with the log either way.
   */
  @Test
  void killedWhileAnAnswerIsBeingWrittenItIsWholeOrAbsent() throws Exception {
    for (int trial = 0; trial < 3 * TRIALS; trial++) {
      Path db = copyOfBase();
      long before = reviewsOf(db, "default");
      Run run = start(db, null, "study", "--limit", "50", NOW);
      assertTrue(run.waitFor("Exercise 1 ", 60_000), "started: " + run.out() + run.err() + seed());
      // one line at a time, each once tutor has answered the one before (a flashcard takes two:
      // Enter to show the back, then the rating); the last one is the one killed
      int typed = 1 + random.nextInt(6);
      OutputStream in = run.process.getOutputStream();
      for (int i = 1; i < typed; i++) {
        int seen = run.out().length();
        in.write("1\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        long end = System.currentTimeMillis() + 30_000;
        while (run.out().length() == seen && System.currentTimeMillis() < end) Thread.sleep(5);
        Thread.sleep(20); // the rest of its output
      }
      in.write("1\n".getBytes(StandardCharsets.UTF_8));
      in.flush();
      long delay = random.nextInt(40);
      Thread.sleep(delay);
      run.kill();
      String what = "killed " + delay + " ms after line " + typed + " was typed";
      int shown = feedbacks(run.out());
      long kept = reviewsOf(db, "default") - before;
      assertTrue(kept >= shown, what + ": " + shown + " shown, " + kept + " kept" + seed());
      assertTrue(kept <= typed, what + ": " + kept + " kept of " + typed + " lines" + seed());
      assertCleanMessages(run.err(), what);
      assertSound(db, what);
      assertUsable(db, what);
    }
  }

  /**
   * SIGKILL during restore: there is a database under the name at every moment, the one it had or
   * the backup; when it is the backup, the one it replaced is kept aside whole, so nothing that was
   * in either is lost.
   */
  @Test
  void killedDuringRestoreTheDatabaseIsTheOldOrTheBackupAndTheOldIsKept() throws Exception {
    killDuring(
        "restore",
        () -> {
          Path db = copyOfBase();
          Cli cli = new Cli(db);
          Cli.Result b = cli.run("backup", db + ".bak");
          if (b.code() != 0) throw new IOException(b.toString());
          // after the backup: in the database, not in the backup
          if (cli.run("learner", "add", "after-backup").code() != 0) throw new IOException("add");
          return db;
        },
        (db, what, whole) -> {
          long after = number(db, "SELECT count(*) FROM learners WHERE name = 'after-backup'");
          if (whole) assertEquals(0, after, what + ": restored");
          List<Path> aside;
          try (Stream<Path> files = Files.list(db.getParent())) {
            String stem = db.getFileName().toString().replaceFirst("\\.db$", "");
            aside =
                files
                    .filter(p -> p.getFileName().toString().startsWith(stem + ".before-restore-"))
                    .filter(p -> p.getFileName().toString().endsWith(".db"))
                    .toList();
          }
          if (after == 0) { // the backup is in place: the database it replaced is kept aside
            assertEquals(1, aside.size(), what + ": kept aside " + aside + seed());
            assertSound(aside.get(0), what + ", the database set aside");
            assertEquals(
                1,
                number(aside.get(0), "SELECT count(*) FROM learners WHERE name = 'after-backup'"),
                what + ": the database set aside is the one replaced" + seed());
          }
          assertEquals(BULK_REVIEWS, reviewsOf(db, "bulk"), what + seed());
          for (Path p : aside) {
            for (String suffix : List.of("", "-wal", "-shm"))
              Files.deleteIfExists(Path.of(p + suffix));
          }
        },
        db -> new String[] {"restore", db + ".bak", "--yes"});
  }

  /**
   * SIGKILL of a session leaves answers in the write-ahead log; the log is then cut at a random
   * byte (a disk that lost its end). SQLite keeps the transactions whose frames are whole and
   * checksummed, and drops the rest: the next start must be clean and the database a state it
   * really had (every card the state after its last review), never a mix. Answers in the lost part
   * of the log are gone: tutor cannot know of them (said in README).
   */
  @Test
  void aWriteAheadLogCutShortLeavesAStateTheDatabaseHadAndACleanStart() throws Exception {
    for (int trial = 0; trial < 2 * TRIALS; trial++) {
      Path db = copyOfBase();
      long before = reviewsOf(db, "default");
      Run run = start(db, answers(30), "study", "--limit", "30", NOW);
      assertTrue(run.waitFor("Exercise 6 ", 60_000), "answered: " + run.out() + run.err() + seed());
      run.kill();
      Path wal = Path.of(db + "-wal");
      Assumptions.assumeTrue(Files.exists(wal) && Files.size(wal) > 32, "no log left to cut");
      long kept = reviewsOf(copyWithLog(db), "default") - before;
      long size = Files.size(wal);
      long cut = trial == 0 ? 20 : 32 + (long) (random.nextDouble() * (size - 32));
      try (java.nio.channels.FileChannel ch =
          java.nio.channels.FileChannel.open(wal, java.nio.file.StandardOpenOption.WRITE)) {
        ch.truncate(cut);
      }
      String what = "a log of " + size + " bytes cut to " + cut;
      Run due = start(db, null, "due", NOW);
      assertEquals(0, due.exit(), what + ": due " + due.out() + due.err() + seed());
      assertCleanMessages(due.err(), what);
      assertSound(db, what);
      long left = reviewsOf(db, "default") - before;
      assertTrue(left <= kept, what + ": " + left + " answers after, " + kept + " before" + seed());
      // (a day on: the session's answers are stamped NOW plus the seconds it ran)
      Cli.Result doctor = new Cli(db).run("doctor", "--now=2026-03-03T09:00:00Z");
      assertEquals(0, doctor.code(), what + ": doctor " + doctor + seed());
      assertUsable(db, what);
    }
  }

  /** A copy of {@code db} with its log, read as SQLite would (the original is left alone). */
  private Path copyWithLog(Path db) throws IOException {
    Path copy = dir.resolve("with-log-" + random.nextInt(1_000_000) + ".db");
    Files.copy(db, copy);
    Files.copy(Path.of(db + "-wal"), Path.of(copy + "-wal"));
    return copy;
  }

  /**
   * Bytes of row data overwritten in place, the page's structure untouched: integrity_check passes,
   * as it checks structure, not meaning. What tutor can find: a card that no longer agrees with its
   * last answer (doctor), and a value no tutor writes (doctor's values). What it cannot: an
   * answer's own rating or time changed to another value tutor could have written, with nothing
   * derived from it checked (said in README).
   */
  @Test
  void aCardChangedInPlacePassesIntegrityAndDoctorFindsIt() throws Exception {
    Path db = copyOfBase();
    Cli cli = new Cli(db);
    Cli.Result studied = cli.input(answers(3), "study", "--limit", "3", NOW);
    assertEquals(0, studied.code(), studied.toString());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    List<Double> stabilities = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT stability FROM cards WHERE learner_id = (SELECT id FROM learners"
                    + " WHERE name = 'default') AND stability > 0")) {
      while (rs.next()) stabilities.add(rs.getDouble(1));
    }
    assertFalse(stabilities.isEmpty(), "studied cards");
    // The stability is stored in the card and in its last answer (the card's after it). The card's
    // is indexed (cards_review_risk): changed there, integrity_check sees the index disagree. The
    // answer's is in no index: changed there, the file's structure is as sound as before.
    byte[] file = Files.readAllBytes(db);
    byte[] want = java.nio.ByteBuffer.allocate(8).putDouble(stabilities.get(0)).array();
    byte[] other = java.nio.ByteBuffer.allocate(8).putDouble(stabilities.get(0) * 9.5).array();
    Path changed = dir.resolve("changed.db");
    boolean indexCaught = false;
    boolean passed = false;
    for (int at = indexOf(file, want, 0); at >= 0 && !passed; at = indexOf(file, want, at + 1)) {
      byte[] copy = file.clone();
      System.arraycopy(other, 0, copy, at, 8);
      Files.write(changed, copy);
      if ("ok".equals(queryText(changed, "PRAGMA integrity_check"))) passed = true;
      else indexCaught = true;
    }
    assertTrue(indexCaught, "the indexed copy (the card's) is caught by integrity_check");
    assertTrue(passed, "a copy that integrity_check cannot see changed (the answer's)");
    Files.copy(changed, db, StandardCopyOption.REPLACE_EXISTING);
    Cli.Result doctor = cli.run("doctor", "--now=2026-03-03T09:00:00Z");
    assertEquals(1, doctor.code(), "doctor finds the changed value: " + doctor);
    assertCleanMessages(doctor.err(), "doctor on a value changed in place");
    assertTrue(
        doctor.out().contains("some cards disagree with their last answer"),
        "doctor says what disagrees: " + doctor);
  }

  private static int indexOf(byte[] all, byte[] want, int from) {
    outer:
    for (int i = from; i + want.length <= all.length; i++) {
      for (int j = 0; j < want.length; j++) if (all[i + j] != want[j]) continue outer;
      return i;
    }
    return -1;
  }

  private static String queryText(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  @Test
  void aTruncatedExportIsRefusedInOneLine() throws Exception {
    Path export;
    try (Stream<Path> files = Files.list(bulkExport)) {
      export = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
    }
    byte[] all = Files.readAllBytes(export);
    int cut = 1 + random.nextInt(all.length - 2);
    Path partial = dir.resolve("partial.json");
    Files.write(partial, java.util.Arrays.copyOf(all, cut));
    Path db = copyOfBase();
    Cli.Result r = new Cli(db).run("import", partial.toString(), "--as", "partial");
    assertEquals(2, r.code(), "an export cut at byte " + cut + ": " + r + seed());
    assertCleanMessages(r.err(), "an export cut at byte " + cut);
    assertEquals(1, r.err().lines().filter(l -> l.startsWith("tutor: ")).count(), r.err());
    assertTrue(r.err().contains("tutor: nothing imported: " + partial), r.err());
    assertEquals(0, number(db, "SELECT count(*) FROM learners WHERE name = 'partial'"));
  }

  @Test
  void aPathTheLocaleCannotNameIsOneCleanLine() throws Exception {
    Path db = dir.resolve("d\u00e9j\u00e0").resolve("t.db");
    Run run = start(List.of(), Map.of("LC_ALL", "C", "LANG", "C"), db, null, "due", NOW);
    int code = run.exit();
    assertCleanMessages(run.err(), "LC_ALL=C with a non-ASCII --db");
    if (code != 0) { // a JVM that names files in UTF-8 whatever the locale just works
      assertEquals(2, code, run.err());
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().contains("run tutor under a UTF-8 locale"), run.err());
    }
  }
}
