package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.packfile.PackReader;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.ReviewOutcome;
import tutor.schedule.SchedulerConfig;
import tutor.store.AnswerRecord;
import tutor.store.DueItem;
import tutor.store.InstallReport;
import tutor.store.Learner;
import tutor.store.PackSummary;
import tutor.store.StoreException;
import tutor.store.StudyData;

class SqliteStoreTest {
  private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");
  @TempDir Path dir;
  private Path file;
  private SqliteStore store;
  private Learner learner;

  @BeforeEach
  void open() throws Exception {
    file = dir.resolve("t.db");
    store = SqliteStore.open(file);
    learner = store.currentLearner(T0);
    store.installPack(PackReader.read(TestPacks.demo(dir)), "test", "h1", T0);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private long count(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.getLong(1);
    }
  }

  private AnswerRecord answer(String exerciseId, Rating rating, Instant at) {
    CardKey key = new CardKey("demo", exerciseId);
    CardState before = store.studyData(learner.id()).cards().get(key);
    CardState card = before == null ? CardState.newCard(at) : before;
    ReviewOutcome outcome =
        new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false)).review(card, rating, at, 1);
    SkillKey skill = new SkillKey("demo", "basics");
    SkillMastery m0 = store.studyData(learner.id()).mastery().get(skill);
    SkillMastery m1 =
        (m0 == null ? new SkillMastery(0.1, 0, 0) : m0)
            .after(rating != Rating.AGAIN, tutor.mastery.BktParameters.DEFAULT);
    java.util.Map<SkillKey, SkillMastery> beforeMap = new java.util.HashMap<>();
    beforeMap.put(skill, m0);
    return new AnswerRecord(
        learner.id(),
        key,
        at,
        "study",
        rating != Rating.AGAIN,
        null,
        0,
        "Paris",
        before,
        outcome,
        beforeMap,
        Map.of(skill, m1));
  }

  @Test
  void theFirstLearnerIsCreatedOnFirstUse() {
    assertEquals(SqliteStore.DEFAULT_LEARNER, learner.name());
    assertEquals(learner, store.currentLearner(T0.plusSeconds(5)));
  }

  @Test
  void installedExercisesComeBackAsTheyWereWritten() throws Exception {
    Pack pack = PackReader.read(dir.resolve("demo-1.0.0"));
    StudyData data = store.studyData(learner.id());
    assertEquals(
        pack.exercises(), data.exercises().stream().map(StoredExercise::exercise).toList());
    assertEquals(List.of("basics", "more"), data.skills().stream().map(StoredSkill::id).toList());
    assertEquals(List.of("basics"), data.skills().get(1).requires());
  }

  @Test
  void anAnswerWritesReviewCardAndMasteryTogether() throws Exception {
    store.recordAnswer(answer("capital", Rating.GOOD, T0));
    assertEquals(1, count("SELECT count(*) FROM reviews"));
    assertEquals(1, count("SELECT count(*) FROM cards"));
    assertEquals(1, count("SELECT count(*) FROM mastery"));
    StudyData data = store.studyData(learner.id());
    CardState card = data.cards().get(new CardKey("demo", "capital"));
    assertEquals(T0, card.lastReview());
    assertEquals(0.4, data.mastery().get(new SkillKey("demo", "basics")).pKnown(), 1e-12);
  }

  @Test
  void cardStatesComeBackExactlyAsAnswersLeftThem() throws Exception {
    Map<CardKey, CardState> written = new java.util.HashMap<>();
    Instant at = T0;
    for (String id : List.of("capital", "sum", "capital", "colour", "sum", "capital")) {
      AnswerRecord a = answer(id, id.equals("sum") ? Rating.AGAIN : Rating.GOOD, at);
      store.recordAnswer(a);
      written.put(a.card(), a.outcome().card());
      at = at.plusSeconds(86_400 * 3 + 17);
    }
    assertTrue(
        written.values().stream()
            .anyMatch(c -> c.stability() != Math.rint(c.stability() * 1e6) / 1e6),
        "doubles with more digits than a short text keeps");
    assertEquals(written, store.studyData(learner.id()).cards());
    assertEquals(written, store.studyOutline(learner.id()).cards());
    // Cards of the outline's exercises share the exercise's key.
    StudyData outline = store.studyOutline(learner.id());
    for (StoredExercise e : outline.exercises()) {
      outline.cards().keySet().stream()
          .filter(k -> k.equals(e.key()))
          .forEach(k -> assertTrue(k == e.key()));
    }
  }

  @Test
  void aFailingAnswerWriteLeavesNothingHalfWritten() throws Exception {
    AnswerRecord good = answer("capital", Rating.GOOD, T0);
    // A mastery row for a skill that does not exist violates a foreign key after the review and
    // card rows were written: the whole answer must roll back.
    AnswerRecord broken =
        new AnswerRecord(
            good.learnerId(),
            good.card(),
            good.at(),
            "study",
            true,
            null,
            0,
            "x",
            null,
            good.outcome(),
            Map.of(),
            Map.of(new SkillKey("demo", "no-such-skill"), new SkillMastery(0.5, 1, 1)));
    assertThrows(StoreException.class, () -> store.recordAnswer(broken));
    assertEquals(0, count("SELECT count(*) FROM reviews"));
    assertEquals(0, count("SELECT count(*) FROM cards"));
  }

  @Test
  void updatingAPackKeepsHistoryAndRetiresRemovedExercises() throws Exception {
    store.recordAnswer(answer("capital", Rating.GOOD, T0));
    store.recordAnswer(answer("sum", Rating.GOOD, T0.plusSeconds(60)));
    Pack v2 = PackReader.read(TestPacks.demo(dir, "1.1.0", false)); // "capital" removed
    InstallReport r = store.installPack(v2, "test", "h2", T0.plusSeconds(120));
    assertEquals("1.0.0", r.previousVersion());
    assertEquals(1, r.retired());
    assertEquals(1, count("SELECT count(*) FROM packs WHERE version = '1.1.0'"));
    assertEquals(2, count("SELECT count(*) FROM reviews"), "the review log is never deleted");
    assertEquals(1, count("SELECT count(*) FROM exercises WHERE id = 'capital' AND retired = 1"));
    StudyData data = store.studyData(learner.id());
    assertTrue(data.exercises().stream().noneMatch(e -> e.exercise().id().equals("capital")));
    assertTrue(
        data.cards().containsKey(new CardKey("demo", "sum")), "unchanged ids keep their card");
    List<DueItem> due = store.dueBefore(learner.id(), T0.plusSeconds(86400 * 30), 100);
    assertTrue(due.stream().noneMatch(d -> d.card().exerciseId().equals("capital")));
  }

  @Test
  void aPacksUnitsAreKeptAndReplacedByAnUpdate() throws Exception {
    assertEquals(
        List.of(
            new tutor.pack.Unit(
                "first-steps", "First steps", "Capitals, sums and colours.", List.of("basics"))),
        store.units("demo"));
    Pack v1 = PackReader.read(TestPacks.demo(dir));
    store.installPack(
        new Pack(
            v1.format(),
            v1.id(),
            v1.title(),
            "1.1.0",
            v1.description(),
            v1.authors(),
            v1.license(),
            v1.language(),
            v1.skills(),
            v1.exercises(),
            List.of(new tutor.pack.Unit("all", "All", "", List.of("more")))),
        "t",
        "h2",
        T0);
    assertEquals(
        List.of(new tutor.pack.Unit("all", "All", "", List.of("more"))), store.units("demo"));
    assertEquals(List.of(), store.units("no-such-pack"));
  }

  @Test
  void anInfiniteStabilityComesBackInfinite() throws Exception {
    store.recordAnswer(answer("capital", Rating.GOOD, T0));
    try (java.sql.Statement s = store.connection().createStatement()) {
      s.execute("UPDATE cards SET stability = 9e999");
    }
    CardState c = store.studyOutline(learner.id()).cards().get(new CardKey("demo", "capital"));
    assertEquals(Double.POSITIVE_INFINITY, c.stability());
    // -Infinity is read as such too, and a difficulty FSRS cannot go on from is refused in words
    try (java.sql.Statement s = store.connection().createStatement()) {
      s.execute("UPDATE cards SET difficulty = -9e999");
    }
    tutor.store.StoreException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            tutor.store.StoreException.class, () -> store.studyOutline(learner.id()));
    assertTrue(
        e.getMessage()
            .contains("a stability of Infinity and a difficulty of -Infinity, which tutor never"),
        e.getMessage());
  }

  @Test
  void anOutlineReadAheadIsTheSameAndAnInstallForgetsIt() throws Exception {
    StudyData fresh = store.studyOutline(learner.id());
    store.preloadOutline();
    StudyData ahead = store.studyOutline(learner.id());
    assertEquals(fresh.skills(), ahead.skills());
    assertEquals(fresh.exercises(), ahead.exercises());
    store.installPack(
        PackReader.read(TestPacks.demo(dir, "1.1.0", false)), "t", "h2", T0); // "capital" removed
    assertTrue(
        store.studyOutline(learner.id()).exercises().stream()
            .noneMatch(e -> e.exercise().id().equals("capital")));
  }

  @Test
  void skillsReadAheadAreTheSameAndAnInstallForgetsThem() throws Exception {
    List<tutor.pack.StoredSkill> fresh = store.skills();
    store.preloadSkills();
    assertEquals(fresh, store.skills());
    tutor.pack.Pack other = PackReader.read(TestPacks.runKinds(dir.resolve("kinds")));
    store.installPack(other, "t", "h2", T0);
    assertTrue(
        store.skills().stream().anyMatch(k -> k.key().packId().equals(other.id())),
        "read again after an install: the new pack's skills are there");
  }

  @Test
  void reinstallingARetiredExerciseBringsItsHistoryBack() throws Exception {
    store.recordAnswer(answer("capital", Rating.GOOD, T0));
    store.installPack(PackReader.read(TestPacks.demo(dir, "1.1.0", false)), "t", "h2", T0);
    store.installPack(PackReader.read(TestPacks.demo(dir, "1.2.0", true)), "t", "h3", T0);
    assertTrue(store.studyData(learner.id()).cards().containsKey(new CardKey("demo", "capital")));
  }

  @Test
  void learnersHaveSeparateStateAndSettings() {
    store.recordAnswer(answer("capital", Rating.GOOD, T0));
    Learner sam = store.addLearner("sam", T0);
    assertTrue(store.studyData(sam.id()).cards().isEmpty());
    store.setSetting(sam.id(), "new-per-day", "5");
    assertEquals(Map.of("new-per-day", "5"), store.settings(sam.id()));
    assertTrue(store.settings(learner.id()).isEmpty());
  }

  @Test
  void todaysCountsSeparateNewExercisesFromReviews() {
    store.recordAnswer(answer("capital", Rating.GOOD, T0));
    store.recordAnswer(answer("capital", Rating.GOOD, T0.plusSeconds(700)));
    assertEquals(1, store.introducedSince(learner.id(), T0.minusSeconds(1)));
    assertEquals(1, store.reviewedSince(learner.id(), T0.minusSeconds(1)));
    assertEquals(0, store.introducedSince(learner.id(), T0.plusSeconds(1)));
  }

  @Test
  void packListCountsSeenExercises() {
    store.recordAnswer(answer("capital", Rating.GOOD, T0));
    PackSummary p = store.packs(learner.id()).get(0);
    assertEquals("demo", p.id());
    assertEquals(2, p.skills());
    assertEquals(6, p.exercises());
    assertEquals(1, p.exercisesSeen());
  }

  @Test
  void exerciseBodiesRoundTripThroughJson() throws Exception {
    for (Exercise e : PackReader.read(dir.resolve("demo-1.0.0")).exercises()) {
      assertEquals(e, ExerciseCodec.fromJson(ExerciseCodec.toJson(e)));
    }
  }

  @Test
  void aChangedAnswerKeyResetsOnlyThatExerciseWhileRewordingKeepsProgress() throws Exception {
    store.recordAnswer(answer("capital", Rating.GOOD, T0));
    store.recordAnswer(answer("sum", Rating.GOOD, T0.plusSeconds(60)));
    Path v2 = TestPacks.demo(dir, "1.1.0", true);
    Path basics = v2.resolve("exercises/basics.yaml");
    String yaml =
        java.nio.file.Files.readString(basics)
            .replace(
                "What is the capital of France?",
                "Which city is the capital of France?") // reworded
            .replace("answer: 5", "answer: 6"); // new key for "sum"
    java.nio.file.Files.writeString(basics, yaml);
    InstallReport r = store.installPack(PackReader.read(v2), "t", "h2", T0.plusSeconds(120));
    assertEquals(List.of("sum"), r.reset());
    assertEquals(2, r.changed());
    StudyData data = store.studyData(learner.id());
    assertTrue(
        data.cards().containsKey(new CardKey("demo", "capital")), "rewording keeps the card");
    assertTrue(!data.cards().containsKey(new CardKey("demo", "sum")), "a new key starts again");
    assertEquals(2, count("SELECT count(*) FROM reviews"), "the history stays");
  }

  @Test
  void reorderedOptionsAFixedTypoAndAnAddedAnswerKeepProgress() throws Exception {
    store.recordAnswer(answer("capital", Rating.GOOD, T0));
    store.recordAnswer(answer("colour", Rating.GOOD, T0.plusSeconds(60)));
    store.recordAnswer(answer("water", Rating.GOOD, T0.plusSeconds(90)));
    Path v2 = TestPacks.demo(dir, "1.1.0", true);
    Path basics = v2.resolve("exercises/basics.yaml");
    java.nio.file.Files.writeString(
        basics,
        java.nio.file.Files.readString(basics)
            .replace("answers: [Paris]", "answers: [Paris, Paname]")
            .replace("options: [Red, Brown, Pink]", "options: [Pink, Brown, Red]"));
    Path more = v2.resolve("exercises/more.yaml");
    java.nio.file.Files.writeString(
        more, java.nio.file.Files.readString(more).replace("back: Water", "back: Watre"));
    InstallReport preview = store.previewInstall(PackReader.read(v2));
    assertEquals(List.of(), preview.reset());
    InstallReport r = store.installPack(PackReader.read(v2), "t", "h2", T0.plusSeconds(120));
    assertEquals(List.of(), r.reset());
    assertEquals(3, r.changed());
    StudyData data = store.studyData(learner.id());
    for (String id : List.of("capital", "colour", "water")) {
      assertTrue(data.cards().containsKey(new CardKey("demo", id)), id + " keeps its card");
    }
  }

  @Test
  void aPreviewSaysWhoseProgressResetsAndWhyAndWritesNothing() throws Exception {
    store.recordAnswer(answer("sum", Rating.GOOD, T0));
    Path v2 = TestPacks.demo(dir, "1.1.0", true);
    Path basics = v2.resolve("exercises/basics.yaml");
    java.nio.file.Files.writeString(
        basics, java.nio.file.Files.readString(basics).replace("answer: 5", "answer: 6"));
    long exercisesBefore = count("SELECT count(*) FROM exercises WHERE retired = 0");
    InstallReport r = store.previewInstall(PackReader.read(v2));
    assertEquals(List.of("sum"), r.reset());
    assertEquals("the accepted numbers changed", r.resetReasons().get("sum"));
    assertEquals(List.of(learner.name()), r.learnersReset());
    assertEquals("1.0.0", store.installedVersion("demo").orElseThrow());
    assertEquals(exercisesBefore, count("SELECT count(*) FROM exercises WHERE retired = 0"));
    assertTrue(
        store.studyData(learner.id()).cards().containsKey(new CardKey("demo", "sum")),
        "the card is still there");
  }
}
