package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tutor.mastery.Level;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.Normalization;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.SchedulerConfig;
import tutor.schedule.StudyDay;

/** The end of a session: which skills moved up, and when to come back. */
class SessionProgressTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z"); // a Monday
  private static final StudyDay UTC = new StudyDay(ZoneId.of("UTC"), 4);

  private static StoredExercise ex(String id, String skill) {
    return new StoredExercise(
        "p",
        new Exercise(
            id,
            List.of(skill),
            "prompt " + id,
            1,
            List.of(),
            "",
            List.of(),
            new Exercise.Text(List.of("x"), null, Normalization.DEFAULT)),
        0);
  }

  private static CardState due(Instant at) {
    return new CardState(CardPhase.REVIEW, 0, 10, 5, at, NOW.minus(Duration.ofDays(3)), 3, 0);
  }

  private final List<StoredExercise> scope = List.of(ex("a1", "a"), ex("a2", "a"), ex("b1", "b"));
  private final Map<CardKey, CardState> cards = new HashMap<>();

  @Test
  void skillsThatMovedUpAreListedWithUnlocksAndNothingElse() {
    List<StoredSkill> skills =
        List.of(
            new StoredSkill("p", "a", "A", "", 0, List.of()),
            new StoredSkill("p", "b", "B", "", 1, List.of("a")));
    Picker picker = new Picker(new FsrsScheduler(SchedulerConfig.defaults()), skills);
    Map<SkillKey, SkillMastery> mastery = new HashMap<>();
    SessionProgress progress = SessionProgress.start(picker, scope, skills, cards, mastery, NOW);
    // Known from answers to two exercises on two days: mastered (docs/mastery.md).
    mastery.put(
        new SkillKey("p", "a"),
        new SkillMastery(
            0.97,
            4,
            4,
            new tutor.mastery.Evidence("a1", NOW.minus(Duration.ofDays(1)), true, true, false)));
    assertEquals(
        List.of(
            new SessionSummary.LevelUp("A", Level.NEW, Level.MASTERED),
            new SessionSummary.LevelUp("B", Level.LOCKED, Level.NEW)),
        progress.improved(cards, mastery, NOW));
  }

  @Test
  void laterTodaySaysWhenAndHowMany() {
    cards.put(scope.get(0).key(), due(NOW.plus(Duration.ofMinutes(10))));
    cards.put(scope.get(1).key(), due(NOW.plus(Duration.ofHours(2))));
    cards.put(scope.get(2).key(), due(NOW.plus(Duration.ofDays(1))));
    assertEquals(
        "Come back in 10 minutes (at 09:10) for the rest of today's 2 exercises, and tomorrow for 1 more.",
        SessionProgress.comeBack(scope, cards, NOW, UTC));
  }

  @Test
  void secondsAwayIsInAMinuteNotNow() {
    cards.put(scope.get(0).key(), due(NOW.plus(Duration.ofSeconds(20))));
    cards.put(scope.get(1).key(), due(NOW.plus(Duration.ofMinutes(5))));
    assertEquals(
        "Come back in 1 minute (at 09:00) for the rest of today's 2 exercises.",
        SessionProgress.comeBack(scope, cards, NOW, UTC));
  }

  @Test
  void aLaterDayIsNamedWithHowManyAreDueThen() {
    cards.put(scope.get(0).key(), due(NOW.plus(Duration.ofDays(1))));
    assertEquals(
        "Come back tomorrow, when 1 exercise is due.",
        SessionProgress.comeBack(scope, cards, NOW, UTC));
    cards.put(scope.get(0).key(), due(NOW.plus(Duration.ofDays(3))));
    cards.put(scope.get(1).key(), due(NOW.plus(Duration.ofDays(3)).plus(Duration.ofHours(5))));
    assertEquals(
        "Come back on Thursday 5 March (in 3 days), when 2 exercises are due.",
        SessionProgress.comeBack(scope, cards, NOW, UTC));
  }

  @Test
  void whatIsDueNowOrNothingScheduledIsSaidPlainly() {
    assertEquals(
        "Nothing is scheduled yet: come back for new material whenever you like.",
        SessionProgress.comeBack(scope, cards, NOW, UTC));
    cards.put(scope.get(0).key(), due(NOW.minus(Duration.ofMinutes(1))));
    assertEquals(
        "1 exercise is due now: go on whenever you like.",
        SessionProgress.comeBack(scope, cards, NOW, UTC));
  }
}
