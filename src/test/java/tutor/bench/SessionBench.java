package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code pick}: choosing the next exercise, p50 and p99 over 1,000 picks; {@code answer}: recording
 * an answer (review log, card, mastery; one transaction), p50 and p99 over 5,000 answers. Both in a
 * real study session (SessionDriver, in a JVM with tutor's own flags) on a copy of the database in
 * which the learner has 100,000 cards and 1,000,000 reviews. Each is beside a baseline timed right
 * after it: the due cards read through an index, and one committed one-row write.
 *
 * <p>{@code pick} runs a second session on a copy whose learning steps are due days later: its
 * 1,000 picks are the 49,000 due reviews, which the picker reads from the store a page at a time,
 * most at risk first (pages of 32 rows growing to 4,096), so the pages read while a session goes on
 * are timed too; the first session's picks are mostly the 8,300 learning steps due.
 */
final class SessionBench implements Bench.Benchmark {
  private final boolean pick;

  SessionBench(boolean pick) {
    this.pick = pick;
  }

  /** One session's times in ms by what was timed, how many it answered and its picks' reasons. */
  private record Session(
      Map<String, List<Double>> ms,
      String answered,
      Map<String, Integer> reasons,
      Map<String, Integer> storeCalls,
      double seconds) {}

  @Override
  public void run(Path out) throws Exception {
    Path db = Runs.copy(Runs.bigDatabase(out), out.resolve("session-work.db"));
    int exercises =
        pick ? 1_000 : 5_000; // each is followed by a pick (the last one's is not answered)
    Session s = drive(db, exercises, out);
    System.out.printf(
        "%d cards, %d reviews; %s exercises answered in one session (%.0f s with setup); picked"
            + " %s%n",
        Runs.CARDS, Runs.CARDS * Runs.REVIEWS_PER_CARD, s.answered, s.seconds, s.reasons);
    String what = pick ? "pick" : "answer";
    Table t = new Table("figure", "n", "ms", "target ms", "baseline ms", "ratio", "");
    if (pick) {
      System.out.println("store calls inside picks (not read ahead): " + s.storeCalls);
      rows(t, "pick", s, "");
      cpuRows(t, s, "");
      Session backlog = drive(stepsLater(Runs.bigDatabase(out), out), exercises, out);
      System.out.printf(
          "the same, learning steps due days later: %s answered (%.0f s); picked %s%n",
          backlog.answered, backlog.seconds, backlog.reasons);
      System.out.println("store calls inside picks (not read ahead): " + backlog.storeCalls);
      rows(t, "pick", backlog, ", reviews paged");
      cpuRows(t, backlog, ", reviews paged");
    } else {
      rows(t, "answer", s, "");
    }
    t.print();
    System.out.println(
        "baseline: "
            + (pick ? "due cards read by index" : "one committed one-row write")
            + ", timed right after each "
            + what);
    t.writeCsv(out.resolve(what + ".csv"));
  }

  private void rows(Table t, String what, Session s, String label) {
    List<Double> a = s.ms.get(what);
    List<Double> base = s.ms.get(what + "Base");
    double p50 = Runs.quantile(a, 0.5);
    double p99 = Runs.quantile(a, 0.99);
    double b50 = Runs.quantile(base, 0.5);
    double b99 = Runs.quantile(base, 0.99);
    boolean isPick = what.equals("pick");
    t.row(
        what + " p50" + label,
        a.size(),
        Runs.f(p50),
        isPick ? "-" : "< 1",
        Runs.f(b50),
        Runs.ratio(p50, b50),
        isPick ? "" : Runs.verdict(p50 < 1));
    double target = isPick ? 2 : 20;
    t.row(
        what + " p99" + label,
        a.size(),
        Runs.f(p99),
        "< " + Runs.f(target),
        Runs.f(b99),
        Runs.ratio(p99, b99),
        Runs.verdict(p99 < target));
    t.row("max" + label, a.size(), Runs.f(Runs.max(a)), "-", Runs.f(Runs.max(base)), "-", "");
  }

  /**
   * A pick's and its baseline's CPU time on the session's thread: what load on the machine changes
   * less than the clock's (a pick waiting for the CPU shows in the clock's p99 only).
   */
  private void cpuRows(Table t, Session s, String label) {
    List<Double> a = s.ms.get("pickCpu");
    List<Double> base = s.ms.get("pickBaseCpu");
    for (double q : new double[] {0.5, 0.99}) {
      double v = Runs.quantile(a, q);
      double b = Runs.quantile(base, q);
      t.row(
          "pick CPU p" + Math.round(q * 100) + label,
          a.size(),
          Runs.f(v),
          "-",
          Runs.f(b),
          Runs.ratio(v, b),
          "");
    }
  }

  private static Session drive(Path db, int exercises, Path out) throws Exception {
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
    Map<String, List<Double>> ms = new TreeMap<>();
    Map<String, Integer> reasons = new TreeMap<>();
    Map<String, Integer> storeCalls = new TreeMap<>();
    String answered = "";
    for (String line : Files.readAllLines(times)) {
      String[] p = line.split(" ");
      if (p[0].equals("answered")) answered = p[1];
      else if (p[0].equals("reason")) reasons.merge(p[1], 1, Integer::sum);
      else if (p[0].equals("storeCall")) storeCalls.put(p[1], Integer.parseInt(p[2]));
      else ms.computeIfAbsent(p[0], k -> new ArrayList<>()).add(Long.parseLong(p[1]) / 1e6);
    }
    return new Session(ms, answered, reasons, storeCalls, seconds);
  }

  /**
   * A fresh copy of {@code db} whose learning steps are due three days after the benchmarks' now:
   * what is due then is the review backlog alone.
   */
  private static Path stepsLater(Path db, Path out) throws Exception {
    Path later = Runs.copy(db, out.resolve("session-backlog.db"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + later.toAbsolutePath());
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE cards SET due = ? WHERE phase IN ('learning', 'relearning')")) {
      ps.setLong(1, BigData.NOW.plus(java.time.Duration.ofDays(3)).toEpochMilli());
      ps.executeUpdate();
    }
    return later;
  }
}
