package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of {@code scripts/bench NAME}: runs one benchmark (or all), each printing a table and
 * writing CSV under target/bench/. Benchmarks live in test code: they are evidence, not product.
 */
public final class Bench {
  /** A benchmark: writes its table to standard output and its CSV files into {@code out}. */
  interface Benchmark {
    void run(Path out) throws Exception;
  }

  private static final Map<String, Benchmark> ALL = new LinkedHashMap<>();

  static {
    ALL.put("optimize", new OptimizeBench());
    ALL.put("simulate", new SimulateBench());
    ALL.put("e2e-simulate", new EndToEndBench());
    ALL.put("reports", new ReportsBench());
    ALL.put("startup", new StartupBench());
    ALL.put("pick", new SessionBench(true));
    ALL.put("answer", new SessionBench(false));
    ALL.put("pack", new PackBench());
    ALL.put("yaml", new YamlScalingBench());
    ALL.put("memory", new MemoryBench());
    ALL.put("heavy", new HeavyStartupBench());
    ALL.put("data", new DataBench(true));
    ALL.put("stats-due", new DataBench(false));
    ALL.put("verify", new VerifyBench());
    ALL.put("verdicts", new VerdictsBench());
  }

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !(ALL.containsKey(args[0]) || args[0].equals("all"))) {
      System.err.println(
          "usage: scripts/bench NAME, with NAME one of: "
              + String.join(", ", ALL.keySet())
              + ", all");
      System.exit(2);
    }
    Path out = Path.of("target", "bench");
    Files.createDirectories(out);
    // stats-due is a part of data, on its own for a quick run
    List<String> names =
        args[0].equals("all")
            ? ALL.keySet().stream().filter(n -> !n.equals("stats-due")).toList()
            : List.of(args[0]);
    for (String name : names) {
      System.out.println("== " + name + " ==");
      ALL.get(name).run(out);
      System.out.println();
    }
  }
}
