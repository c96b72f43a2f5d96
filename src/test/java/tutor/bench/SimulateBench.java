package tutor.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import tutor.pack.StoredExercise;

/**
 * Simulated learners ({@link SimulatedLearner}) study the real packs in content/ for 90 days, with
 * a daily time budget of 5, 10 or 15 minutes, under four policies: tutor's picker, FSRS with new
 * cards in pack order (Anki with FSRS), SM-2 with Anki's defaults, and random order. Every policy
 * sees the same learners (same seeds, same hidden parameters); what differs is only what each
 * policy chooses to show. Set -Dbench.minutes=10 (or 5,10) to run other budgets.
 */
final class SimulateBench implements Bench.Benchmark {
  static final int LEARNERS = 20;
  static final int DAYS = 90;
  static final List<Integer> BUDGETS_MINUTES =
      java.util.Arrays.stream(System.getProperty("bench.minutes", "5,10,15").split(","))
          .map(String::strip)
          .map(Integer::valueOf)
          .toList();
  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  /** The day (1-based) at which the mastered skills' true recall is measured, at its start. */
  static final int CHECK_DAY = 30;

  /**
   * One learner's 90 days under one policy. At the end of day {@link #CHECK_DAY} (the next morning,
   * before studying): the true mean recall of the skills truly learned, and how many skills the
   * policy itself counted as mastered and their true mean recall (NaN when the policy has no notion
   * of mastery).
   */
  record Run(
      int[] learnedByDay,
      double minutes,
      int answers,
      double retention90,
      double recalled90,
      double recallLearned30,
      double counted30,
      double recallCounted30) {}

  private static Map<String, BiFunction<Curriculum, Long, Policy>> policies() {
    Map<String, BiFunction<Curriculum, Long, Policy>> p = new LinkedHashMap<>();
    p.put("tutor picker", TutorPolicy::new);
    p.put("FSRS, pack order (Anki+FSRS)", AnkiQueuePolicy::fsrs);
    p.put("SM-2, Anki defaults", AnkiQueuePolicy::sm2);
    p.put("BKT mastery learning", BktPolicy::new);
    p.put("random order", RandomPolicy::new);
    return p;
  }

  private static final Map<String, Character> SYMBOLS = new LinkedHashMap<>();

  static {
    SYMBOLS.put("tutor picker", 'T');
    SYMBOLS.put("FSRS, pack order (Anki+FSRS)", 'F');
    SYMBOLS.put("SM-2, Anki defaults", 'S');
    SYMBOLS.put("BKT mastery learning", 'B');
    SYMBOLS.put("random order", 'R');
  }

  @Override
  public void run(Path out) throws Exception {
    Curriculum c = Curriculum.load(Path.of("content"));
    Table summary = summaryTable();
    Table daily = new Table("budget_minutes", "day", "policy", "mean_skills_mastered");
    for (int minutes : BUDGETS_MINUTES) {
      Duration budget = Duration.ofMinutes(minutes);
      System.out.printf(
          "%d simulated learners x %d days, at most %d minutes a day; %d skills, %d exercises"
              + " (the packs in content/).%n%n",
          LEARNERS, DAYS, minutes, c.skills().size(), c.exercises().size());
      Map<String, List<Run>> runs = new LinkedHashMap<>();
      for (Map.Entry<String, BiFunction<Curriculum, Long, Policy>> p : policies().entrySet()) {
        List<Run> list = new ArrayList<>();
        for (long seed = 1; seed <= LEARNERS; seed++) {
          list.add(
              simulate(
                  c,
                  new SimulatedLearner(seed, c.skillsByKey()),
                  p.getValue().apply(c, seed),
                  budget));
        }
        runs.put(p.getKey(), list);
      }
      Table table = summaryTable();
      runs.forEach(
          (name, list) -> {
            summaryRow(table, minutes, name, list, c);
            summaryRow(summary, minutes, name, list, c);
          });
      table.print();
      Map<String, double[]> curves = new LinkedHashMap<>();
      runs.forEach(
          (name, list) -> {
            double[] mean = new double[DAYS];
            for (Run r : list)
              for (int d = 0; d < DAYS; d++) mean[d] += r.learnedByDay()[d] / (double) list.size();
            curves.put(name, mean);
            for (int d = 0; d < DAYS; d++)
              daily.row(minutes, d + 1, name, String.format(Locale.ROOT, "%.2f", mean[d]));
          });
      System.out.println();
      System.out.println(
          AsciiChart.draw(
              curves,
              SYMBOLS,
              c.skills().size(),
              13,
              "Skills truly mastered, mean of "
                  + LEARNERS
                  + " learners, "
                  + minutes
                  + " minutes a day",
              "day"));
      System.out.println();
    }
    summary.writeCsv(out.resolve("simulate.csv"));
    daily.writeCsv(out.resolve("simulate-days.csv"));
    System.out.println(
        "CSV: " + out.resolve("simulate.csv") + ", " + out.resolve("simulate-days.csv"));
  }

