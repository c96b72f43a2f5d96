package tutor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Export, import, stats and due on the database of one learner with 1,000,000 reviews (100,000
 * cards), as scripts/tutor runs them: wall time and peak resident memory, beside a baseline
 * measured in the same run (a JVM that opens the database and reads every review once). Target
 * (issue 18): export and import under 256 MB at any size.
 */
final class DataBench implements Bench.Benchmark {
  /**
   * False: stats and due only (scripts/bench stats-due), without the long export and import runs.
   */
  private final boolean transfers;

  DataBench(boolean transfers) {
    this.transfers = transfers;
  }

  @Override
  public void run(Path out) throws Exception {
    Path big = Runs.bigDatabase(out);
    Map<String, String> env = new java.util.HashMap<>(StartupBench.env(out));
    // The generated pack alone: installing the bundled packs into the copy is not what is measured.
    env.put("TUTOR_CONTENT", out.resolve("no-bundled-packs").toString());
    Path work = out.resolve("data");
    deleteTree(work);
    Files.createDirectories(work);
    Path db = Runs.copy(big, work.resolve("big.db"));
    Path empty = transfers ? emptyWithPack(big, work.resolve("empty.db")) : null;

    Launch.Result baseline =
        run(Runs.java(Runs.TUTOR_FLAGS, DataProbe.class.getName(), db.toString()), env);
    Table t =
        new Table(
            "command (1,000,000 reviews)",
            "s",
            "peak RSS MB",
            "baseline s",
            "baseline MB",
            "time ratio",
            "target",
            "");
    List<String> tutor =
        List.of("scripts/tutor", "--db", db.toString(), "--now", BigData.NOW.toString());
    Path json = null;
    if (transfers) {
      row(
          t,
          "export --format json",
          run(concat(tutor, "export", "--out", work.resolve("json").toString()), env),
          baseline,
          true);
      row(
          t,
          "export --format csv",
          run(
              concat(tutor, "export", "--format", "csv", "--out", work.resolve("csv").toString()),
              env),
          baseline,
          true);
      json = only(work.resolve("json"));
      Path csv = only(work.resolve("csv"));
      // --mend: the generated mastery rows are not what BKT makes of the generated answers, so a
      // plain import refuses them as changed by hand; mended, it imports what the answers give
      // (and reads every answer to do so, as an import of a real export checks them).
      List<String> into =
          List.of("scripts/tutor", "--db", empty.toString(), "--now", BigData.NOW.toString());
      row(
          t,
          "import (json)",
          run(concat(into, "import", json.toString(), "--as", "from-json", "--mend"), env),
          baseline,
          true);
      row(
          t,
          "import (csv)",
          run(concat(into, "import", csv.toString(), "--as", "from-csv", "--mend"), env),
          baseline,
          true);
    }
    row(t, "stats", run(concat(tutor, "stats", "--plain"), env), baseline, false);
    row(t, "due", run(concat(tutor, "due"), env), baseline, false);
    t.print();
    System.out.printf(
        Locale.ROOT,
        "baseline: a JVM with tutor's libraries reading every review once (%.2f s, %.0f MB)%s%n",
        baseline.seconds(),
        baseline.peakKb() / 1024.0,
        json == null
            ? ""
            : String.format(Locale.ROOT, "; the JSON export is %.0f MB", Files.size(json) / 1e6));
    t.writeCsv(out.resolve(transfers ? "data.csv" : "stats-due.csv"));
  }

  private static void row(
      Table t, String what, Launch.Result r, Launch.Result baseline, boolean limited) {
    double mb = r.peakKb() / 1024.0;
    t.row(
        what,
        Runs.f(r.seconds()),
        Runs.f(mb),
        Runs.f(baseline.seconds()),
        Runs.f(baseline.peakKb() / 1024.0),
        Runs.ratio(r.seconds(), baseline.seconds()),
        limited ? "< 256 MB" : "-",
        limited ? Runs.verdict(mb < 256) : "-");
  }

  /**
   * Runs a command to its end, with its peak memory sampled all along (Launch samples at the end
   * only).
   */
  private static Launch.Result run(List<String> cmd, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    Path log = Files.createTempFile("tutor-data-bench", ".log");
    pb.redirectOutput(log.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    long peak = 0;
    while (p.isAlive()) {
      peak = Math.max(peak, Launch.peakKb(p));
      Thread.sleep(20);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    String output = Files.readString(log);
    Files.delete(log);
    if (p.exitValue() != 0)
      throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + output);
    return new Launch.Result(seconds, output, peak);
  }

  /** A database with the big pack installed and no learner data, to import into. */
  private static Path emptyWithPack(Path big, Path to) throws Exception {
    Runs.copy(big, to);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + to.toAbsolutePath());
        Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "reviews",
              "cards",
              "mastery",
              "lessons_seen",
              "goals",
              "learner_settings",
              "fsrs_parameters")) {
        s.execute("DELETE FROM " + table);
      }
      s.execute("VACUUM");
    }
    return to;
  }

  private static Path only(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .findFirst()
          .orElseThrow();
    }
  }

  private static List<String> concat(List<String> a, String... more) {
    List<String> out = new ArrayList<>(a);
    out.addAll(List.of(more));
    return out;
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (var all = Files.walk(p)) {
      for (Path f : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
    }
  }
}
