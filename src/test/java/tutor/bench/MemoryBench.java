package tutor.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Peak resident memory (VmHWM) of a piped study session (scripts/tutor) on a copy of the 100k-card
 * database, through 100 exercises and the session summary, beside the probe's (the JVM with the
 * same libraries and the database opened).
 */
final class MemoryBench implements Bench.Benchmark {
  static final int RUNS = 3;
  static final int EXERCISES = 100;

  @Override
  public void run(Path out) throws Exception {
    Path big = Runs.bigDatabase(out);
    Map<String, String> env = StartupBench.env(out);
    List<Double> tutor = new ArrayList<>();
    List<Double> probe = new ArrayList<>();
    List<Double> firstExercise = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      Path db = Runs.copy(big, out.resolve("memory-work.db"));
      double[] r = session(db, env);
      tutor.add(r[0]);
      firstExercise.add(r[1]);
      probe.add(
          Launch.run(StartupBench.probe("--db", db.toString()), env, Launch.PIPED_MARKER).peakKb()
              / 1024.0);
    }
    Table t = new Table("figure", "runs", "median", "max", "target", "probe median", "ratio", "");
    double m = Runs.median(tutor);
    t.row(
        "peak RSS of a study session, MB",
        RUNS,
        Runs.f(m),
        Runs.f(Runs.max(tutor)),
        "< 100",
        Runs.f(Runs.median(probe)),
        Runs.ratio(m, Runs.median(probe)),
        Runs.verdict(m < 100)); // issue 22
    t.row(
        "its first exercise shown, s",
        RUNS,
        Runs.f(Runs.median(firstExercise)),
        Runs.f(Runs.max(firstExercise)),
        "-",
        "-",
        "-",
        "");
    t.print();
    System.out.printf(
        Locale.ROOT,
        "piped session of %d exercises on the database with %,d cards; probe: the JVM, the"
            + " libraries and the database opened%n",
        EXERCISES,
        Runs.CARDS);
    t.writeCsv(out.resolve("memory.csv"));
  }

  /** Peak RSS in MB of one session, and the seconds to its first exercise. */
  private static double[] session(Path db, Map<String, String> env) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
                "scripts/tutor",
                "--db",
                db.toString(),
                "--now",
                BigData.NOW.toString(),
                "study",
                "--limit",
                Integer.toString(EXERCISES))
            .redirectErrorStream(true);
    pb.environment().putAll(env);
    long t0 = System.nanoTime();
    Process p = pb.start();
    double first = Double.NaN;
    long peak = 0;
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    try (OutputStream answers = p.getOutputStream();
        InputStream in = p.getInputStream()) {
      // Flashcards take two lines (Enter, then a rating): "3" answers both; others are marked
      // wrong.
      answers.write("3\n".repeat(EXERCISES * 2 + 10).getBytes(StandardCharsets.UTF_8));
      answers.flush();
      byte[] buf = new byte[65536];
      int n;
      while ((n = in.read(buf)) >= 0) {
        seen.write(buf, 0, n);
        if (Double.isNaN(first)
            && seen.toString(StandardCharsets.UTF_8).contains(Launch.PIPED_MARKER)) {
          first = (System.nanoTime() - t0) / 1e9;
        }
        peak = Math.max(peak, Launch.peakKb(p));
      }
    }
    if (p.waitFor() != 0) throw new IllegalStateException("the session failed:\n" + seen);
    if (!seen.toString(StandardCharsets.UTF_8).contains("Exercise " + EXERCISES + " of")) {
      throw new IllegalStateException("the session ended early:\n" + seen);
    }
    return new double[] {peak / 1024.0, first};
  }
}
