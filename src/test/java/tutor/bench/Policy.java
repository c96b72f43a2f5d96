package tutor.bench;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;

/** Decides what a simulated learner practises next, knowing only their answers. */
interface Policy {
  /** A new study day begins at {@code start}: daily limits start again. */
  void newDay(Instant start);

  /** The next exercise at {@code now}, or empty when the policy has nothing more for today. */
  Optional<StoredExercise> next(Instant now);

  /**
   * The learner answered {@code e}, right or not, taking {@code millis}, finishing at {@code at}.
   */
  void answered(StoredExercise e, boolean right, long millis, Instant at);

  /**
   * The skills this policy itself counts as mastered now, from the answers it saw; empty when it
   * has no notion of mastery (the benchmark then reports the truly learned ones only).
   */
  default Optional<Set<SkillKey>> countedMastered() {
    return Optional.empty();
  }
}
