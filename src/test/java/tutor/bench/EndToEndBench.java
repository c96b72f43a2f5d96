package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code scripts/bench e2e-simulate}: {@link EndToEndSimulation} at scale, modelled learners and
 * random guessers studying the bundled packs through {@code tutor study --jsonl} for 30 simulated
 * days. Counts and rates, no timings. -Dbench.learners=N (each studies twice: learning only by
 * answering, and reading lessons too, the same person; -Dbench.readers=N for fewer readers),
 * -Dbench.guessers=N, -Dbench.days=N, -Dbench.minutes=N change the run; each learner's database and
 * daily transcripts stay under target/bench/e2e/.
 */
final class EndToEndBench implements Bench.Benchmark {
  private static int option(String name, int fallback) {
    return Integer.parseInt(System.getProperty("bench." + name, String.valueOf(fallback)));
  }

  @Override
  public void run(Path out) throws Exception {
    int learners = option("learners", 20);
    int readers = option("readers", learners);
    int guessers = option("guessers", 8);
    int choiceGuessers = option("choice-guessers", 8);
    int days = option("days", 30);
    int minutes = option("minutes", 10);
    Path work = out.resolve("e2e");
    if (Files.exists(work)) { // the transcripts of an earlier run would mislead
      try (var paths = Files.walk(work)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    EndToEndSimulation sim = new EndToEndSimulation(Path.of("content"), work);
    System.out.printf(
        "%d simulated learners (each twice: without and with lessons), %d random guessers and %d random guessers on choices alone x %d"
            + " days, %d minutes a day, through tutor study --jsonl; %d skills, %d exercises"
            + " (content/).%n%n",
        learners,
        guessers,
        choiceGuessers,
        days,
        minutes,
        sim.curriculum().skills().size(),
        sim.curriculum().exercises().size());
    List<EndToEndSimulation.Run> runs = new ArrayList<>();
    // the same seeds as the modelled learners: the same people, reading the lessons
    for (long seed = 1; seed <= readers; seed++) {
      EndToEndSimulation.Learner who = EndToEndSimulation.Learner.reader(seed);
      EndToEndSimulation.Run r = sim.run(who, days, minutes, work.resolve(who.kind() + "-" + seed));
      runs.add(r);
      for (String v : r.violations) System.out.println("  " + who.kind() + " " + seed + ", " + v);
    }
    for (long seed = 1; seed <= learners + guessers + choiceGuessers; seed++) {
      EndToEndSimulation.Learner who =
          seed <= learners
              ? EndToEndSimulation.Learner.modelled(seed)
              : seed <= learners + guessers
                  ? EndToEndSimulation.Learner.guesser(seed)
                  : EndToEndSimulation.Learner.choiceGuesser(seed);
      EndToEndSimulation.Run r = sim.run(who, days, minutes, work.resolve(who.kind() + "-" + seed));
      runs.add(r);
      for (String v : r.violations) System.out.println("  " + who.kind() + " " + seed + ", " + v);
    }
    Table t =
        new Table(
            "learners",
            "n",
            "answers",
            "recorded",
            "violations",
            "new_served",
            "new_right",
            "new_predicted",
            "first_of_skill_served",
            "first_right",
            "first_predicted",
            "later_new_right",
            "later_new_predicted",
            "target",
            "new_under_hysteresis",
            "skill_days_shown_mastered",
            "of_those_not_learned",
            "learners_ever_shown_falsely",
            "first_false_day_mean",
            "longest_false_run_days",
            "mastered_said_in_sessions",
            "of_those_not_learned",
            "learned_at_end",
            "shown_mastered_at_end",
            "wrong_answers_accepted",
            "skipped",
            "leeches_suspended",
            "right_overall",
            "reviews_served",
            "reviews_right",
            "learning_steps_served",
            "steps_right",
            "lessons_read",
            "lessons_asked_after_misses",
            "longest_new_miss_run_one_skill",
            "runs_over_" + EndToEndSimulation.MAX_NEW_MISSES_IN_A_ROW,
            "longest_miss_run",
            "skills_begun_prereq_not_truly_learned",
            "skills_begun_prereq_not_shown_mastered");
    row(
        t,
        "modelled, no lessons",
        runs.stream().filter(r -> r.learner.kind().equals("learner")).toList());
    row(
        t,
        "modelled, reading lessons",
        runs.stream().filter(r -> r.learner.kind().equals("reader")).toList());
    row(
        t,
        "random guessers",
        runs.stream().filter(r -> r.learner.kind().equals("guesser")).toList());
    row(t, "choice guessers", runs.stream().filter(r -> r.learner.skipsTyped()).toList());
    t.print();
    t.writeCsv(out.resolve("e2e-simulate.csv"));
    System.out.println("\nCSV: " + out.resolve("e2e-simulate.csv") + "; transcripts under " + work);
  }

  private static void row(Table t, String name, List<EndToEndSimulation.Run> runs) {
    if (runs.isEmpty()) return;
    int answers = 0, recorded = 0, violations = 0, newServed = 0, newRight = 0, hysteresis = 0;
    int shown = 0, falseShown = 0, ever = 0, firstSum = 0, longest = 0, learned = 0, shownEnd = 0;
    int wrongAccepted = 0;
    double predicted = 0, target = 0, firstPredicted = 0;
    int first = 0, firstRight = 0;
    for (EndToEndSimulation.Run r : runs) {
      answers += r.answersGiven;
      recorded += r.answersRecorded;
      violations += r.violations.size();
      newServed += r.newServed;
      newRight += r.newRight;
      predicted += r.newPredicted;
      first += r.firstServed;
      firstRight += r.firstRight;
      firstPredicted += r.firstPredicted;
      hysteresis += r.hysteresisNew;
      shown += r.masteredSkillDays;
      falseShown += r.falseMasteredSkillDays;
      if (r.firstFalseMasteryDay > 0) {
        ever++;
        firstSum += r.firstFalseMasteryDay;
      }
      longest = Math.max(longest, r.longestFalseMastery);
      learned += r.learnedAtEnd;
      shownEnd += r.shownMasteredAtEnd;
      wrongAccepted += r.wrongAccepted;
      target = r.targetSuccess;
    }
    int n = runs.size();
    t.row(
        name,
        n,
        answers,
        recorded,
        violations,
        newServed,
        rate(newRight, newServed),
        f2(predicted, newServed),
        first,
        rate(firstRight, first),
        f2(firstPredicted, first),
        rate(newRight - firstRight, newServed - first),
        f2(predicted - firstPredicted, newServed - first),
        String.format(Locale.ROOT, "%.2f", target),
        hysteresis,
        shown,
        falseShown + " (" + rate(falseShown, shown) + ")",
        ever + " of " + n,
        ever == 0 ? "-" : String.format(Locale.ROOT, "%.1f", firstSum / (double) ever),
        longest,
        runs.stream().mapToInt(r -> r.masteredAnnounced).sum(),
        runs.stream().mapToInt(r -> r.falseMasteredAnnounced).sum(),
        String.format(Locale.ROOT, "%.1f", learned / (double) n),
        String.format(Locale.ROOT, "%.1f", shownEnd / (double) n),
        wrongAccepted,
        runs.stream().mapToInt(r -> r.skipped).sum(),
        runs.stream().mapToInt(r -> r.suspended).sum(),
        rate(runs.stream().mapToInt(r -> r.rightAnswers).sum(), answers),
        runs.stream().mapToInt(r -> r.reviewsServed).sum(),
        rate(
            runs.stream().mapToInt(r -> r.reviewsRight).sum(),
            runs.stream().mapToInt(r -> r.reviewsServed).sum()),
        runs.stream().mapToInt(r -> r.stepsServed).sum(),
        rate(
            runs.stream().mapToInt(r -> r.stepsRight).sum(),
            runs.stream().mapToInt(r -> r.stepsServed).sum()),
        runs.stream().mapToInt(r -> r.lessonsRead).sum(),
        runs.stream().mapToInt(r -> r.lessonsAsked).sum(),
        runs.stream().mapToInt(r -> r.longestNewMissRun).max().orElse(0),
        runs.stream().mapToInt(r -> r.discouragingRuns).sum(),
        runs.stream().mapToInt(r -> r.longestMissRun).max().orElse(0),
        runs.stream().mapToInt(r -> r.firstBeforeTrulyReady).sum(),
        runs.stream().mapToInt(r -> r.firstBeforePrereqMastered).sum());
  }

  private static String f2(double sum, int n) {
    return n == 0 ? "-" : String.format(Locale.ROOT, "%.2f", sum / n);
  }

  private static String rate(int k, int n) {
    return n == 0 ? "-" : String.format(Locale.ROOT, "%.3f", k / (double) n);
  }
}
