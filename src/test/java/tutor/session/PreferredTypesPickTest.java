package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Normalization;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.profile.PreferredTypes;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.SchedulerConfig;

class PreferredTypesPickTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final Picker picker =
      new Picker(
          new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false)),
          List.of(new StoredSkill("p", "a", "A", "", 0, List.of())));

  private static StoredExercise text(String id, int position) {
    return new StoredExercise(
        "p",
        new Exercise(
            id,
            List.of("a"),
            "?",
            1,
            List.of(),
            "",
            List.of(),
            new Exercise.Text(List.of("x"), null, Normalization.DEFAULT)),
        position);
  }

  private static StoredExercise order(String id, int position) {
    return new StoredExercise(
        "p",
        new Exercise(
            id,
            List.of("a"),
            "?",
            1,
            List.of(),
            "",
            List.of(),
            new Exercise.Order(List.of("x", "y"))),
        position);
  }

  private static PreferredTypes orders() {
    return new PreferredTypes(EnumSet.of(ExerciseType.ORDER));
  }

  @Test
  void aPreferredTypeWinsAmongEquallyUsefulNewExercises() {
    List<StoredExercise> scope = List.of(text("t", 0), order("o", 1));
    assertEquals(
        "t",
        picker
            .next(Picker.Request.of(scope, Map.of(), Map.of(), NOW))
            .orElseThrow()
            .exercise()
            .exercise()
            .id());
    assertEquals(
        "o",
        picker
            .next(Picker.Request.of(scope, Map.of(), Map.of(), NOW).preferring(orders()))
            .orElseThrow()
            .exercise()
            .exercise()
            .id());
  }

  @Test
  void aPreferenceNeverComesBeforeADueReview() {
    StoredExercise due = text("due", 0);
    Map<CardKey, CardState> cards = new HashMap<>();
    cards.put(
        due.key(),
        new CardState(
            CardPhase.REVIEW,
            0,
            3,
            5,
            NOW.minus(Duration.ofDays(1)),
            NOW.minus(Duration.ofDays(4)),
            3,
            0));
    Pick p =
        picker
            .next(
                Picker.Request.of(List.of(due, order("o", 1)), cards, Map.of(), NOW)
                    .preferring(orders()))
            .orElseThrow();
    assertEquals(Pick.Reason.DUE, p.reason());
  }
}