  private static Table summaryTable() {
    return new Table(
        "budget_min",
        "policy",
        "mastered_day30",
        "sd_day30",
        "true_recall_mastered_day30",
        "counted_mastered_day30",
        "true_recall_counted_day30",
        "mastered_day90",
        "sd_day90",
        "retention_day90",
        "recalled_day90",
        "minutes",
        "answers",
        "answers_per_mastered_skill");
  }

  private static void summaryRow(Table t, int minutes, String name, List<Run> list, Curriculum c) {
    double[] d30 = list.stream().mapToDouble(r -> r.learnedByDay()[29]).toArray();
    double[] d90 = list.stream().mapToDouble(r -> r.learnedByDay()[DAYS - 1]).toArray();
    double answers = mean(list.stream().mapToDouble(Run::answers).toArray());
    double[] counted = list.stream().mapToDouble(Run::counted30).toArray();
    t.row(
        minutes,
        name,
        f1(mean(d30)),
        f1(sd(d30)),
        f3(nanMean(list.stream().mapToDouble(Run::recallLearned30).toArray())),
        Double.isNaN(mean(counted)) ? "-" : f1(mean(counted)),
        f3(nanMean(list.stream().mapToDouble(Run::recallCounted30).toArray())),
        f1(mean(d90)),
        f1(sd(d90)),
        String.format(
            Locale.ROOT, "%.3f", mean(list.stream().mapToDouble(Run::retention90).toArray())),
        f1(mean(list.stream().mapToDouble(Run::recalled90).toArray())),
        String.format(Locale.ROOT, "%.0f", mean(list.stream().mapToDouble(Run::minutes).toArray())),
        String.format(Locale.ROOT, "%.0f", answers),
        f1(answers / Math.max(mean(d90), 1e-9)));
  }

  private static double mean(double[] v) {
    return java.util.Arrays.stream(v).average().orElse(0);
  }

  /** Mean of the numbers that are not NaN; NaN when none is. */
  private static double nanMean(double[] v) {
    return java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN);
  }

  private static String f3(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static double sd(double[] v) {
    double m = mean(v);
    return Math.sqrt(
        java.util.Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / Math.max(1, v.length - 1));
  }

  /**
   * One learner under one policy, day by day: each day's session runs until the budget is spent.
   */
  static Run simulate(Curriculum c, SimulatedLearner learner, Policy policy, Duration budget) {
    int[] learned = new int[DAYS];
    long millis = 0;
    int answers = 0;
    double recallLearned30 = Double.NaN;
    double counted30 = Double.NaN;
    double recallCounted30 = Double.NaN;
    for (int day = 0; day < DAYS; day++) {
      Instant start = START.plus(Duration.ofDays(day));
      if (day == CHECK_DAY) {
        recallLearned30 = learner.meanRecall(learner.learnedSkills(), start);
        java.util.Optional<java.util.Set<tutor.pack.SkillKey>> counted = policy.countedMastered();
        if (counted.isPresent()) {
          counted30 = counted.get().size();
          recallCounted30 = learner.meanRecall(counted.get(), start);
        }
      }
      Instant now = start;
      policy.newDay(start);
      while (Duration.between(start, now).compareTo(budget) < 0) {
        Optional<StoredExercise> e = policy.next(now);
        if (e.isEmpty()) break;
        SimulatedLearner.Answer a = learner.answer(e.get(), now);
        now = now.plusMillis(a.millis());
        policy.answered(e.get(), a.right(), a.millis(), now);
        millis += a.millis();
        answers++;
      }
      learned[day] = learner.learnedCount();
    }
    Instant end = START.plus(Duration.ofDays(DAYS));
    double recalled = learner.expectedRecalled(end);
    double retention = learner.learnedCount() == 0 ? 0 : recalled / learner.learnedCount();
    return new Run(
        learned,
        millis / 60_000.0,
        answers,
        retention,
        recalled,
        recallLearned30,
        counted30,
        recallCounted30);
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
