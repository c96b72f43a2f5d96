package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pick}: choosing the next exercise, p50 and p99 over 1,000 picks; {@code answer}: recording
 * an answer (review log, card, mastery; one transaction), p50 and p99 over 5,000 answers. Both in a
 * real study session (SessionDriver, in a JVM with tutor's own flags) on a copy of the database in
 * which the learner has 100,000 cards and 1,000,000 reviews. Each is beside a baseline timed right
 * after it: the due cards read through an index, and one committed one-row write.
 */
final class SessionBench implements Bench.Benchmark {
  private final boolean pick;

  SessionBench(boolean pick) {
    this.pick = pick;
  }

  @Override
  public void run(Path out) throws Exception {
    Path db = Runs.copy(Runs.bigDatabase(out), out.resolve("session-work.db"));
    int exercises =
        pick ? 1_000 : 5_000; // each is followed by a pick (the last one's is not answered)
    Path times = out.resolve("session-times.txt");
    long t0 = System.nanoTime();
    Runs.run(
        Runs.java(
            Runs.TUTOR_FLAGS,
            SessionDriver.class.getName(),
            db.toString(),
            Integer.toString(exercises),
            times.toString()),
        out.resolve("session-driver.log"));
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, List<Double>> ms = new HashMap<>();
    String answered = "";
    for (String line : Files.readAllLines(times)) {
      String[] p = line.split(" ");
      if (p[0].equals("answered")) answered = p[1];
      else ms.computeIfAbsent(p[0], k -> new ArrayList<>()).add(Long.parseLong(p[1]) / 1e6);
    }
    String what = pick ? "pick" : "answer";
    List<Double> a = ms.get(what);
    List<Double> base = ms.get(what + "Base");
    System.out.printf(
        "%d cards, %d reviews; %s exercises answered in one session (%.0f s with setup)%n",
        Runs.CARDS, Runs.CARDS * Runs.REVIEWS_PER_CARD, answered, seconds);
    Table t = new Table("figure", "n", "ms", "target ms", "baseline ms", "ratio", "");
    double p50 = Runs.quantile(a, 0.5);
    double p99 = Runs.quantile(a, 0.99);
    double b50 = Runs.quantile(base, 0.5);
    double b99 = Runs.quantile(base, 0.99);
    String baseName = pick ? "due cards read by index" : "one committed one-row write";
    if (pick) {
      t.row("pick p50", a.size(), Runs.f(p50), "-", Runs.f(b50), Runs.ratio(p50, b50), "");
      t.row(
          "pick p99",
          a.size(),
          Runs.f(p99),
          "< 2",
          Runs.f(b99),
          Runs.ratio(p99, b99),
          Runs.verdict(p99 < 2));
    } else {
      t.row(
          "answer p50",
          a.size(),
          Runs.f(p50),
          "< 1",
          Runs.f(b50),
          Runs.ratio(p50, b50),
          Runs.verdict(p50 < 1));
      t.row(
          "answer p99",
          a.size(),
          Runs.f(p99),
          "< 20",
          Runs.f(b99),
          Runs.ratio(p99, b99),
          Runs.verdict(p99 < 20));
    }
    t.row("max", a.size(), Runs.f(Runs.max(a)), "-", Runs.f(Runs.max(base)), "-", "");
    t.print();
    System.out.println("baseline: " + baseName + ", timed right after each " + what);
    t.writeCsv(out.resolve(what + ".csv"));
  }
}
