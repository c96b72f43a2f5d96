package tutor.grade;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import tutor.pack.Exercise;
import tutor.pack.Fixture;

/**
 * Runs answers that are graded by running them (SQL on a fixture, a regular expression on strings).
 * The kinds that need it ask {@link #installed}; the implementation lives outside the pure core
 * (tutor.run, registered as a service), since it runs SQLite and watches the time.
 */
public interface AnswerRunner {
  /** The verdict on a learner's SQL. */
  Verdict sql(Exercise.Sql exercise, String typed);

  /** The verdict on a learner's pattern. */
  Verdict regex(Exercise.Regex exercise, String typed);

  /** Why the exercise cannot be graded (its fixture or reference fails); empty when it can. */
  Optional<String> problem(Exercise.Sql exercise);

  /**
   * Why the exercise cannot be graded (its pattern gets its own strings wrong); empty when it can.
   */
  Optional<String> problem(Exercise.Regex exercise);

  /**
   * The fixture's tables and their columns, "customers (id, name, city)", for the learner to see.
   */
  List<String> tables(Fixture fixture);

  /**
   * A verdict with what to say and the rows to show.
   *
   * @param detail what was wrong, in words; empty when right
   * @param tables the learner's and the expected result, rows missing and extra; empty when right
   */
  record Verdict(boolean correct, String detail, List<ResultTable> tables) {
    public Verdict {
      tables = List.copyOf(tables);
    }
  }

  /** The runner on the class path (tutor.run's). */
  static AnswerRunner installed() {
    return Holder.RUNNER;
  }

  /** Loaded once, on first use. */
  final class Holder {
    private static final AnswerRunner RUNNER =
        ServiceLoader.load(AnswerRunner.class)
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("no AnswerRunner on the class path (tutor.run)"));

    private Holder() {}
  }
}
