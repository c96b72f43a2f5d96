package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wall time from launch to the first exercise shown, as the learner runs tutor (scripts/tutor): in
 * a pseudo-terminal and piped; and to the end of {@code tutor due} and {@code tutor --help}. Each
 * run of tutor alternates with a run of the baseline probe (StartupProbe: the same libraries doing
 * the same library work, default JVM flags), so both see the same moments of a noisy machine. The
 * database holds the packs of content/ and 40 answers given three days ago (reviews are due).
 */
final class StartupBench implements Bench.Benchmark {
  static final int RUNS = 10;

  /** One figure: tutor's command and the probe's, each with the marker that ends its timing. */
  record Case(
      String name,
      String target,
      double targetSeconds,
      double targetRatio,
      List<String> tutor,
      List<String> probe,
      String marker,
      boolean terminal) {}

  @Override
  public void run(Path out) throws Exception {
    Path db = studyDatabase(out);
    run(out, "startup", cases(db), RUNS, env(out));
  }

  /** Runs every case {@code runs} times (after one unmeasured run), tutor and probe alternating. */
  static void run(Path out, String name, List<Case> cases, int runs, Map<String, String> env)
      throws Exception {
    Table t =
        new Table(
            "figure",
            "runs",
            "median s",
            "max s",
            "target",
            "probe median s",
            "probe max s",
            "ratio",
            "");
    Table raw = new Table("figure", "run", "tutor s", "probe s");
    for (Case c : cases) {
      List<Double> a = new ArrayList<>();
      List<Double> b = new ArrayList<>();
      for (int i = -1; i < runs; i++) {
        double ta = launch(c, c.tutor(), env);
        double tb = launch(c, c.probe(), env);
        if (i < 0) continue; // the first of each warms the page cache
        a.add(ta);
        b.add(tb);
        raw.row(c.name(), i + 1, Runs.f(ta), Runs.f(tb));
      }
      double med = Runs.median(a);
      double ratio = med / Runs.median(b);
      boolean met = med < c.targetSeconds() && (c.targetRatio() == 0 || ratio <= c.targetRatio());
      t.row(
          c.name(),
          runs,
          Runs.f(med),
          Runs.f(Runs.max(a)),
          c.target(),
          Runs.f(Runs.median(b)),
          Runs.f(Runs.max(b)),
          String.format(Locale.ROOT, "%.2f", ratio),
          Runs.verdict(met));
    }
    List<Double> floor = new ArrayList<>();
    for (int i = -1; i < runs; i++) {
      double seconds = Launch.run(jvmFloor(), env, null).seconds();
      if (i >= 0) floor.add(seconds);
    }
    t.row(
        "floor: a JVM printing one line",
        runs,
        Runs.f(Runs.median(floor)),
        Runs.f(Runs.max(floor)),
        "",
        "",
        "",
        "",
        "");
    t.print();
    System.out.println(
        "floor: no library, tutor's JVM flags; what no startup on this machine can go below");
    System.out.println(
        "probe: Picocli parse, the SQLite database opened and read, on a terminal the JLine terminal"
            + " and reader with a prompt; default JVM flags");
    t.writeCsv(out.resolve(name + ".csv"));
    raw.writeCsv(out.resolve(name + "-runs.csv"));
  }

  private static double launch(Case c, List<String> cmd, Map<String, String> env) throws Exception {
    if (c.terminal()) return Launch.inTerminal(String.join(" ", cmd), env, c.marker()).seconds();
    return Launch.run(cmd, env, c.marker()).seconds();
  }

  static List<Case> cases(Path db) {
    return cases(db, List.of());
  }

  /** The cases, with {@code options} (such as --now) given to tutor after --db. */
  static List<Case> cases(Path db, List<String> options) {
    List<String> tutor = new ArrayList<>(List.of("scripts/tutor", "--db", db.toString()));
    tutor.addAll(options);
    List<String> probe = probe("--db", db.toString());
    return List.of(
        new Case(
            "interactive study, first prompt",
            "< 0.5 s, <= 0.7x probe",
            0.5,
            0.7,
            concat(tutor, "study"),
            concat(probe, "--terminal"),
            Launch.PROMPT_MARKER,
            true),
        new Case(
            "piped study, first exercise",
            "< 0.3 s",
            0.3,
            0,
            concat(tutor, "study"),
            probe,
            Launch.PIPED_MARKER,
            false),
        new Case("tutor due", "< 0.3 s", 0.3, 0, concat(tutor, "due"), probe, null, false),
        new Case(
            "tutor --help",
            "< 0.3 s",
            0.3,
            0,
            List.of("scripts/tutor", "--help"),
            probe("--help"),
            null,
            false));
  }

  /** The probe: default JVM flags, tutor's jar (the same libraries) and the bench classes. */
  static List<String> probe(String... args) {
    String testClasses = "";
    for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (e.endsWith("test-classes")) testClasses = e;
    }
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                "target/tutor.jar" + java.io.File.pathSeparator + testClasses,
                StartupProbe.class.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** A JVM with tutor's flags that prints one line and exits: the machine's floor. */
  static List<String> jvmFloor() {
    List<String> cmd = new ArrayList<>(probe());
    cmd.set(cmd.size() - 1, JvmFloor.class.getName());
    cmd.addAll(1, Runs.TUTOR_FLAGS);
    return cmd;
  }

  static List<String> concat(List<String> a, String... more) {
    List<String> out = new ArrayList<>(a);
    out.addAll(List.of(more));
    return out;
  }

  static Map<String, String> env(Path out) {
    Map<String, String> env = new HashMap<>();
    env.put("TUTOR_HOME", out.resolve("home").toAbsolutePath().toString());
    env.put("TERM", "xterm-256color");
    return env;
  }

  /** The packs of content/ with 40 answers given three days ago; made by tutor itself. */
  static Path studyDatabase(Path out) throws Exception {
    Path db = out.resolve("startup.db");
    for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(db + suffix));
    // Also builds tutor if it is not built (and everything it makes at build time).
    Path answers = out.resolve("startup-answers.txt");
    Files.writeString(answers, "1\n".repeat(400));
    ProcessBuilder pb =
        new ProcessBuilder(
                "scripts/tutor", "--db", db.toString(), "--now", "-3d", "study", "--limit", "40")
            .redirectInput(answers.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.resolve("startup-setup.log").toFile());
    pb.environment().putAll(env(out));
    if (pb.start().waitFor() != 0)
      throw new IllegalStateException("setting up " + db + " failed: see startup-setup.log");
    return db;
  }
}
