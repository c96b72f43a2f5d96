package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tutor.packfile.YamlTree;

/**
 * How reading one long YAML value scales with its length (issue 19: SnakeYAML's reader made it
 * quadratic, 8 MB took over a minute). One value of 128 K to 1 M characters (the limit), without a
 * space (the worst case for the scanner), quoted and as a block; then one over the limit, which
 * must be refused as quickly. The figure is the time ratio per doubling of the length: about 2 is
 * linear, about 4 is quadratic. Timings stay here, never in unit tests.
 */
final class YamlScalingBench implements Bench.Benchmark {
  static final int RUNS = 9;
  static final int[] SIZES = {128 * 1024, 256 * 1024, 512 * 1024, 1024 * 1024};

  @Override
  public void run(Path out) throws Exception {
    Path dir = out.resolve("yaml-scaling");
    Files.createDirectories(dir);
    Table t = new Table("value", "chars", "fastest ms", "ratio to previous");
    Table summary = new Table("style", "ratio per doubling (128K..8M)", "target", "met");
    for (String style : List.of("quoted", "block")) {
      double first = 0;
      double previous = 0;
      double last = 0;
      for (int size : SIZES) {
        double ms = fastestMs(write(dir, style, size));
        t.row(style, size, Runs.f(ms), previous == 0 ? "-" : Runs.ratio(ms, previous));
        if (first == 0) first = ms;
        previous = ms;
        last = ms;
      }
      double over = fastestMs(write(dir, style, 8 * 1024 * 1024));
      t.row(style + " (refused)", 8 * 1024 * 1024, Runs.f(over), Runs.ratio(over, last));
      // Over six doublings (128 K to 8 M) the noise of one short run matters little.
      double perDoubling = Math.pow(over / first, 1.0 / 6);
      summary.row(
          style,
          String.format(Locale.ROOT, "%.2f", perDoubling),
          "< 2.8 (linear ~2)",
          Runs.verdict(perDoubling < 2.8));
    }
    t.print();
    System.out.println();
    summary.print();
    t.writeCsv(out.resolve("yaml-scaling.csv"));
    summary.writeCsv(out.resolve("yaml-scaling-summary.csv"));
  }

  private static Path write(Path dir, String style, int size) throws Exception {
    String value = "x".repeat(size);
    String yaml =
        style.equals("quoted") ? "prompt: \"" + value + "\"\n" : "prompt: |\n  " + value + "\n";
    Path f = dir.resolve(style + "-" + size + ".yaml");
    Files.writeString(f, yaml);
    return f;
  }

  private static double fastestMs(Path file) {
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < RUNS + 3; i++) {
      long start = System.nanoTime();
      try {
        YamlTree.read(file);
      } catch (tutor.packfile.PackException e) {
        if (!e.getMessage().contains("the limit is"))
          throw new IllegalStateException(e.getMessage());
      }
      if (i >= 3) ms.add((System.nanoTime() - start) / 1e6); // the first three warm the JIT
    }
    return ms.stream()
        .mapToDouble(Double::doubleValue)
        .min()
        .orElseThrow(); // the least disturbed run
  }
}
