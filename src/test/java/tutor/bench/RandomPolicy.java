package tutor.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import tutor.pack.StoredExercise;

/** Any exercise of the packs, uniformly at random, for as long as the learner has time. */
final class RandomPolicy implements Policy {
  private final List<StoredExercise> exercises;
  private final SplittableRandom random;

  RandomPolicy(Curriculum c, long seed) {
    this.exercises = c.exercises();
    this.random = new SplittableRandom(seed);
  }

  @Override
  public void newDay(Instant start) {}

  @Override
  public Optional<StoredExercise> next(Instant now) {
    return Optional.of(exercises.get(random.nextInt(exercises.size())));
  }

  @Override
  public void answered(StoredExercise e, boolean right, long millis, Instant at) {}
}
