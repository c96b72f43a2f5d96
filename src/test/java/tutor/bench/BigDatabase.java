package tutor.bench;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The benchmarks' database of one learner with 100,000 cards and 1,000,000 reviews, for the
 * crash-and-fault suite's million-review case (scripts/faults): generated once under target/bench
 * and shared with scripts/bench.
 */
public final class BigDatabase {
  /** The moment the history leads up to. */
  public static final Instant NOW = BigData.NOW;

  private BigDatabase() {}

  /** The database (generated if missing or made for another schema); use a copy of it. */
  public static Path millionReviews() throws Exception {
    Path out = Path.of("target", "bench");
    java.nio.file.Files.createDirectories(out);
    return Runs.bigDatabase(out);
  }
}
