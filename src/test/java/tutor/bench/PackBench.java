package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A generated pack of 50,000 exercises (one 50,000-exercise YAML file): {@code tutor pack validate}
 * and {@code tutor pack add} into an empty database, each beside the baseline of Jackson's YAML
 * parser reading the same files (YamlProbe, a fresh JVM), alternating; then the startup figures of
 * a study session once the pack is installed (sessions must not read the YAML again).
 */
final class PackBench implements Bench.Benchmark {
  static final int EXERCISES = 50_000;
  static final int SKILLS = 250;
  static final int RUNS = 8;

  @Override
  public void run(Path out) throws Exception {
    Path dir = out.resolve("pack-50k");
    Path marker = out.resolve("pack-50k.txt");
    String made = "v1 " + EXERCISES + " exercises, " + SKILLS + " skills";
    if (!Files.exists(marker) || !Files.readString(marker).equals(made)) {
      System.out.println("Generating the pack: " + made + " (once; kept in " + dir + ")...");
      Files.deleteIfExists(marker);
      BigData.writePack(BigData.pack("big50k", EXERCISES, SKILLS, 3), dir);
      Files.writeString(marker, made);
    }
    long bytes = Files.size(dir.resolve("exercises").resolve("all.yaml"));
    System.out.printf(
        Locale.ROOT,
        "%,d exercises, %d skills; exercises/all.yaml is %.1f MB%n",
        EXERCISES,
        SKILLS,
        bytes / 1e6);
    Map<String, String> env = new java.util.HashMap<>(StartupBench.env(out));
    env.put("TUTOR_CONTENT", out.resolve("no-bundled-packs").toString()); // this pack alone
    Path db = out.resolve("pack.db");
    List<String> yaml = Runs.java(List.of(), YamlProbe.class.getName(), dir.toString());
    List<Double> validate = new ArrayList<>();
    List<Double> add = new ArrayList<>();
    List<Double> base = new ArrayList<>();
    Table raw = new Table("run", "validate s", "add s", "yaml baseline s");
    for (int i = 0; i < RUNS; i++) {
      validate.add(
          Launch.run(List.of("scripts/tutor", "pack", "validate", dir.toString()), env, null)
              .seconds());
      base.add(Launch.run(yaml, env, null).seconds());
      for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(db + suffix));
      Launch.Result r =
          Launch.run(
              List.of("scripts/tutor", "--db", db.toString(), "pack", "add", dir.toString()),
              env,
              null);
      if (!r.output().contains("big50k"))
        throw new IllegalStateException("pack add failed:\n" + r.output());
      add.add(r.seconds());
      raw.row(i + 1, Runs.f(validate.get(i)), Runs.f(add.get(i)), Runs.f(base.get(i)));
    }
    double b = Runs.median(base);
    Table t =
        new Table(
            "figure", "runs", "median s", "max s", "target", "baseline median s", "ratio", "");
    t.row(
        "pack validate",
        RUNS,
        Runs.f(Runs.median(validate)),
        Runs.f(Runs.max(validate)),
        "< 5 s",
        Runs.f(b),
        Runs.ratio(Runs.median(validate), b),
        Runs.verdict(Runs.median(validate) < 5));
    t.row(
        "pack add (empty db)",
        RUNS,
        Runs.f(Runs.median(add)),
        Runs.f(Runs.max(add)),
        "< 10 s",
        Runs.f(b),
        Runs.ratio(Runs.median(add), b),
        Runs.verdict(Runs.median(add) < 10));
    t.print();
    System.out.println(
        "baseline: Jackson's YAML parser reading every token of the pack's files (YamlProbe)");
    t.writeCsv(out.resolve("pack.csv"));
    raw.writeCsv(out.resolve("pack-runs.csv"));

    fiftyMegabytes(out, env, b);

    System.out.println();
    // A learner back for more, who has read the pack's lessons: the first screen is an exercise,
    // as in the startup figures. (On a first visit it is a lesson's page, which the pager waits
    // on without a line editor, so the terminal case's marker never came and the run stopped.)
    try (tutor.store.Store store = tutor.store.Stores.open(db)) {
      long learner = store.currentLearner(BigData.NOW).id();
      for (tutor.pack.StoredSkill s : store.skills())
        store.markLessonSeen(learner, s.key(), BigData.NOW);
    }
    System.out.println(
        "Study with the 50,000-exercise pack installed (the YAML is not read again; the lessons"
            + " read):");
    List<StartupBench.Case> cases = StartupBench.cases(db).subList(0, 2);
    StartupBench.run(out, "pack-startup", cases, RUNS, env);
  }

  /**
   * Issue 19: a pack of about 50 MB made of ordinary values (the same 50,000 exercises with
   * explanations of about 700 characters) validates and installs. Fewer runs: each reads 50 MB. The
   * ratio is against the 22 MB pack's baseline above, so about 2.3 is linear in bytes.
   */
  private static void fiftyMegabytes(Path out, Map<String, String> env, double baseline22)
      throws Exception {
    Path dir = out.resolve("pack-50mb");
    Path marker = out.resolve("pack-50mb.txt");
    String made = "v1 " + EXERCISES + " exercises with long explanations";
    if (!Files.exists(marker) || !Files.readString(marker).equals(made)) {
      System.out.println("Generating the 50 MB pack (once; kept in " + dir + ")...");
      Files.deleteIfExists(marker);
      BigData.writePack(BigData.pack("big50mb", EXERCISES, SKILLS, 5, 560), dir);
      Files.writeString(marker, made);
    }
    double mb = Files.size(dir.resolve("exercises").resolve("all.yaml")) / 1e6;
    Path db = out.resolve("pack-50mb.db");
    List<Double> validate = new ArrayList<>();
    List<Double> add = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Launch.Result v =
          Launch.run(List.of("scripts/tutor", "pack", "validate", dir.toString()), env, null);
      if (!v.output().contains("ok: big50mb"))
        throw new IllegalStateException("validate failed:\n" + v.output());
      validate.add(v.seconds());
      for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(db + suffix));
      Launch.Result r =
          Launch.run(
              List.of("scripts/tutor", "--db", db.toString(), "pack", "add", dir.toString()),
              env,
              null);
      if (!r.output().contains("big50mb"))
        throw new IllegalStateException("pack add failed:\n" + r.output());
      add.add(r.seconds());
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT, "A pack of %.1f MB of ordinary values (issue 19), 3 runs each:%n", mb);
    Table t =
        new Table(
            "figure", "median s", "max s", "baseline (22 MB YAML read) s", "ratio", "target", "");
    t.row(
        "pack validate",
        Runs.f(Runs.median(validate)),
        Runs.f(Runs.max(validate)),
        Runs.f(baseline22),
        Runs.ratio(Runs.median(validate), baseline22),
        "finishes, < 15 s",
        Runs.verdict(Runs.median(validate) < 15));
    t.row(
        "pack add (empty db)",
        Runs.f(Runs.median(add)),
        Runs.f(Runs.max(add)),
        Runs.f(baseline22),
        Runs.ratio(Runs.median(add), baseline22),
        "finishes, < 30 s",
        Runs.verdict(Runs.median(add) < 30));
    t.print();
    t.writeCsv(out.resolve("pack-50mb.csv"));
  }
}
