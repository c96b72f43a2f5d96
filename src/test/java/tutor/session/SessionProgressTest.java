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
import tutor.schedule.Rating;
import tutor.schedule.Scheduler;
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

  private static final Scheduler SCHEDULER = new FsrsScheduler(SchedulerConfig.defaults());
  private static final SkillKey A = new SkillKey("p", "a");
  private static final SkillKey B = new SkillKey("p", "b");

  /** A, and B built on it. */
  private static final List<StoredSkill> A_THEN_B =
      List.of(
          new StoredSkill("p", "a", "A", "", 0, List.of()),
          new StoredSkill("p", "b", "B", "", 1, List.of("a")));

  private final List<StoredExercise> scope = List.of(ex("a1", "a"), ex("a2", "a"), ex("b1", "b"));
  private final Map<CardKey, CardState> cards = new HashMap<>();

  @Test
  void skillsThatMovedUpAreListedWithUnlocksAndNothingElse() {
    List<StoredSkill> skills =
        List.of(
            new StoredSkill("p", "a", "A", "", 0, List.of()),
            new StoredSkill("p", "b", "B", "", 1, List.of("a")));
    Picker picker = new Picker(SCHEDULER, skills);
    Map<SkillKey, SkillMastery> mastery = new HashMap<>();
    SessionProgress progress =
        SessionProgress.start(picker, SCHEDULER, scope, skills, cards, mastery, NOW);
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
        progress.improved(scope, cards, mastery, NOW));
  }

  /**
   * One answer to a card: the card and mastery move as the recorder moves them, and the session's
   * progress is told, as StudySession tells it.
   */
  private final class Answers {
    final Map<SkillKey, SkillMastery> mastery = new HashMap<>();
    final SessionProgress progress;
    Instant at = NOW;

    Answers(Map<SkillKey, SkillMastery> start) {
      mastery.putAll(start);
      progress =
          SessionProgress.start(
              new Picker(SCHEDULER, A_THEN_B), SCHEDULER, scope, A_THEN_B, cards, mastery, NOW);
    }

    /** Answers {@code exercise} of skill {@code skill}, leaving P(known) at {@code pKnown}. */
    List<String> answer(String exercise, SkillKey skill, boolean right, double pKnown) {
      at = at.plus(Duration.ofMinutes(3));
      CardKey key = new CardKey("p", exercise);
      CardState before = cards.getOrDefault(key, CardState.newCard(at));
      CardState after = SCHEDULER.review(before, right ? Rating.GOOD : Rating.AGAIN, at, 1).card();
      cards.put(key, after);
      SkillMastery m = mastery.get(skill);
      mastery.put(
          skill,
          new SkillMastery(
              pKnown,
              (m == null ? 0 : m.attempts()) + 1,
              (m == null ? 0 : m.correct()) + (right ? 1 : 0),
              m == null ? tutor.mastery.Evidence.NONE : m.evidence()));
      return progress.answered("p", List.of(skill.skillId()), before, after, at, mastery, right);
    }
  }

  /**
   * What is said after each answer and the summary's list are the same changes: a skill said to
   * move up is in the summary; one said to move up and then back is not, and the back move was said
   * too; "Unlocked" is said once.
   */
  @Test
  void whatIsSaidAfterEachAnswerAddsUpToTheSummary() {
    Answers s = new Answers(Map.of(A, new SkillMastery(0.6, 2, 1)));
    assertEquals(List.of("A: learning -> learned", "Unlocked: B"), s.answer("a1", A, true, 0.97));
    assertEquals(
        List.of(
            new SessionSummary.LevelUp("A", Level.LEARNING, Level.LEARNED),
            new SessionSummary.LevelUp("B", Level.LOCKED, Level.NEW)),
        s.progress.improved());

    // A lapse: A goes back, and B (never practised) locks again: both said.
    assertEquals(
        List.of("A: learned -> learning", "Locked again until A is learned: B"),
        s.answer("a2", A, false, 0.7));
    assertEquals(List.of(), s.progress.improved(), "up and back: no net move");

    // Learned again: B opens again without a second "Unlocked".
    assertEquals(List.of("A: learning -> learned"), s.answer("a1", A, true, 0.96));
    assertEquals(2, s.progress.improved().size(), s.progress.improved().toString());

    // A second lapse and recovery: the relock is not said twice either.
    assertEquals(List.of("A: learned -> learning"), s.answer("a2", A, false, 0.7));
    assertEquals(List.of("A: learning -> learned"), s.answer("a2", A, true, 0.96));
  }

  /**
   * A miss on a fading skill: its exercise is reviewed again at once, so its recall counts as fresh
   * and the skill's level rises; said under "Not quite", "A: fading -> learned" read as a reward
   * for the miss (a week's trial). Nothing is said of it; a right answer says where A stands.
   */
  @Test
  void aMissNeverSaysItsSkillMovedUp() {
    // A's one exercise seen, last reviewed a month ago with a stability of a day: being forgotten.
    cards.put(
        new CardKey("p", "a1"),
        new CardState(
            CardPhase.REVIEW,
            0,
            1,
            5,
            NOW.minus(Duration.ofDays(29)),
            NOW.minus(Duration.ofDays(30)),
            3,
            0));
    Answers s = new Answers(Map.of(A, new SkillMastery(0.97, 4, 4)));
    assertEquals(Level.FADING, s.progress.levels().get(A));
    assertEquals(List.of(), s.answer("a1", A, false, 0.96), "a miss says no move up");
    assertEquals(
        Level.LEARNED, s.progress.levels().get(A), "the level itself is worked out as ever");
    assertEquals(List.of(), s.answer("a2", A, true, 0.97), "A is learned already: nothing new");
  }

  /** Hysteresis: a skill the learner has practised stays open through a prerequisite's lapse. */
  @Test
  void aPractisedDependantIsNotLockedAgainByALapse() {
    Answers s = new Answers(Map.of(A, new SkillMastery(0.6, 2, 1)));
    s.answer("a1", A, true, 0.97);
    assertEquals(List.of(), s.answer("b1", B, true, 0.5), "new to learning goes unsaid");
    assertEquals(List.of("A: learned -> learning"), s.answer("a2", A, false, 0.7));
    assertEquals(
        List.of(new SessionSummary.LevelUp("B", Level.LOCKED, Level.LEARNING)),
        s.progress.improved());
    // B is still open: its next answer says nothing of unlocking
    assertEquals(List.of(), s.answer("b1", B, true, 0.6));
    assertEquals(List.of("A: learning -> learned"), s.answer("a1", A, true, 0.96));
  }

  /**
   * The summary's list is made of the same levels as what is said: a level a skill never shows
   * (mastered under a prerequisite that has fallen back, the prerequisite cap) is neither said nor
   * listed.
   */
  @Test
  void aCappedSkillIsNeitherSaidNorListedAsMastered() {
    tutor.mastery.Evidence shown =
        new tutor.mastery.Evidence("b1", NOW.minus(Duration.ofDays(2)), true, true, false);
    Answers s =
        new Answers(
            Map.of(
                A, new SkillMastery(0.97, 3, 3),
                B, new SkillMastery(0.9, 3, 2, shown)));
    // B known, shown, on a learned prerequisite: mastered; said and listed alike.
    assertEquals(List.of("B: learning -> mastered"), s.answer("b1", B, true, 0.97));
    // A lapses: B shows as learned under it (the cap), said with A's move.
    assertEquals(
        List.of("A: learned -> learning", "B: mastered -> learned"), s.answer("a1", A, false, 0.7));
    assertEquals(
        List.of(new SessionSummary.LevelUp("B", Level.LEARNING, Level.LEARNED)),
        s.progress.improved());
    assertEquals(
        List.of(new SessionSummary.LevelUp("A", Level.LEARNED, Level.LEARNING)),
        s.progress.movedBack(),
        "the move back said after the miss is in the summary too");
    // Undone, as :undo does: the levels go back, nothing said.
    CardKey a1 = new CardKey("p", "a1");
    s.progress.takenBack("p", List.of("a"), cards.remove(a1), null, s.at);
    s.mastery.put(A, new SkillMastery(0.97, 3, 3));
    s.progress.undone(s.mastery);
    assertEquals(
        List.of(new SessionSummary.LevelUp("B", Level.LEARNING, Level.MASTERED)),
        s.progress.improved());
    assertEquals(List.of(), s.progress.movedBack());
  }

  /** :undo of the answer that unlocked a skill: unlocking it again is said again. */
  @Test
  void anUnlockTakenBackIsSaidAgain() {
    Answers s = new Answers(Map.of(A, new SkillMastery(0.6, 2, 1)));
    CardKey a1 = new CardKey("p", "a1");
    assertEquals(List.of("A: learning -> learned", "Unlocked: B"), s.answer("a1", A, true, 0.97));
    s.progress.takenBack("p", List.of("a"), cards.remove(a1), null, s.at);
    s.mastery.put(A, new SkillMastery(0.6, 2, 1));
    s.progress.undone(s.mastery);
    assertEquals(List.of(), s.progress.improved());
    assertEquals(List.of("A: learning -> learned", "Unlocked: B"), s.answer("a1", A, true, 0.97));
  }

  @Test
  void laterTodaySaysWhenAndHowMany() {
    cards.put(scope.get(0).key(), due(NOW.plus(Duration.ofMinutes(10))));
    cards.put(scope.get(1).key(), due(NOW.plus(Duration.ofHours(2))));
    cards.put(scope.get(2).key(), due(NOW.plus(Duration.ofDays(1))));
    assertEquals(
        "Still due today: 2 exercises, the first in 10 minutes (at 09:10). Due tomorrow: 1"
            + " exercise.",
        SessionProgress.comeBack(scope, cards, NOW, UTC));
  }

  @Test
  void secondsAwayIsInAMinuteNotNow() {
    cards.put(scope.get(0).key(), due(NOW.plus(Duration.ofSeconds(20))));
    cards.put(scope.get(1).key(), due(NOW.plus(Duration.ofMinutes(5))));
    assertEquals(
        "Still due today: 2 exercises, the first in 1 minute (at 09:00).",
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

  @Test
  void aListOfTitlesThatHaveAndOfTheirOwnIsCutBySemicolons() {
    // "Unlocked: ORDER BY and LIMIT, NULL and Inner joins" read as two or four skills, not three.
    assertEquals(
        "ORDER BY and LIMIT; NULL; Inner joins",
        SessionProgress.names(List.of("ORDER BY and LIMIT", "NULL", "Inner joins")));
    assertEquals(
        "Pipes, Redirection and Tags",
        SessionProgress.names(List.of("Pipes", "Redirection", "Tags")));
  }
}
