package tutor.run;

import java.time.Duration;

/**
 * How much one run of a learner's answer may take.
 *
 * @param time wall time for a statement (SQL) or for all the strings together (regex)
 * @param rows rows a query may return before it is stopped
 */
public record Limits(Duration time, int rows) {
  /** What a learner's answer gets: a second, and 1000 rows (exercises show a few). */
  public static final Limits LEARNER = new Limits(Duration.ofSeconds(1), 1000);

  /** What an author's fixture script gets when a pack is validated or installed. */
  public static final Limits FIXTURE = new Limits(Duration.ofSeconds(20), 1000);
}
