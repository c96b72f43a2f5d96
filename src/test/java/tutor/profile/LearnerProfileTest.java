package tutor.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tutor.mastery.Level;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Normalization;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.StudyDay;
import tutor.store.LoggedReview;

/** The profile's figures from a review log built by hand. */
class LearnerProfileTest {
  private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final List<StoredSkill> SKILLS =
      List.of(
          new StoredSkill("p", "a", "Alpha", "", 0, List.of()),
          new StoredSkill("p", "b", "Beta", "", 1, List.of("a")),
          new StoredSkill("p", "c", "Gamma", "", 2, List.of()),
          new StoredSkill("p", "d", "Delta", "", 3, List.of()));

  private static StoredExercise ex(String id, String skill, Exercise.Body body) {
    return new StoredExercise(
        "p", new Exercise(id, List.of(skill), "q", 2, List.of(), "", List.of(), body), 0);
  }

  private static final List<StoredExercise> EXERCISES =
      List.of(
          ex("a-text", "a", new Exercise.Text(List.of("x"), null, Normalization.DEFAULT)),
          ex("b-choice", "b", new Exercise.Choice(List.of("x", "y"), List.of(0), true)),
          ex("c-cloze", "c", new Exercise.Cloze("{{x}}", List.of(), Normalization.DEFAULT)));

  private final List<LoggedReview> log = new ArrayList<>();

  /**
   * {@code n} answers to {@code ex} in one session starting at {@code start}, one a minute, the
   * first {@code right} right.
   */
  private void session(String ex, Instant start, int n, int right, Integer confidence) {
    for (int i = 0; i < n; i++) {
      boolean ok = i < right;
      log.add(
          new LoggedReview(
              new CardKey("p", ex),
              start.plus(Duration.ofMinutes(i)),
              "study",
              ok ? 3 : 1,
              ok,
              20_000L,
              0,
              ok ? "x" : "nope",
              CardPhase.REVIEW,
              confidence));
    }
  }

  private LearnerProfile profile() {
    return LearnerProfile.of(
        new LearnerProfile.Input(
            "sam",
            NOW,
            new StudyDay(PARIS, 4),
            log,
            EXERCISES,
            SKILLS,
            Map.of(
                new SkillKey("p", "a"),
                new SkillMastery(0.99, 10, 10),
                new SkillKey("p", "b"),
                new SkillMastery(0.40, 10, 3),
                new SkillKey("p", "c"),
                new SkillMastery(0.97, 10, 7)),
            Map.of(
                new SkillKey("p", "a"),
                Level.MASTERED,
                new SkillKey("p", "b"),
                Level.LEARNING,
                new SkillKey("p", "c"),
                Level.MASTERED,
                new SkillKey("p", "d"),
                Level.NEW),
            List.of(),
            Map.of("confidence", "on")));
  }

  @Test
  void strengthsAreMasteredSkillsRarelyMissedAndWeakSpotsSayWhy() {
    session("a-text", Instant.parse("2026-03-18T07:00:00Z"), 10, 10, 3); // 8:00 in Paris
    session("b-choice", Instant.parse("2026-03-19T07:00:00Z"), 10, 3, 2);
    session("c-cloze", Instant.parse("2026-03-19T17:00:00Z"), 10, 6, null); // 18:00 in Paris
    LearnerProfile p = profile();
    assertEquals(
        List.of("a", "c"),
        p.strengths().stream().map(s -> s.skill().skillId()).toList(),
        "Alpha: 0 of 10 wrong before Gamma: 4 of 10 wrong");
    // Beta is learning (7 of 10 wrong); Gamma is mastered but 40% wrong lately; Delta never
    // practised
    assertEquals(List.of("b", "c"), p.weakSpots().stream().map(s -> s.skill().skillId()).toList());
    assertEquals(
        "learning, P(known) 0.40; 7 wrong of 10 in the last 30 days",
        p.weakSpots().get(0).reason());
    assertEquals(0.7, p.weakSpots().get(0).recentErrorRate(), 1e-12);
  }

  @Test
  void exerciseTypesAreRankedByShareRight() {
    session("a-text", Instant.parse("2026-03-18T07:00:00Z"), 10, 10, null);
    session("b-choice", Instant.parse("2026-03-19T07:00:00Z"), 10, 3, null);
    session("c-cloze", Instant.parse("2026-03-19T17:00:00Z"), 4, 1, null);
    LearnerProfile p = profile();
    assertEquals(ExerciseType.TEXT, p.bestType().type());
    assertEquals(
        ExerciseType.CHOICE,
        p.worstType().type(),
        "cloze has too few answers (4 < 5) to be ranked");
    assertEquals(3, p.types().size());
  }

  @Test
  void habitsComeFromSessionsInTheLearnersTimeZone() {
    session("a-text", Instant.parse("2026-03-18T07:00:00Z"), 10, 10, null);
    session("b-choice", Instant.parse("2026-03-19T07:00:00Z"), 6, 3, null);
    session("c-cloze", Instant.parse("2026-03-19T17:00:00Z"), 4, 1, null);
    StudyHabits h = profile().habits();
    assertEquals(3, h.sessions());
    // lengths: 9 min + 20 s, 5 min + 20 s, 3 min + 20 s; median 5 min 20 s
    assertEquals(5 + 1.0 / 3, h.medianSessionMinutes(), 1e-9);
    assertEquals(6, h.medianAnswersPerSession());
    assertEquals(StudyHabits.PartOfDay.MORNING, h.usualPartOfDay());
    assertEquals(2, h.sessionsInUsualPart());
    assertEquals(2, h.studyDaysLast28());
    assertEquals(20 / 14.0, h.answersPerDayLast14(), 1e-12);
  }

  @Test
  void calibrationAndOpenConfidentErrorsComeFromTheRatedAnswers() {
    session("a-text", Instant.parse("2026-03-18T07:00:00Z"), 4, 3, 3); // sure: 3 right, 1 wrong
    session("b-choice", Instant.parse("2026-03-19T07:00:00Z"), 2, 0, 1); // guessing: 2 wrong
    LearnerProfile p = profile();
    assertEquals(6, p.calibration().answers());
    assertEquals(1, p.calibration().confidentErrors());
    assertEquals(
        List.of("a-text"), p.confidentErrors().stream().map(f -> f.card().exerciseId()).toList());
    assertEquals((1.0 + 2 * (1.0 / 9)) / 6, p.calibration().brier(), 1e-12);
  }

  @Test
  void anEmptyLogGivesAnEmptyProfile() {
    LearnerProfile p = profile();
    assertEquals(List.of(), p.types());
    assertNull(p.bestType());
    assertEquals(0, p.habits().sessions());
    assertNull(p.habits().usualPartOfDay());
  }
}
