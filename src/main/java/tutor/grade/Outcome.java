package tutor.grade;

import java.util.List;

/** What grading an answer gives: either a verdict, or a request to answer again. */
public sealed interface Outcome {
  /** The input was not an answer of the right shape ("7" for a 4-option choice): ask again. */
  record Invalid(String message) implements Outcome {}

  /**
   * A verdict. {@code expected} is the answer to show; {@code detail} says what was wrong, or is
   * empty.
   */
  record Graded(boolean correct, String expected, String detail, List<ResultTable> tables)
      implements Outcome {
    public Graded {
      tables = List.copyOf(tables);
    }

    /** A verdict with no rows to show (every kind but sql). */
    public Graded(boolean correct, String expected, String detail) {
      this(correct, expected, detail, List.of());
    }
  }
}
