package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tutor.authoring.LearnerAnswers;

/**
 * How the bundled packs grade the learner-answer set (src/test/resources/learner-answers): per
 * pack, the share of correct answers accepted and the wrong answers accepted or offered as near
 * misses, then every answer graded otherwise than intended. Rounds 1-3 and round 4 (written unseen
 * by another hand; round 4 also for the SQL pack and the shell pack's regex exercises), round 5
 * round 6, round 7, round 8, round 9 and round 10 are reported apart. Writes
 * target/bench/verdicts.csv.
 */
final class VerdictsBench implements Bench.Benchmark {
  @Override
  public void run(Path out) throws Exception {
    List<String> csv =
        new ArrayList<>(
            List.of("pack,correct,accepted,declined,wrong,wrong_accepted,wrong_offered"));
    List<String> misses = new ArrayList<>();
    List<Path> sets = new ArrayList<>();
    for (String pack : List.of("git", "unix-shell")) {
      sets.add(LearnerAnswers.SETS.resolve(pack + ".yaml"));
      sets.add(LearnerAnswers.ROUND4.resolve(pack + ".yaml"));
    }
    sets.add(LearnerAnswers.ROUND4.resolve("sql.yaml"));
    sets.add(LearnerAnswers.ROUND4.resolve("regex.yaml"));
    // Round 5 was written with the keys in view: reported apart, as a bug hunt, not a rate.
    for (String set : List.of("git", "unix-shell", "sql", "regex"))
      sets.add(LearnerAnswers.ROUND5.resolve(set + ".yaml"));
    // Round 6, written unseen from the masked prompts, every exercise but the flashcards.
    for (String set : List.of("git", "unix-shell", "sql", "regex"))
      sets.add(LearnerAnswers.ROUND6.resolve(set + ".yaml"));
    // Round 7, written unseen by a fresh hand, every exercise but the flashcards.
    for (String set : List.of("git", "unix-shell", "sql", "regex"))
      sets.add(LearnerAnswers.ROUND7.resolve(set + ".yaml"));
    // Round 8, written unseen by a fresh hand, larger where earlier rounds were thin.
    for (String set : List.of("git", "unix-shell", "sql", "regex"))
      sets.add(LearnerAnswers.ROUND8.resolve(set + ".yaml"));
    // Round 9, written unseen by a fresh hand, with the lessons beside the masked prompts.
    for (String set : List.of("git", "unix-shell", "sql", "regex"))
      sets.add(LearnerAnswers.ROUND9.resolve(set + ".yaml"));
    // Round 10, written unseen, the same way as round 9.
    for (String set : List.of("git", "unix-shell", "sql", "regex"))
      sets.add(LearnerAnswers.ROUND10.resolve(set + ".yaml"));
    for (Path set : sets) {
      if (!Files.isRegularFile(set)) continue;
      LearnerAnswers.Result r = LearnerAnswers.grade(LearnerAnswers.packOf(set), set);
      LearnerAnswers.Figures f = r.figures();
      System.out.println(f.line());
      csv.add(
          String.join(
              ",",
              f.pack().replace(' ', '-'),
              "" + f.correct(),
              "" + f.accepted(),
              "" + f.declined(),
              "" + f.wrong(),
              "" + f.wrongAccepted(),
              "" + f.wrongOffered()));
      misses.addAll(r.problems());
      for (LearnerAnswers.Verdict v : r.verdicts()) {
        if (v.asIntended()) continue;
        String what =
            v.correct()
                ? (v.declined() ? "declined" : "correct, rejected")
                : v.accepted()
                    ? "WRONG, ACCEPTED"
                    : v.almost() ? "slip, not offered" : "WRONG, OFFERED";
        misses.add(f.pack() + "  " + v.exerciseId() + "  " + what + ": " + v.shown());
      }
    }
    if (!misses.isEmpty()) {
      System.out.println();
      misses.forEach(System.out::println);
    }
    Files.write(out.resolve("verdicts.csv"), csv);
  }
}
