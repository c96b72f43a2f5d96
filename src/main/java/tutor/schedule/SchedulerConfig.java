package tutor.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the scheduler needs besides the card and the clock.
 *
 * <p>The parameters are used as given; they are not re-clipped for this config's relearning steps
 * or short-term mode (use {@link FsrsParameters#clipped} for that, as ts-fsrs does silently).
 *
 * @param desiredRetention target probability of recall at the due date, in (0, 1)
 * @param maximumInterval longest interval in days, at least 1
 * @param learningSteps steps for NEW/LEARNING cards; positive whole minutes
 * @param relearningSteps steps after a lapse; positive whole minutes
 * @param enableShortTerm use learning steps and the same-day stability formula (ts-fsrs
 *     BasicScheduler); if false every card goes straight to day intervals (LongTermScheduler)
 * @param enableFuzz spread day intervals of REVIEW results a little, seeded by the caller
 */
public record SchedulerConfig(
    FsrsParameters parameters,
    double desiredRetention,
    int maximumInterval,
    List<Duration> learningSteps,
    List<Duration> relearningSteps,
    boolean enableShortTerm,
    boolean enableFuzz,
    DayCounter dayCounter) {

  public SchedulerConfig {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(dayCounter, "dayCounter");
    if (!(desiredRetention > 0 && desiredRetention < 1)) {
      throw new IllegalArgumentException("desiredRetention must be in (0, 1): " + desiredRetention);
    }
    if (maximumInterval < 1) {
      throw new IllegalArgumentException("maximumInterval must be >= 1: " + maximumInterval);
    }
    learningSteps = checkSteps("learningSteps", learningSteps);
    relearningSteps = checkSteps("relearningSteps", relearningSteps);
  }

  /** ts-fsrs defaults, except that fuzz is on. */
  public static SchedulerConfig defaults() {
    return new SchedulerConfig(
        FsrsParameters.DEFAULT,
        0.9,
        36500,
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
        List.of(Duration.ofMinutes(10)),
        true,
        true,
        DayCounter.UTC);
  }

  private static List<Duration> checkSteps(String name, List<Duration> steps) {
    Objects.requireNonNull(steps, name);
    List<Duration> copy = List.copyOf(steps); // also rejects null elements
    for (Duration step : copy) {
      // Steps are scheduled in whole minutes, like ts-fsrs's "1m"/"1h"/"1d" units.
      if (step.isNegative()
          || step.isZero()
          || !step.equals(Duration.ofMinutes(step.toMinutes()))) {
        throw new IllegalArgumentException(name + " must be positive whole minutes: " + step);
      }
    }
    return copy;
  }

  public SchedulerConfig withParameters(FsrsParameters value) {
    return new SchedulerConfig(
        value,
        desiredRetention,
        maximumInterval,
        learningSteps,
        relearningSteps,
        enableShortTerm,
        enableFuzz,
        dayCounter);
  }

  public SchedulerConfig withDesiredRetention(double value) {
    return new SchedulerConfig(
        parameters,
        value,
        maximumInterval,
        learningSteps,
        relearningSteps,
        enableShortTerm,
        enableFuzz,
        dayCounter);
  }

  public SchedulerConfig withMaximumInterval(int value) {
    return new SchedulerConfig(
        parameters,
        desiredRetention,
        value,
        learningSteps,
        relearningSteps,
        enableShortTerm,
        enableFuzz,
        dayCounter);
  }

  public SchedulerConfig withLearningSteps(List<Duration> value) {
    return new SchedulerConfig(
        parameters,
        desiredRetention,
        maximumInterval,
        value,
        relearningSteps,
        enableShortTerm,
        enableFuzz,
        dayCounter);
  }

  public SchedulerConfig withRelearningSteps(List<Duration> value) {
    return new SchedulerConfig(
        parameters,
        desiredRetention,
        maximumInterval,
        learningSteps,
        value,
        enableShortTerm,
        enableFuzz,
        dayCounter);
  }

  public SchedulerConfig withShortTerm(boolean value) {
    return new SchedulerConfig(
        parameters,
        desiredRetention,
        maximumInterval,
        learningSteps,
        relearningSteps,
        value,
        enableFuzz,
        dayCounter);
  }

  public SchedulerConfig withFuzz(boolean value) {
    return new SchedulerConfig(
        parameters,
        desiredRetention,
        maximumInterval,
        learningSteps,
        relearningSteps,
        enableShortTerm,
        value,
        dayCounter);
  }

  public SchedulerConfig withDayCounter(DayCounter value) {
    return new SchedulerConfig(
        parameters,
        desiredRetention,
        maximumInterval,
        learningSteps,
        relearningSteps,
        enableShortTerm,
        enableFuzz,
        value);
  }
}
