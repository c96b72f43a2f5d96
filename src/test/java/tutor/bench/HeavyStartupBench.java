package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tutor.store.Store;
import tutor.store.Stores;

/**
 * The first exercise of a heavy learner (issue 22): the 100,000-card / 1,000,000-review database
 * with a 50,000-exercise pack installed beside, at a terminal and piped, each run beside the
 * startup probe in the same run (StartupBench). Targets: under 0.5 s at a terminal, 0.3 s piped.
 * The same again with a goal on the 100,000-card pack (what most heavy learners have).
 */
final class HeavyStartupBench implements Bench.Benchmark {
  static final int RUNS = 6;

  @Override
  public void run(Path out) throws Exception {
    Path db = out.resolve("heavy.db");
    Path marker = out.resolve("heavy.txt");
    Path big = Runs.bigDatabase(out);
    String made =
        Files.readString(out.resolve("big-100k.txt")) + " + big50k " + PackBench.EXERCISES;
    if (!Files.exists(db) || !Files.exists(marker) || !Files.readString(marker).equals(made)) {
      System.out.println(
          "Installing a pack of "
              + PackBench.EXERCISES
              + " exercises into a copy of the 100k database"
              + " (once; kept in "
              + db
              + ")...");
      Files.deleteIfExists(marker);
      Runs.copy(big, db);
      try (Store store = Stores.open(db)) {
        store.installPack(
            BigData.pack("big50k", PackBench.EXERCISES, PackBench.SKILLS, 3),
            "generated",
            "generated",
            BigData.NOW.minus(Duration.ofDays(1)));
      }
      Files.writeString(marker, made);
    }
    Path work = Runs.copy(db, out.resolve("heavy-work.db"));
    Map<String, String> env = new java.util.HashMap<>(StartupBench.env(out));
    env.put("TUTOR_CONTENT", out.resolve("no-bundled-packs").toString());
    System.out.printf(
        "%,d cards, %,d reviews, %,d + %,d exercises installed%n",
        Runs.CARDS, Runs.CARDS * Runs.REVIEWS_PER_CARD, Runs.DB_EXERCISES, PackBench.EXERCISES);
    List<String> now = List.of("--now", BigData.NOW.toString());
    List<StartupBench.Case> cases =
        new java.util.ArrayList<>(StartupBench.cases(work, now).subList(0, 2));
    // A heavy learner has goals: a start then plans them (their skills' recall summed over the
    // pack's 100,000 cards), which the first exercise waits for.
    Path withGoal = Runs.copy(db, out.resolve("heavy-goal-work.db"));
    try (Store store = Stores.open(withGoal)) {
      long learner = store.currentLearner(BigData.NOW).id();
      store
          .goals()
          .add(
              learner,
              new tutor.goal.Goal(
                  0, "big", List.of(), java.time.LocalDate.of(2026, 9, 1), 20, null, BigData.NOW));
    }
    for (StartupBench.Case c : StartupBench.cases(withGoal, now).subList(0, 2)) {
      cases.add(
          new StartupBench.Case(
              c.name() + ", a goal on the 100,000-card pack",
              c.target(),
              c.targetSeconds(),
              c.targetRatio(),
              c.tutor(),
              c.probe(),
              c.marker(),
              c.terminal()));
    }
    StartupBench.run(out, "heavy", cases, RUNS, env);
  }
}
