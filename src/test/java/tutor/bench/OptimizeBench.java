package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tutor.optimize.Evaluation;
import tutor.optimize.Item;
import tutor.optimize.Metrics;
import tutor.optimize.Optimization;
import tutor.optimize.ParameterFit;
import tutor.optimize.ReviewDays;
import tutor.optimize.RevlogEntry;
import tutor.optimize.SyntheticRevlog;
import tutor.optimize.TrainingConfig;
import tutor.optimize.TrainingItems;
import tutor.schedule.FsrsParameters;

/**
 * How long fitting 100,000 reviews takes (target: under 30 s on 2 cores), as a ratio to one pass of
 * the loss without gradients over the same items, measured in the same run; and how well the fit
 * predicts, against the weights that generated the reviews.
 */
final class OptimizeBench implements Bench.Benchmark {
  private static final int REVIEWS = 100_000;
  private static final double TARGET_SECONDS = 30;

  /**
   * A simulated learner studying 60 new cards a day for 200 days gives a little over 100k reviews.
   */
  private static final SyntheticRevlog.Plan PLAN =
      new SyntheticRevlog.Plan(SyntheticRevlog.TRUTH, 12_000, 60, 200, 100_000);

  @Override
  public void run(Path out) throws Exception {
    System.out.printf("Generating %,d reviews of a simulated learner (seeded)...%n", REVIEWS);
    List<RevlogEntry> generated = SyntheticRevlog.generate(PLAN);
    if (generated.size() < REVIEWS)
      throw new IllegalStateException("the plan gives only " + generated.size() + " reviews");
    List<RevlogEntry> log = generated.subList(0, REVIEWS); // in time order: the first 100k
    Path csv = out.resolve("optimize-100k.csv");
    Files.write(csv, SyntheticRevlog.csv(log));
    ReviewDays days = ReviewDays.startingAtUtcHour(0);

    List<Item> items = TrainingItems.fromRevlog(log, days).items();
    // Warm the JIT on the very calls measured, so that the in-process ratios compare steady states.
    for (int i = 0; i < 3; i++) Evaluation.evaluate(FsrsParameters.DEFAULT, items);
    ParameterFit.fit(items, TrainingConfig.DEFAULT);

    double build = median(3, () -> TrainingItems.fromRevlog(log, days));
    double baseline = median(5, () -> Evaluation.evaluate(FsrsParameters.DEFAULT, items));
    double fit = median(3, () -> ParameterFit.fit(items, TrainingConfig.DEFAULT));
    double optimize =
        median(1, () -> Optimization.run(items, FsrsParameters.DEFAULT, TrainingConfig.DEFAULT));
    double endToEnd = endToEnd(csv, out);

    Table timing = new Table("measure", "seconds", "ratio_to_baseline", "target_seconds");
    timing.row(
        "baseline: one pass of the loss, no gradient (Evaluation.evaluate)",
        f(baseline),
        "1.0",
        "");
    timing.row("build training items from 100k reviews", f(build), ratio(build, baseline), "");
    timing.row("fit: ParameterFit.fit, 5 epochs", f(fit), ratio(fit, baseline), "");
    timing.row(
        "optimize: held-out fit + refit on all",
        f(optimize),
        ratio(optimize, baseline),
        f(TARGET_SECONDS));
    timing.row(
        "tutor optimize --import-revlog, end to end, C1 JVM",
        f(endToEnd),
        ratio(endToEnd, baseline),
        f(TARGET_SECONDS));
    System.out.printf(
        "%d reviews, %d predicted items, %d processors available%n",
        REVIEWS, items.size(), Runtime.getRuntime().availableProcessors());
    timing.print();
    timing.writeCsv(out.resolve("optimize.csv"));
    boolean met = endToEnd < TARGET_SECONDS;
    System.out.printf(
        Locale.ROOT,
        "%nTarget: fit 100k reviews in under %.0f s: %s (%.1f s end to end).%n%n",
        TARGET_SECONDS,
        met ? "met" : "NOT met",
        endToEnd);

    Optimization.Result r = Optimization.run(items, FsrsParameters.DEFAULT, TrainingConfig.DEFAULT);
    Table quality = new Table("parameters", "log_loss_all_items", "rmse_bins_all_items");
    for (var p :
        List.of(
            new Object[] {"defaults", FsrsParameters.DEFAULT},
            new Object[] {"true (hidden) weights", SyntheticRevlog.TRUTH},
            new Object[] {
              "fitted (" + r.verdict().name().toLowerCase(Locale.ROOT) + ")", r.adopted()
            })) {
      Metrics m = Evaluation.evaluate((FsrsParameters) p[1], items);
      quality.row(p[0], f4(m.logLoss()), f4(m.rmseBins()));
    }
    quality.print();
    quality.writeCsv(out.resolve("optimize-quality.csv"));
    System.out.printf(
        Locale.ROOT,
        "Held-out newest 20%%: log loss %.4f (defaults) -> %.4f (fitted).%n",
        r.before().logLoss(),
        r.after().logLoss());
    System.out.println("Largest gap between fitted and true weights: " + largestGap(r.adopted()));
  }

  private static String largestGap(FsrsParameters fitted) {
    double[] a = fitted.toArray();
    double[] t = SyntheticRevlog.TRUTH.toArray();
    int worst = 0;
    for (int i = 0; i < a.length; i++)
      if (Math.abs(a[i] - t[i]) > Math.abs(a[worst] - t[worst])) worst = i;
    return String.format(
        Locale.ROOT,
        "w%d fitted %.3f, true %.3f (fitted: %s)",
        worst,
        a[worst],
        t[worst],
        Arrays.toString(Arrays.stream(a).map(v -> Math.round(v * 1000) / 1000.0).toArray()));
  }

  /** The real command in a fresh JVM with the flags scripts/tutor uses, timed from outside. */
  private static double endToEnd(Path csv, Path out) throws Exception {
    Path db = out.resolve("optimize-bench.db");
    Files.deleteIfExists(db);
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "tutor.cli.Main",
                "--db",
                db.toString(),
                "optimize",
                "--import-revlog",
                csv.toString(),
                "--dry-run"));
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(out.resolve("optimize-cli.txt").toFile())
            .start();
    int code = p.waitFor();
    double s = (System.nanoTime() - start) / 1e9;
    if (code != 0)
      throw new IllegalStateException(
          "tutor optimize failed, see " + out.resolve("optimize-cli.txt"));
    return s;
  }

  /** Median of {@code runs} timed runs. */
  private static double median(int runs, Runnable work) {
    double[] t = new double[runs];
    for (int i = 0; i < t.length; i++) {
      long start = System.nanoTime();
      work.run();
      t[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(t);
    return t[runs / 2];
  }

  private static String f(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }

  private static String f4(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String ratio(double a, double baseline) {
    return String.format(Locale.ROOT, "%.1f", a / baseline);
  }
}
