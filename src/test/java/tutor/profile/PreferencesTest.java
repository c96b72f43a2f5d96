package tutor.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Normalization;
import tutor.pack.StoredExercise;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.Rating;
import tutor.schedule.ReviewOutcome;
import tutor.session.LearnerSettings;
import tutor.session.ProfileKeys;
import tutor.store.LoggedReview;

class PreferencesTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void profileKeysAreTheSettingsAndThePreferencesWithOneCheckEach() {
    assertTrue(ProfileKeys.all().keySet().containsAll(LearnerSettings.KEYS.keySet()));
    assertTrue(ProfileKeys.all().keySet().containsAll(Preferences.KEYS.keySet()));
    assertEquals(
        LearnerSettings.validate("desired-retention", "0.85"),
        ProfileKeys.validate("desired-retention", "0.85"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ProfileKeys.validate("desired-retention", "2"));
    assertEquals(
        "desired-retention must be from 0.70 to 0.99", e.getMessage(), "the settings' own message");
  }

  @Test
  void valuesAreNormalisedOrRefusedWithTheReason() {
    assertEquals("on", ProfileKeys.validate("confidence", " ON "));
    assertEquals("20", ProfileKeys.validate("session-minutes", "20"));
    assertEquals("none", ProfileKeys.validate("daily-minutes", "none"));
    assertEquals("text,cloze", ProfileKeys.validate("preferred-types", "cloze, text"));
    assertEquals("none", ProfileKeys.validate("preferred-types", "none"));
    assertEquals(
        "confidence must be on or off, not 'yes'",
        assertThrows(
                IllegalArgumentException.class, () -> ProfileKeys.validate("confidence", "yes"))
            .getMessage());
    assertEquals(
        "session-minutes must be from 1 to 240, or none",
        assertThrows(
                IllegalArgumentException.class, () -> ProfileKeys.validate("session-minutes", "0"))
            .getMessage());
    assertEquals(
        "daily-minutes must be a number of minutes or none, not 'lots'",
        assertThrows(
                IllegalArgumentException.class, () -> ProfileKeys.validate("daily-minutes", "lots"))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> ProfileKeys.validate("preferred-types", "mcq"))
            .getMessage()
            .startsWith("unknown exercise type 'mcq'"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> ProfileKeys.validate("colour-scheme", "x"))
            .getMessage()
            .startsWith("unknown key 'colour-scheme'; keys are: desired-retention"));
  }

  @Test
  void storedPreferencesReadBackWithDefaultsForTheRest() {
    Preferences p =
        Preferences.from(
            Map.of("confidence", "on", "preferred-types", "order", "session-minutes", "15"));
    assertTrue(p.confidence());
    assertEquals(15, p.sessionMinutes());
    assertEquals(null, p.dailyMinutes());
    assertEquals(Set.of(ExerciseType.ORDER), p.preferredTypes().types());
    assertTrue(p.colour());
    assertFalse(p.plain());
    assertEquals(Preferences.DEFAULTS, Preferences.from(Map.of()));
    assertEquals("0.9", ProfileKeys.defaultValue("desired-retention"));
  }

  private static StoredExercise ex(String id, Exercise.Body body) {
    return new StoredExercise(
        "p", new Exercise(id, List.of("s"), "q", 2, List.of(), "", List.of(), body), 0);
  }

  private static final StoredExercise TEXT =
      ex("t", new Exercise.Text(List.of("x"), null, Normalization.DEFAULT));
  private static final StoredExercise CHOICE =
      ex("c", new Exercise.Choice(List.of("a", "b"), List.of(0), false));
  private static final StoredExercise ORDER = ex("o", new Exercise.Order(List.of("a", "b")));

  @Test
  void aPreferredTypeWinsOnlyAmongEquallyUsefulCandidates() {
    List<StoredExercise> candidates = List.of(CHOICE, TEXT, ORDER);
    PreferredTypes text = PreferredTypes.parse("text");
    // distances from the success target: choice 0.05, text 0.06, order 0.20
    double[] cost = {0.05, 0.06, 0.20};
    assertEquals(
        1, text.favour(candidates, 0, i -> cost[i]), "within 0.02 of the best: the preferred text");
    double[] far = {0.05, 0.10, 0.20};
    assertEquals(0, text.favour(candidates, 0, i -> far[i]), "0.05 worse is not equally useful");
    assertEquals(0, PreferredTypes.NONE.favour(candidates, 0, i -> cost[i]));
    assertEquals(
        0,
        PreferredTypes.parse("choice").favour(candidates, 0, i -> cost[i]),
        "the best is preferred already");
  }

  @Test
  void aConfidentErrorComesBackAfterAMinuteWithItsMemoryStateUntouched() {
    CardState relearning =
        new CardState(
            CardPhase.RELEARNING, 0, 2.5, 6.1, NOW.plus(Duration.ofMinutes(10)), NOW, 5, 1);
    ReviewOutcome again = new ReviewOutcome(relearning, Rating.AGAIN, 12, 0.8, 0);
    ReviewOutcome sooner = ConfidentErrors.sooner(again, NOW);
    assertEquals(NOW.plus(ConfidentErrors.RETRY_AFTER), sooner.card().due());
    assertEquals(2.5, sooner.card().stability());
    assertEquals(6.1, sooner.card().difficulty());
    assertEquals(CardPhase.RELEARNING, sooner.card().phase());
    CardState dayLater =
        new CardState(CardPhase.REVIEW, 0, 0.4, 8, NOW.plus(Duration.ofDays(3)), NOW, 5, 1);
    assertEquals(
        NOW.plus(Duration.ofDays(1)),
        ConfidentErrors.sooner(new ReviewOutcome(dayLater, Rating.AGAIN, 12, 0.8, 3), NOW)
            .card()
            .due(),
        "without learning steps: within a day");
    CardState alreadySoon =
        new CardState(CardPhase.LEARNING, 0, 0.4, 8, NOW.plusSeconds(30), NOW, 1, 0);
    ReviewOutcome soon = new ReviewOutcome(alreadySoon, Rating.AGAIN, 0, null, 0);
    assertEquals(soon, ConfidentErrors.sooner(soon, NOW), "never later than the scheduler said");
  }

  private static LoggedReview answer(String ex, int minute, boolean right, Integer confidence) {
    return new LoggedReview(
        new CardKey("p", ex),
        NOW.plus(Duration.ofMinutes(minute)),
        "study",
        right ? 3 : 1,
        right,
        null,
        0,
        right ? "ok" : "oops",
        CardPhase.REVIEW,
        confidence);
  }

  @Test
  void confidentErrorsStayFlaggedUntilAnsweredRight() {
    List<LoggedReview> log =
        List.of(
            answer("a", 0, false, 3),
            answer("b", 1, false, 3),
            answer("c", 2, false, 1),
            answer("a", 3, true, null),
            answer("d", 4, false, 3));
    List<ConfidentErrors.Flag> open = ConfidentErrors.open(log);
    assertEquals(
        List.of("d", "b"),
        open.stream().map(f -> f.card().exerciseId()).toList(),
        "a was put right; c was a guess; newest first");
    assertEquals("oops", open.get(0).answer());
  }
}
