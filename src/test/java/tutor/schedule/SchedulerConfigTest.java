package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerConfigTest {
  private final SchedulerConfig defaults = SchedulerConfig.defaults();

  @Test
  void defaultsAreTsFsrsDefaultsWithFuzzOn() {
    assertEquals(FsrsParameters.DEFAULT, defaults.parameters());
    assertEquals(0.9, defaults.desiredRetention(), 0);
    assertEquals(36500, defaults.maximumInterval());
    assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), defaults.learningSteps());
    assertEquals(List.of(Duration.ofMinutes(10)), defaults.relearningSteps());
    assertTrue(defaults.enableShortTerm());
    assertTrue(defaults.enableFuzz());
    assertSame(DayCounter.UTC, defaults.dayCounter());
  }

  @Test
  void retentionMustLieStrictlyBetweenZeroAndOne() {
    for (double bad : new double[] {0, 1, -0.1, 1.2, Double.NaN}) {
      assertThrows(IllegalArgumentException.class, () -> defaults.withDesiredRetention(bad));
    }
    assertEquals(0.97, defaults.withDesiredRetention(0.97).desiredRetention(), 0);
  }

  @Test
  void maximumIntervalMustBeAtLeastOneDay() {
    assertThrows(IllegalArgumentException.class, () -> defaults.withMaximumInterval(0));
    assertEquals(1, defaults.withMaximumInterval(1).maximumInterval());
  }

  @Test
  void stepsMustBePositiveWholeMinutes() {
    for (Duration bad :
        new Duration[] {Duration.ZERO, Duration.ofMinutes(-1), Duration.ofSeconds(90)}) {
      assertThrows(IllegalArgumentException.class, () -> defaults.withLearningSteps(List.of(bad)));
      assertThrows(
          IllegalArgumentException.class, () -> defaults.withRelearningSteps(List.of(bad)));
    }
    List<Duration> withNull = Arrays.asList(Duration.ofMinutes(1), null);
    assertThrows(NullPointerException.class, () -> defaults.withLearningSteps(withNull));
    assertTrue(defaults.withRelearningSteps(List.of()).relearningSteps().isEmpty());
  }

  @Test
  void stepListsAreImmutableCopies() {
    List<Duration> steps = new ArrayList<>(List.of(Duration.ofMinutes(5)));
    SchedulerConfig config = defaults.withLearningSteps(steps);
    steps.add(Duration.ofMinutes(30));
    assertEquals(List.of(Duration.ofMinutes(5)), config.learningSteps());
    assertThrows(UnsupportedOperationException.class, () -> config.learningSteps().clear());
  }

  @Test
  void eachWithMethodReplacesOnlyItsOwnField() {
    DayCounter counter = (a, b) -> 0;
    SchedulerConfig changed =
        defaults
            .withFuzz(false)
            .withShortTerm(false)
            .withMaximumInterval(365)
            .withDayCounter(counter)
            .withParameters(FsrsParameters.clipped(FsrsParameters.DEFAULT.toArray(), 1, false));
    assertFalse(changed.enableFuzz());
    assertFalse(changed.enableShortTerm());
    assertEquals(365, changed.maximumInterval());
    assertSame(counter, changed.dayCounter());
    assertEquals(defaults.desiredRetention(), changed.desiredRetention(), 0);
    assertEquals(defaults.learningSteps(), changed.learningSteps());
    assertEquals(defaults.relearningSteps(), changed.relearningSteps());
    assertEquals(
        defaults,
        changed
            .withFuzz(true)
            .withShortTerm(true)
            .withMaximumInterval(36500)
            .withDayCounter(DayCounter.UTC));
  }
}
