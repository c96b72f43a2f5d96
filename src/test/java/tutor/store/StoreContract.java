package tutor.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.goal.Goal;
import tutor.mastery.BktParameters;
import tutor.mastery.Evidence;
import tutor.mastery.SkillMastery;
import tutor.pack.AuthorExamples;
import tutor.pack.CardKey;
import tutor.pack.Pack;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.packfile.PackReader;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsParameters;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.ReviewOutcome;
import tutor.schedule.SchedulerConfig;

/**
 * The store's contract: what every adapter of the store port must do, whatever keeps the data. It
 * talks to the port only, so that a second adapter (PostgreSQL, next) runs it unchanged: a subclass
 * says where a fresh, empty store may be made ({@link #freshLocation}), nothing else; the contract
 * opens it, and second handles on it, through {@link Stores}, as tutor does.
 *
 * <p>What it pins down, beyond "what is written comes back": an answer is written all or nothing
 * (its review, card and mastery), answers survive closing the store, two learners answering at once
 * through two handles neither lose nor cross answers, undo and dispute put everything back, pack
 * updates keep progress, numbers and instants come back exactly (doubles bit for bit, instants to
 * the millisecond, infinity too).
 *
 * <p>Instants are given to the millisecond: that is what every store keeps.
 */
public abstract class StoreContract {
  /** A study day's start; every instant here is to the millisecond. */
  protected static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

  private static final long DAY = 86_400;
  private static final FsrsScheduler FSRS =
      new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false));

  /** Where the test packs are written. */
  @TempDir protected Path packs;

  /** The store under test, fresh for each test, with the demo pack 1.0.0 installed. */
  protected Store store;

  protected Learner learner;
  private final List<Store> opened = new ArrayList<>();

  /**
   * Where a new, empty store (schema up to date, no learner, no pack) may be made for one test: a
   * file's path, or a server's URI naming a fresh database or schema. The contract opens it through
   * {@link Stores}, as tutor does, so the adapter under test must be the one that takes it.
   */
  protected abstract StoreLocation freshLocation() throws Exception;

  private final Map<Store, StoreLocation> locations = new java.util.IdentityHashMap<>();

  /** A new, empty store at a {@link #freshLocation}, opened as tutor opens one. */
  protected Store newStore() throws Exception {
    StoreLocation where = freshLocation();
    Store s = Stores.open(where);
    locations.put(s, where);
    return s;
  }

  /**
   * A second handle on the data of {@code store} (which may be closed): what another process or a
   * reopened store sees.
   */
  protected Store secondHandle(Store store) {
    return Stores.open(location(store));
  }

  /** Where {@code store}, opened by {@link #newStore}, lives. */
  protected StoreLocation location(Store store) {
    return locations.get(store);
  }

  @BeforeEach
  void openStore() throws Exception {
    store = track(newStore());
    learner = store.currentLearner(T0);
    store.installPack(demo("1.0.0", true), "test", "h1", T0);
  }

  @AfterEach
  void closeStores() {
    for (Store s : opened) s.close();
  }

  private Store track(Store s) {
    opened.add(s);
    return s;
  }

  /** Another handle on the store under test, closed after the test. */
  protected Store again() throws Exception {
    return track(secondHandle(store));
  }

  protected Pack demo(String version, boolean withCapital) throws Exception {
    return PackReader.read(TestPacks.demo(packs, version, withCapital));
  }

  // ---- answers ----

  protected static CardKey card(String exerciseId) {
    return new CardKey("demo", exerciseId);
  }

  /** The demo pack's skill of each exercise. */
  protected static SkillKey skillOf(String exerciseId) {
    return new SkillKey(
        "demo", Set.of("planets", "water").contains(exerciseId) ? "more" : "basics");
  }

  /**
   * The answer a session would write now for {@code learnerId}: computed from what {@code s} holds
   * (the card and mastery before), scheduled by FSRS, mastery moved by BKT.
   */
  public static AnswerRecord answer(
      Store s, long learnerId, String exerciseId, boolean right, Instant at) {
    return answer(s, learnerId, exerciseId, right, at, "study");
  }

  public static AnswerRecord answer(
      Store s, long learnerId, String exerciseId, boolean right, Instant at, String kind) {
    CardKey key = card(exerciseId);
    SkillKey skill = skillOf(exerciseId);
    CardState before = s.studyData(learnerId).cards().get(key);
    ReviewOutcome outcome =
        FSRS.review(
            before == null ? CardState.newCard(at) : before,
            right ? Rating.GOOD : Rating.AGAIN,
            at,
            1);
    SkillMastery m0 = s.mastery(learnerId).get(skill);
    SkillMastery m1 =
        (m0 == null ? SkillMastery.fresh(BktParameters.DEFAULT) : m0)
            .after(right, BktParameters.DEFAULT);
    Map<SkillKey, SkillMastery> masteryBefore = new HashMap<>();
    masteryBefore.put(skill, m0); // null: the skill had not been practised
    return new AnswerRecord(
        learnerId,
        key,
        at,
        kind,
        right,
        1_500L,
        0,
        right ? "right" : "wrong",
        before,
        outcome,
        masteryBefore,
        Map.of(skill, m1));
  }

  /** The row of the review log that {@code a} writes: every column, as it was given. */
  protected static LoggedReview logged(AnswerRecord a) {
    return new LoggedReview(
        a.card(),
        a.at(),
        a.kind(),
        a.outcome().rating().value(),
        a.correct(),
        a.responseMillis(),
        a.hintsUsed(),
        a.answer(),
        a.before() == null ? CardPhase.NEW : a.before().phase(),
        a.confidence(),
        a.shown(),
        a.disputed());
  }

  /** Everything of a learner the port shows, to compare before and after. */
  protected record Seen(
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      List<LoggedReview> log,
      List<Leech> leeches,
      Set<SkillKey> lessons,
      Map<String, String> settings) {}

  protected static Seen seen(Store s, long learnerId) {
    return new Seen(
        s.studyData(learnerId).cards(),
        s.mastery(learnerId),
        s.reviewLog(learnerId),
        s.leeches(learnerId),
        s.lessonsSeen(learnerId),
        s.settings(learnerId));
  }

  @Test
  void anAnswerWritesItsReviewCardAndMasteryTogether() {
    AnswerRecord a = answer(store, learner.id(), "capital", true, T0);
    store.recordAnswer(a);
    assertEquals(
        Map.of(card("capital"), a.outcome().card()), store.studyData(learner.id()).cards());
    assertEquals(a.masteryAfter(), store.mastery(learner.id()));
    assertEquals(List.of(logged(a)), store.reviewLog(learner.id()));
    assertEquals(1, store.introducedSince(learner.id(), T0));
    assertEquals(0, store.reviewedSince(learner.id(), T0));
  }

  @Test
  void anAnswerThatFailsMidwayLeavesNothingOfItselfBehind() {
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    Seen before = seen(store, learner.id());
    // A right review of a card already seen, whose mastery names a skill that is not installed:
    // the review row and the card update come first, the mastery is refused. None of it may stay.
    AnswerRecord good = answer(store, learner.id(), "capital", true, T0.plusSeconds(3 * DAY));
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
            good.before(),
            good.outcome(),
            good.masteryBefore(),
            Map.of(
                skillOf("capital"),
                new SkillMastery(0.9, 2, 2),
                new SkillKey("demo", "no-such-skill"),
                new SkillMastery(0.5, 1, 1)));
    assertThrows(StoreException.class, () -> store.recordAnswer(broken));
    assertEquals(before, seen(store, learner.id()));
    assertEquals(0, store.reviewedSince(learner.id(), T0.plusSeconds(DAY)));
    // The store still works, and the same answer done right goes in whole.
    store.recordAnswer(good);
    assertEquals(good.outcome().card(), store.studyData(learner.id()).cards().get(card("capital")));
  }

  @Test
  void anAnswerToAnExerciseThatIsNotInstalledIsRefusedWhole() {
    AnswerRecord real = answer(store, learner.id(), "capital", true, T0);
    AnswerRecord stray =
        new AnswerRecord(
            learner.id(),
            new CardKey("demo", "no-such-exercise"),
            T0,
            "study",
            true,
            null,
            0,
            "x",
            null,
            real.outcome(),
            real.masteryBefore(),
            real.masteryAfter());
    assertThrows(StoreException.class, () -> store.recordAnswer(stray));
    assertEquals(
        new Seen(Map.of(), Map.of(), List.of(), List.of(), Set.of(), Map.of()),
        seen(store, learner.id()));
  }

  @Test
  void answersSurviveClosingAndReopening() throws Exception {
    Instant at = T0;
    for (String id : List.of("capital", "sum", "capital", "colour", "planets", "sum")) {
      store.recordAnswer(answer(store, learner.id(), id, !id.equals("sum"), at));
      at = at.plusSeconds(2 * DAY + 17);
    }
    store.setSetting(learner.id(), "daily-new", "7");
    store.markLessonSeen(learner.id(), skillOf("sum"), T0);
    Seen written = seen(store, learner.id());
    store.close();
    Store reopened = again();
    assertEquals(written, seen(reopened, learner.id()));
    assertEquals(learner, reopened.currentLearner(at));
    assertEquals(Optional.of("1.0.0"), reopened.installedVersion("demo"));
  }

  @Test
  void cardsAndMasteryComeBackBitForBit() {
    Map<CardKey, CardState> written = new HashMap<>();
    Map<SkillKey, SkillMastery> mastery = new HashMap<>();
    Instant at = T0;
    for (String id : List.of("capital", "sum", "capital", "colour", "sum", "capital", "water")) {
      AnswerRecord a = answer(store, learner.id(), id, !id.equals("sum"), at);
      store.recordAnswer(a);
      written.put(a.card(), a.outcome().card());
      mastery.putAll(a.masteryAfter());
      at = at.plusSeconds(3 * DAY + 17);
    }
    assertTrue(
        written.values().stream()
            .anyMatch(c -> c.stability() != Math.rint(c.stability() * 1e6) / 1e6),
        "doubles with more digits than a short text keeps");
    assertEquals(written, store.studyData(learner.id()).cards());
    assertEquals(written, store.studyOutline(learner.id()).cards());
    assertEquals(mastery, store.mastery(learner.id()));
    assertEquals(mastery, store.studyData(learner.id()).mastery());
  }

  @Test
  void anInfiniteStabilityComesBackInfinite() {
    AnswerRecord a = answer(store, learner.id(), "capital", true, T0);
    CardState c = a.outcome().card();
    CardState forever =
        new CardState(
            c.phase(),
            c.step(),
            Double.POSITIVE_INFINITY,
            c.difficulty(),
            c.due(),
            c.lastReview(),
            c.reps(),
            c.lapses());
    ReviewOutcome o = a.outcome();
    store.recordAnswer(
        new AnswerRecord(
            a.learnerId(),
            a.card(),
            a.at(),
            a.kind(),
            true,
            null,
            0,
            "right",
            null,
            new ReviewOutcome(
                forever, o.rating(), o.elapsedDays(), o.retrievabilityBefore(), o.scheduledDays()),
            a.masteryBefore(),
            a.masteryAfter()));
    assertEquals(
        Double.POSITIVE_INFINITY,
        store.studyData(learner.id()).cards().get(card("capital")).stability());
  }

  @Test
  void aCramAnswerIsLoggedButMovesNeitherCardNorMastery() {
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    Seen before = seen(store, learner.id());
    store.recordAnswer(answer(store, learner.id(), "capital", false, T0.plusSeconds(60), "cram"));
    Seen after = seen(store, learner.id());
    assertEquals(before.cards(), after.cards());
    assertEquals(before.mastery(), after.mastery());
    assertEquals(before.log(), after.log(), "the optimiser's log leaves cram out");
  }

  // ---- learners ----

  @Test
  void learnersAreKeptApartAndTheCurrentOneIsRemembered() throws Exception {
    Learner ada = store.addLearner("ada", T0.plusSeconds(5));
    assertEquals(Optional.of(ada), store.learner("ada"));
    assertEquals(Optional.empty(), store.learner("nobody"));
    assertEquals(List.of(learner, ada), store.learners());
    assertNotEquals(learner.id(), ada.id());
    store.recordAnswer(answer(store, ada.id(), "capital", true, T0));
    store.setSetting(ada.id(), "daily-new", "3");
    assertTrue(store.studyData(learner.id()).cards().isEmpty());
    assertTrue(store.mastery(learner.id()).isEmpty());
    assertEquals(Map.of(), store.settings(learner.id()));
    store.useLearner(ada);
    assertEquals(ada, store.currentLearner(T0.plusSeconds(60)));
    assertEquals(ada, again().currentLearner(T0.plusSeconds(60)));
  }

  @Test
  void aSecondLearnerWithTheSameNameIsRefused() {
    store.addLearner("ada", T0);
    assertThrows(StoreException.class, () -> store.addLearner("ada", T0.plusSeconds(1)));
    assertEquals(2, store.learners().size());
  }

  @Test
  void settingsRoundTripPerLearnerAndForTheApp() throws Exception {
    Learner ada = store.addLearner("ada", T0);
    store.setSetting(learner.id(), "daily-new", "10");
    store.setSetting(learner.id(), "retention", "0.9");
    store.setSetting(learner.id(), "daily-new", "12"); // replaces
    store.setSetting(ada.id(), "daily-new", "5");
    store.setSetting(ada.id(), "note", "ünïcødé, 'quotes' and \"more\"; -- not SQL");
    store.setAppSetting("theme", "dark");
    store.setAppSetting("theme", "light");
    Store other = again();
    assertEquals(Map.of("daily-new", "12", "retention", "0.9"), other.settings(learner.id()));
    assertEquals(
        Map.of("daily-new", "5", "note", "ünïcødé, 'quotes' and \"more\"; -- not SQL"),
        other.settings(ada.id()));
    assertEquals(Optional.of("light"), other.appSetting("theme"));
    assertEquals(Optional.empty(), other.appSetting("no-such-setting"));
  }

  // ---- undo and dispute ----

  @Test
  void undoPutsBackCardMasteryAndLogAnswerByAnswer() {
    Seen empty = seen(store, learner.id());
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    Seen afterOne = seen(store, learner.id());
    store.recordAnswer(answer(store, learner.id(), "capital", false, T0.plusSeconds(2 * DAY)));
    store.recordAnswer(answer(store, learner.id(), "sum", true, T0.plusSeconds(2 * DAY + 60)));
    store.recordAnswer(answer(store, learner.id(), "planets", true, T0.plusSeconds(2 * DAY + 120)));

    assertEquals(
        Optional.of(new UndoneAnswer(card("planets"), T0.plusSeconds(2 * DAY + 120), true)),
        store.undoLast(learner.id()));
    assertEquals(
        Optional.of(new UndoneAnswer(card("sum"), T0.plusSeconds(2 * DAY + 60), true)),
        store.undoLast(learner.id()));
    assertEquals(
        Optional.of(new UndoneAnswer(card("capital"), T0.plusSeconds(2 * DAY), false)),
        store.undoLast(learner.id()));
    assertEquals(afterOne, seen(store, learner.id()));
    assertEquals(
        Optional.of(new UndoneAnswer(card("capital"), T0, true)), store.undoLast(learner.id()));
    assertEquals(empty.cards(), seen(store, learner.id()).cards());
    assertEquals(empty.log(), seen(store, learner.id()).log());
    assertEquals(Optional.empty(), store.undoLast(learner.id()));
  }

  @Test
  void undoTakesBackOnlyThatLearnersAnswer() {
    Learner ada = store.addLearner("ada", T0);
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    store.recordAnswer(answer(store, ada.id(), "sum", true, T0.plusSeconds(10)));
    Seen adas = seen(store, ada.id());
    assertEquals(
        Optional.of(new UndoneAnswer(card("capital"), T0, true)), store.undoLast(learner.id()));
    assertEquals(adas, seen(store, ada.id()));
  }

  /** The same answer as {@code rejected}, counted as right: what :dispute writes. */
  private AnswerRecord disputed(AnswerRecord rejected) {
    SkillKey skill = skillOf(rejected.card().exerciseId());
    SkillMastery m0 = rejected.masteryBefore().get(skill);
    SkillMastery m1 =
        (m0 == null ? SkillMastery.fresh(BktParameters.DEFAULT) : m0)
            .after(true, BktParameters.DEFAULT);
    ReviewOutcome outcome =
        FSRS.review(
            rejected.before() == null ? CardState.newCard(rejected.at()) : rejected.before(),
            Rating.GOOD,
            rejected.at(),
            1);
    return new AnswerRecord(
        rejected.learnerId(),
        rejected.card(),
        rejected.at(),
        rejected.kind(),
        true,
        rejected.responseMillis(),
        rejected.hintsUsed(),
        rejected.answer(),
        rejected.before(),
        outcome,
        rejected.masteryBefore(),
        Map.of(skill, m1),
        null,
        null,
        false,
        true);
  }

  @Test
  void aDisputedAnswerCountsAsRightAndUndoStillGoesBackToBeforeIt() {
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    Seen beforeRejected = seen(store, learner.id());
    AnswerRecord rejected = answer(store, learner.id(), "capital", false, T0.plusSeconds(3 * DAY));
    store.recordAnswer(rejected);
    AnswerRecord disputed = disputed(rejected);
    assertTrue(store.disputeLast(disputed));
    assertEquals(
        disputed.outcome().card(), store.studyData(learner.id()).cards().get(card("capital")));
    assertEquals(disputed.masteryAfter(), store.mastery(learner.id()));
    List<LoggedReview> log = store.reviewLog(learner.id());
    assertEquals(2, log.size(), "the dispute replaces the rejected answer, it adds none");
    assertEquals(Rating.GOOD.value(), log.get(1).rating());
    assertFalse(store.disputeLast(disputed), "a right answer cannot be disputed");
    assertEquals(
        Optional.of(new UndoneAnswer(card("capital"), T0.plusSeconds(3 * DAY), true)),
        store.undoLast(learner.id()));
    assertEquals(beforeRejected, seen(store, learner.id()));
  }

  @Test
  void onlyTheLastAnswerAndOnlyARejectedOneCanBeDisputed() {
    AnswerRecord rejected = answer(store, learner.id(), "capital", false, T0);
    store.recordAnswer(rejected);
    store.recordAnswer(answer(store, learner.id(), "sum", true, T0.plusSeconds(60)));
    Seen before = seen(store, learner.id());
    assertFalse(store.disputeLast(disputed(rejected)), "not the last answer");
    AnswerRecord right = answer(store, learner.id(), "sum", true, T0.plusSeconds(120));
    store.recordAnswer(right);
    Seen afterRight = seen(store, learner.id());
    assertFalse(store.disputeLast(disputed(right)), "a right answer");
    assertEquals(afterRight, seen(store, learner.id()));
    assertNotEquals(before, afterRight);
  }

  @Test
  void aDisputeThatFailsMidwayLeavesTheRejectedAnswerAsItWas() {
    AnswerRecord rejected = answer(store, learner.id(), "capital", false, T0);
    store.recordAnswer(rejected);
    Seen before = seen(store, learner.id());
    AnswerRecord ok = disputed(rejected);
    AnswerRecord broken =
        new AnswerRecord(
            ok.learnerId(),
            ok.card(),
            ok.at(),
            ok.kind(),
            true,
            null,
            0,
            ok.answer(),
            ok.before(),
            ok.outcome(),
            ok.masteryBefore(),
            Map.of(new SkillKey("demo", "no-such-skill"), new SkillMastery(0.5, 1, 1)),
            null,
            null,
            false,
            true);
    assertThrows(StoreException.class, () -> store.disputeLast(broken));
    assertEquals(before, seen(store, learner.id()));
    assertTrue(store.disputeLast(ok), "the rejected answer is still the last, still disputable");
  }

  @Test
  void aDisputeTakesBackTheLeechFlagItsAnswerSet() {
    AnswerRecord rejected = answer(store, learner.id(), "capital", false, T0);
    store.recordAnswer(rejected);
    Leech flagged = new Leech(card("capital"), 8, T0, Leech.Action.SUSPEND, true);
    store.markLeech(learner.id(), flagged);
    assertTrue(store.disputeLast(disputed(rejected), new Store.LeechBefore(card("capital"), null)));
    assertEquals(List.of(), store.leeches(learner.id()));

    Leech earlier = new Leech(card("sum"), 4, T0, Leech.Action.RETEACH, false);
    store.markLeech(learner.id(), earlier);
    AnswerRecord again = answer(store, learner.id(), "sum", false, T0.plusSeconds(DAY));
    store.recordAnswer(again);
    store.markLeech(
        learner.id(), new Leech(card("sum"), 6, T0.plusSeconds(DAY), Leech.Action.RETEACH, false));
    assertTrue(store.disputeLast(disputed(again), new Store.LeechBefore(card("sum"), earlier)));
    assertEquals(List.of(earlier), store.leeches(learner.id()));
  }

  // ---- concurrent learners ----

  @Test
  void twoLearnersAnsweringAtOnceThroughTwoHandlesLoseAndCrossNothing() throws Exception {
    Learner ada = store.addLearner("ada", T0);
    Learner bo = store.addLearner("bo", T0);
    Store first = again();
    Store second = again();
    List<String> ids = List.of("capital", "sum", "colour", "boil", "planets", "water");
    int rounds = 24;
    CyclicBarrier inStep = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<AnswerRecord>> adas =
          pool.submit(() -> study(first, ada, ids, true, rounds, inStep, 0));
      Future<List<AnswerRecord>> bos =
          pool.submit(() -> study(second, bo, ids, false, rounds, inStep, 1));
      // A bound only so that a deadlock fails instead of hanging the build.
      checkAnswers(ada, adas.get(2, TimeUnit.MINUTES));
      checkAnswers(bo, bos.get(2, TimeUnit.MINUTES));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(), store.reviewLog(learner.id()));
  }

  /** One learner's answers, each round at the same moment as the other learner's. */
  private static List<AnswerRecord> study(
      Store s,
      Learner who,
      List<String> ids,
      boolean right,
      int rounds,
      CyclicBarrier inStep,
      int offsetMillis)
      throws Exception {
    List<AnswerRecord> written = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      inStep.await(1, TimeUnit.MINUTES);
      Instant at = T0.plusSeconds(i * 600L).plusMillis(offsetMillis);
      AnswerRecord a = answer(s, who.id(), ids.get(i % ids.size()), right ^ (i % 5 == 4), at);
      s.recordAnswer(a);
      written.add(a);
    }
    return written;
  }

  private void checkAnswers(Learner who, List<AnswerRecord> written) {
    assertEquals(
        written.stream().map(StoreContract::logged).toList(),
        store.reviewLog(who.id()),
        who.name() + "'s log: every answer, only theirs");
    Map<CardKey, CardState> cards = new HashMap<>();
    Map<SkillKey, SkillMastery> mastery = new HashMap<>();
    for (AnswerRecord a : written) {
      cards.put(a.card(), a.outcome().card());
      mastery.putAll(a.masteryAfter());
    }
    assertEquals(cards, store.studyData(who.id()).cards(), who.name() + "'s cards");
    assertEquals(mastery, store.mastery(who.id()), who.name() + "'s mastery");
  }

  @Test
  void aSecondHandleSeesEveryCommittedAnswer() throws Exception {
    Store other = again();
    for (int i = 0; i < 5; i++) {
      store.recordAnswer(answer(store, learner.id(), "sum", i % 2 == 0, T0.plusSeconds(i * DAY)));
      assertEquals(seen(store, learner.id()), seen(other, learner.id()));
    }
  }

  // ---- the adapter's location ----

  @Test
  void theAdapterThatTakesTheLocationOpensIt() {
    StoreLocation where = location(store);
    StoreAdapter adapter = Stores.adapterFor(where).orElseThrow();
    assertTrue(adapter.accepts(where), adapter.name() + " takes " + where);
    assertEquals(adapter.schemaVersion(), Stores.adapter(where).schemaVersion());
    assertFalse(
        adapter.accepts(new StoreLocation("no-such-scheme://" + where)),
        "a scheme no adapter has is no adapter's");
  }

  // ---- packs ----

  @Test
  void installedContentComesBackAsItWasWritten() throws Exception {
    Pack pack = demo("1.0.0", true);
    StudyData data = store.studyData(learner.id());
    assertEquals(
        pack.exercises(), data.exercises().stream().map(StoredExercise::exercise).toList());
    assertEquals(pack.exercises().get(0), store.exercise(card("capital")).orElseThrow());
    assertEquals(Optional.empty(), store.exercise(card("no-such-exercise")));
    assertEquals(List.of("basics", "more"), store.skills().stream().map(StoredSkill::id).toList());
    assertEquals(List.of("basics"), store.skills().get(1).requires());
    assertEquals(pack.units(), store.units("demo"));
    assertEquals(List.of(), store.units("no-such-pack"));
    assertEquals(Map.of("demo", "Demo pack"), store.packTitles());
    assertEquals(
        data.exercises().stream().map(e -> e.exercise().id()).toList(),
        store.studyOutline(learner.id()).exercises().stream().map(e -> e.exercise().id()).toList());
  }

  @Test
  void aPackUpdateRetiresRemovedExercisesAndKeepsEveryonesProgress() throws Exception {
    Learner ada = store.addLearner("ada", T0);
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    store.recordAnswer(answer(store, learner.id(), "sum", true, T0.plusSeconds(60)));
    store.recordAnswer(answer(store, ada.id(), "colour", false, T0.plusSeconds(90)));
    Seen mine = seen(store, learner.id());
    Seen adas = seen(store, ada.id());

    InstallReport r = store.installPack(demo("1.1.0", false), "test", "h2", T0.plusSeconds(120));
    assertEquals("1.0.0", r.previousVersion());
    assertEquals(1, r.retired());
    assertEquals(List.of(), r.reset());
    assertEquals(Optional.of("1.1.0"), store.installedVersion("demo"));
    StudyData data = store.studyData(learner.id());
    assertTrue(data.exercises().stream().noneMatch(e -> e.exercise().id().equals("capital")));
    assertTrue(store.exercise(card("capital")).isPresent(), "a retired exercise is still there");
    assertEquals(mine.log(), store.reviewLog(learner.id()), "the review log is never deleted");
    assertEquals(mine.cards().get(card("sum")), data.cards().get(card("sum")));
    assertEquals(mine.mastery(), store.mastery(learner.id()));
    assertEquals(adas, seen(store, ada.id()));
    assertTrue(
        store.dueBefore(learner.id(), T0.plusSeconds(400 * DAY), 100).stream()
            .noneMatch(d -> d.card().equals(card("capital"))),
        "retired exercises are never due");

    InstallReport back = store.installPack(demo("1.2.0", true), "test", "h3", T0.plusSeconds(180));
    assertEquals(List.of("capital"), back.revived(), "brought back, not new");
    assertEquals(0, back.added());
    assertEquals(0, back.revivedReset());
    assertEquals(
        mine.cards(),
        store.studyData(learner.id()).cards(),
        "reinstalling a retired exercise brings its card back");
  }

  @Test
  void aRetiredExerciseThatComesBackWithAnotherAnswerStartsAgain() throws Exception {
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    store.installPack(demo("1.1.0", false), "test", "h2", T0.plusSeconds(60)); // capital retired
    Path back = TestPacks.demo(packs, "1.2.0", true);
    Path basics = back.resolve("exercises/basics.yaml");
    Files.writeString(
        basics, Files.readString(basics).replace("answers: [Paris]", "answers: [Lyon]"));
    InstallReport r = store.installPack(PackReader.read(back), "test", "h3", T0.plusSeconds(120));
    assertEquals(List.of("capital"), r.reset(), "its card was of the answer Paris");
    assertEquals(List.of("capital"), r.revived());
    assertEquals(1, r.revivedReset());
    assertTrue(r.resetReasons().get("capital").startsWith("back after it was retired, and "));
    assertEquals(List.of("default"), r.learnersReset());
    assertFalse(
        store.studyData(learner.id()).cards().containsKey(card("capital")),
        "a learner who knew Paris is not taken to know Lyon");
  }

  @Test
  void aRealPackInstallsAndReinstallingItKeepsProgress() throws Exception {
    Pack git = PackReader.read(Path.of("content/git"));
    store.installPack(git, "content/git", "g1", T0);
    String first = git.exercises().get(0).id();
    String skill = git.exercises().get(0).skills().get(0);
    CardKey key = new CardKey(git.id(), first);
    ReviewOutcome o = FSRS.review(CardState.newCard(T0), Rating.GOOD, T0, 1);
    SkillMastery m = SkillMastery.fresh(BktParameters.DEFAULT).after(true, BktParameters.DEFAULT);
    Map<SkillKey, SkillMastery> before = new HashMap<>();
    before.put(new SkillKey(git.id(), skill), null);
    store.recordAnswer(
        new AnswerRecord(
            learner.id(),
            key,
            T0,
            "study",
            true,
            null,
            0,
            "git init",
            null,
            o,
            before,
            Map.of(new SkillKey(git.id(), skill), m)));
    InstallReport again = store.installPack(git, "content/git", "g1", T0.plusSeconds(60));
    assertEquals(git.exercises().size(), again.unchanged());
    assertEquals(o.card(), store.studyData(learner.id()).cards().get(key));
    assertEquals(git.exercises().get(0), store.exercise(key).orElseThrow());
    assertEquals(2, store.packs(learner.id()).size());
  }

  @Test
  void anExercisesAuthorExamplesComeBackWithItsPack() throws Exception {
    AuthorExamples capital =
        new AuthorExamples(List.of(List.of("Paris"), List.of("paris")), List.of(List.of("Lyon")));
    AuthorExamples boil =
        new AuthorExamples(List.of(List.of("100", "Celsius")), List.of(List.of("90", "C")));
    store.installPack(
        demo("1.0.1", true), Map.of("capital", capital, "boil", boil), "test", "h2", T0);
    assertEquals(Map.of("capital", capital, "boil", boil), store.examples("demo"));
    assertEquals(Map.of(), store.examples("no-such-pack"));
  }

  @Test
  void packListsCountWhatTheLearnerHasSeen() {
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    store.recordAnswer(answer(store, learner.id(), "sum", true, T0.plusSeconds(60)));
    PackSummary p = store.packs(learner.id()).get(0);
    assertEquals("demo", p.id());
    assertEquals("1.0.0", p.version());
    assertEquals(2, p.skills());
    assertEquals(6, p.exercises());
    assertEquals(2, p.exercisesSeen());
    assertEquals("test", p.source());
  }

  // ---- reading what is due and known ----

  @Test
  void dueCardsComeSoonestFirstAndCountTheSame() {
    Instant at = T0;
    for (String id : List.of("capital", "sum", "colour", "water")) {
      store.recordAnswer(answer(store, learner.id(), id, !id.equals("sum"), at));
      at = at.plusSeconds(60);
    }
    Map<CardKey, CardState> cards = store.studyData(learner.id()).cards();
    Instant far = T0.plusSeconds(365 * DAY);
    List<DueItem> due = store.dueBefore(learner.id(), far, 10);
    assertEquals(4, due.size());
    for (int i = 1; i < due.size(); i++)
      assertFalse(due.get(i).due().isBefore(due.get(i - 1).due()), "soonest first");
    for (DueItem d : due) assertEquals(cards.get(d.card()).due(), d.due());
    assertEquals(2, store.dueBefore(learner.id(), far, 2).size());
    Instant firstDue = due.get(0).due();
    assertEquals(List.of(), store.dueBefore(learner.id(), firstDue, 10), "strictly before");
    assertEquals(List.of(4), store.dueCounts(learner.id(), null, List.of(far)));
    assertEquals(List.of(4), store.dueCounts(learner.id(), "demo", List.of(far)));
    assertEquals(List.of(0), store.dueCounts(learner.id(), "other", List.of(far)));
    DueOutlook outlook = store.dueOutlook(learner.id(), far, far, List.of(far.plusSeconds(DAY)), 3);
    assertEquals(4, outlook.dueNow());
    assertEquals(due.subList(0, 3), outlook.listed());
  }

  @Test
  void aSuspendedLeechIsNeitherDueNorCountedUntilUnsuspended() {
    Instant at = T0;
    for (String id : List.of("capital", "sum", "colour", "water")) {
      store.recordAnswer(answer(store, learner.id(), id, true, at));
      at = at.plusSeconds(60);
    }
    Map<CardKey, CardState> cards = store.studyData(learner.id()).cards();
    // The soonest due is suspended (so the next due time must skip it); another is re-taught and
    // stays in study.
    CardKey soonest =
        cards.entrySet().stream()
            .min(Map.Entry.comparingByValue(java.util.Comparator.comparing(CardState::due)))
            .orElseThrow()
            .getKey();
    CardKey retaught = soonest.equals(card("sum")) ? card("colour") : card("sum");
    store.markLeech(
        learner.id(), new Leech(soonest, 8, T0.plusSeconds(DAY), Leech.Action.SUSPEND, true));
    store.markLeech(
        learner.id(), new Leech(retaught, 8, T0.plusSeconds(DAY), Leech.Action.RETEACH, false));
    Instant far = T0.plusSeconds(365 * DAY);
    List<DueItem> due = store.dueBefore(learner.id(), far, 10);
    assertEquals(3, due.size(), due.toString());
    assertFalse(due.stream().anyMatch(d -> d.card().equals(soonest)), "listed: not the suspended");
    assertEquals(List.of(3), store.dueCounts(learner.id(), null, List.of(far)));
    assertEquals(List.of(3), store.dueCounts(learner.id(), "demo", List.of(far)));
    DueOutlook outlook =
        store.dueOutlook(learner.id(), far, far, List.of(far.plusSeconds(DAY)), 10);
    assertEquals(3, outlook.dueNow());
    assertEquals(due, outlook.listed());
    DueOutlook ahead = store.dueOutlook(learner.id(), T0, T0, List.of(far), 10);
    assertEquals(0, ahead.dueNow());
    assertEquals(List.of(3), ahead.later());
    assertEquals(Optional.of(due.get(0).due()), ahead.next(), "the next due is not the suspended");

    assertEquals(1, store.unsuspendLeeches(learner.id(), Optional.of(soonest)));
    assertEquals(List.of(4), store.dueCounts(learner.id(), null, List.of(far)));
    assertEquals(4, store.dueBefore(learner.id(), far, 10).size());
    assertEquals(
        Optional.of(cards.get(soonest).due()),
        store.dueOutlook(learner.id(), T0, T0, List.of(far), 10).next());
  }

  @Test
  void todaysCountsSeparateNewExercisesFromReviews() {
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    store.recordAnswer(answer(store, learner.id(), "sum", true, T0.plusSeconds(60)));
    Instant nextDay = T0.plusSeconds(DAY);
    store.recordAnswer(answer(store, learner.id(), "capital", true, nextDay));
    store.recordAnswer(answer(store, learner.id(), "colour", false, nextDay.plusSeconds(60)));
    store.recordAnswer(answer(store, learner.id(), "sum", true, nextDay.plusSeconds(90), "cram"));
    assertEquals(3, store.introducedSince(learner.id(), T0));
    assertEquals(1, store.introducedSince(learner.id(), nextDay));
    assertEquals(1, store.reviewedSince(learner.id(), T0), "cram is practice, not a review");
    assertEquals(0, store.reviewedSince(learner.id(), nextDay.plusSeconds(1)));
  }

  @Test
  void theOutlookSaysWhatIsDueNowNextAndLater() {
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    store.recordAnswer(answer(store, learner.id(), "sum", false, T0.plusSeconds(60)));
    List<Instant> dues =
        store.studyData(learner.id()).cards().values().stream()
            .map(CardState::due)
            .sorted()
            .toList();
    Instant now = dues.get(0); // the first is due now, the second later
    Instant end = dues.get(1).plusSeconds(DAY);
    DueOutlook outlook = store.dueOutlook(learner.id(), now, now, List.of(end), 10);
    assertEquals(1, outlook.dueNow());
    assertEquals(1, outlook.listed().size());
    assertEquals(Optional.of(dues.get(1)), outlook.next());
    assertEquals(List.of(1), outlook.later());
    assertEquals(List.of(1, 1), store.dueCounts(learner.id(), null, List.of(dues.get(1), end)));
  }

  @Test
  void placementMasteryLessonsAndLeechesRoundTrip() throws Exception {
    SkillMastery placed =
        new SkillMastery(0.95, 0, 0, new Evidence(null, null, false, false, true));
    SkillMastery practised =
        new SkillMastery(0.987654321012345, 4, 3, new Evidence("capital", T0, true, false, false));
    store.setMastery(learner.id(), Map.of(skillOf("sum"), practised, skillOf("water"), placed), T0);
    store.markLessonSeen(learner.id(), skillOf("sum"), T0);
    store.markLessonSeen(learner.id(), skillOf("sum"), T0.plusSeconds(5)); // twice is once
    Leech a = new Leech(card("boil"), 8, T0, Leech.Action.SUSPEND, true);
    Leech b = new Leech(card("capital"), 9, T0.plusSeconds(1), Leech.Action.RETEACH, false);
    store.markLeech(learner.id(), a);
    store.markLeech(learner.id(), b);
    Learner ada = store.addLearner("ada", T0);
    store.markLeech(ada.id(), new Leech(card("boil"), 8, T0, Leech.Action.SUSPEND, true));

    Store other = again();
    assertEquals(
        Map.of(skillOf("sum"), practised, skillOf("water"), placed), other.mastery(learner.id()));
    assertEquals(Set.of(skillOf("sum")), other.lessonsSeen(learner.id()));
    assertEquals(List.of(a, b), other.leeches(learner.id()));
    assertEquals(
        new LinkedHashMap<>(Map.of("boil", 2, "capital", 1)),
        new LinkedHashMap<>(other.leechLearners("demo")));
    assertEquals(1, other.unsuspendLeeches(learner.id(), Optional.of(card("boil"))));
    assertEquals(0, other.unsuspendLeeches(learner.id(), Optional.empty()));
    assertEquals(1, store.unsuspendLeeches(ada.id(), Optional.empty()));
    assertFalse(store.leeches(learner.id()).get(0).suspended());
  }

  @Test
  void fittedParametersKeepTheLastAdoptedOne() {
    assertEquals(Optional.empty(), store.adoptedParameters(learner.id()));
    double[] w = FsrsParameters.DEFAULT.toArray();
    w[0] = 0.3000000000000000444;
    FittedParameters adopted =
        new FittedParameters(
            learner.id(),
            T0,
            "history",
            1200,
            800,
            new FsrsParameters(w),
            0.41,
            0.3712345678901,
            0.05,
            0.04,
            true);
    store.saveFittedParameters(adopted);
    store.saveFittedParameters(
        new FittedParameters(
            learner.id(),
            T0.plusSeconds(60),
            "history",
            1300,
            900,
            FsrsParameters.DEFAULT,
            0.4,
            0.5,
            0.05,
            0.06,
            false));
    assertEquals(Optional.of(adopted), store.adoptedParameters(learner.id()));
  }

  @Test
  void skillTalliesCountExercisesSeenAndRecall() {
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    store.recordAnswer(answer(store, learner.id(), "water", true, T0));
    Map<SkillKey, SkillTally> tallies = store.skillTallies(learner.id(), c -> 0.5);
    SkillTally basics = tallies.get(skillOf("capital"));
    assertEquals(4, basics.exercises());
    assertEquals(1, basics.seen());
    SkillTally more = tallies.get(skillOf("water"));
    assertEquals(2, more.exercises());
    assertEquals(1, more.seen());
    assertNull(tallies.get(new SkillKey("demo", "no-such-skill")));
  }

  // ---- goals ----

  @Test
  void goalsRoundTripPerLearner() throws Exception {
    Learner ada = store.addLearner("ada", T0);
    Goal exam =
        store
            .goals()
            .add(
                learner.id(),
                new Goal(
                    0, "demo", List.of("basics", "more"), LocalDate.of(2026, 3, 1), 20, null, T0));
    Goal daily =
        store
            .goals()
            .add(learner.id(), new Goal(0, "demo", List.of(), null, null, 15, T0.plusSeconds(1)));
    Goal adas =
        store.goals().add(ada.id(), new Goal(0, "demo", List.of("basics"), null, 10, null, T0));
    assertNotEquals(exam.id(), daily.id());
    Store other = again();
    assertEquals(List.of(exam, daily), other.goals().list(learner.id()));
    assertEquals(List.of(adas), other.goals().list(ada.id()));
    assertFalse(other.goals().remove(learner.id(), adas.id()), "not this learner's goal");
    assertTrue(other.goals().remove(learner.id(), exam.id()));
    assertFalse(other.goals().remove(learner.id(), exam.id()), "already gone");
    assertEquals(List.of(daily), store.goals().list(learner.id()));
    assertEquals(List.of(adas), store.goals().list(ada.id()));
  }

  @Test
  void aGoalIsMetOnceOnTheFirstDayAndStaysMet() throws Exception {
    Learner ada = store.addLearner("ada", T0);
    Goal exam =
        store
            .goals()
            .add(
                learner.id(),
                new Goal(0, "demo", List.of(), LocalDate.of(2026, 3, 1), 20, null, T0));
    assertNull(exam.metOn(), "a new goal is not met");
    assertFalse(store.goals().markMet(ada.id(), exam.id(), LocalDate.of(2026, 2, 1)), "not ada's");
    assertTrue(store.goals().markMet(learner.id(), exam.id(), LocalDate.of(2026, 2, 10)));
    // Met again after its skills faded and came back: the first day stays.
    assertFalse(store.goals().markMet(learner.id(), exam.id(), LocalDate.of(2026, 2, 25)));
    Store other = again();
    assertEquals(
        List.of(exam.withMetOn(LocalDate.of(2026, 2, 10))), other.goals().list(learner.id()));
    assertTrue(other.goals().list(learner.id()).get(0).metInTime());
    Goal added =
        other
            .goals()
            .add(
                ada.id(),
                new Goal(0, "demo", List.of(), null, 10, null, T0)
                    .withMetOn(LocalDate.of(2026, 1, 5)));
    assertEquals(List.of(added), store.goals().list(ada.id()), "added met (as an import does)");
  }

  // ---- history ----

  @Test
  void theHistoryHasEveryAnswerAsItWasGiven() {
    List<AnswerRecord> given = new ArrayList<>();
    Instant at = T0;
    for (String id : List.of("capital", "sum", "capital", "water")) {
      AnswerRecord a = answer(store, learner.id(), id, !id.equals("sum"), at);
      store.recordAnswer(a);
      given.add(a);
      at = at.plusSeconds(DAY + 60);
    }
    List<LoggedReview> answers = store.history().answers(learner.id());
    assertEquals(given.stream().map(StoreContract::logged).toList(), answers);
    assertEquals(answers, store.reviewLog(learner.id()), "no cram: the same rows");
    assertEquals(
        History.tallies(answers),
        store.history().tallies(learner.id(), at, null),
        "tallies counted by the store are those of the answers");
    assertEquals(
        History.tallies(answers.subList(0, 1)),
        store.history().tallies(learner.id(), T0.plusSeconds(DAY), null),
        "only the answers up to the given time");
    assertEquals(List.of(), store.history().tallies(learner.id(), at, "other-pack"));
  }

  @Test
  void firstAttemptsAreCountedOverEveryLearnerForWhatThisOneHasNotSeen() {
    Learner ada = store.addLearner("ada", T0);
    Learner bo = store.addLearner("bo", T0);
    store.recordAnswer(answer(store, ada.id(), "sum", true, T0));
    store.recordAnswer(answer(store, ada.id(), "sum", false, T0.plusSeconds(DAY))); // not a first
    store.recordAnswer(answer(store, bo.id(), "sum", false, T0));
    store.recordAnswer(answer(store, bo.id(), "capital", true, T0));
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    History h = store.history();
    assertEquals(
        Optional.of(new History.FirstAttempts(2, 2, 1)),
        h.firstAttemptsAtUnseen(learner.id(), card("sum")),
        "the pack's difficulty of sum (2), two first attempts, one right");
    assertEquals(
        Optional.empty(),
        h.firstAttemptsAtUnseen(learner.id(), card("capital")),
        "seen by this learner");
    assertEquals(
        Optional.of(new History.FirstAttempts(1, 2, 2)),
        h.firstAttemptsAtUnseen(ada.id(), card("capital")),
        "bo's and this learner's first attempts, for ada who has not seen it (difficulty 1)");
    assertEquals(
        Optional.empty(),
        h.firstAttemptsAtUnseen(learner.id(), card("colour")),
        "no first attempts yet");
    assertEquals(
        Optional.empty(),
        h.firstAttemptsAtUnseen(learner.id(), new CardKey("no-such-pack", "sum")),
        "not installed");
  }

  @Test
  void firstAttemptsAtRetiredExercisesAreLeftOut() throws Exception {
    Learner ada = store.addLearner("ada", T0);
    store.recordAnswer(answer(store, ada.id(), "capital", true, T0));
    store.recordAnswer(answer(store, ada.id(), "colour", false, T0));
    History h = store.history();
    assertEquals(
        Optional.of(new History.FirstAttempts(1, 1, 1)),
        h.firstAttemptsAtUnseen(learner.id(), card("capital")));
    assertEquals(
        Optional.of(new History.FirstAttempts(3, 1, 0)),
        h.firstAttemptsAtUnseen(learner.id(), card("colour")));
    store.installPack(demo("1.1.0", false), "test", "h2", T0.plusSeconds(60)); // capital retired
    assertEquals(Optional.empty(), h.firstAttemptsAtUnseen(learner.id(), card("capital")));
    assertEquals(
        Optional.of(new History.FirstAttempts(3, 1, 0)),
        h.firstAttemptsAtUnseen(learner.id(), card("colour")));
  }

  // ---- export, import, erase ----

  /** A learner with something in every kind of learner data the port keeps. */
  protected Learner busyLearner(Store s, String name) {
    Learner l = s.addLearner(name, T0);
    s.recordAnswer(answer(s, l.id(), "capital", true, T0));
    s.recordAnswer(answer(s, l.id(), "sum", false, T0.plusSeconds(60)));
    s.recordAnswer(answer(s, l.id(), "capital", true, T0.plusSeconds(3 * DAY)));
    s.recordAnswer(answer(s, l.id(), "water", true, T0.plusSeconds(3 * DAY + 60), "cram"));
    s.setSetting(l.id(), "daily-new", "4");
    s.markLessonSeen(l.id(), skillOf("sum"), T0);
    s.markLeech(l.id(), new Leech(card("sum"), 8, T0, Leech.Action.SUSPEND, true));
    s.setMastery(l.id(), Map.of(skillOf("water"), new SkillMastery(0.95, 0, 0)), T0);
    s.saveFittedParameters(
        new FittedParameters(
            l.id(), T0, "history", 100, 80, FsrsParameters.DEFAULT, 0.4, 0.3, 0.1, 0.09, true));
    Goal met =
        s.goals()
            .add(
                l.id(),
                new Goal(0, "demo", List.of("basics"), LocalDate.of(2026, 3, 1), 20, null, T0));
    s.goals().markMet(l.id(), met.id(), LocalDate.of(2026, 2, 20));
    s.goals().add(l.id(), new Goal(0, "demo", List.of(), null, 10, null, T0.plusSeconds(5)));
    return l;
  }

  /** Seen, and what the other ports show of the learner. */
  protected record Everything(
      Seen seen,
      List<Goal> goals,
      Optional<FsrsParameters> parameters,
      List<LoggedReview> answers) {}

  protected static Everything everything(Store s, long learnerId) {
    return new Everything(
        seen(s, learnerId),
        s.goals().list(learnerId).stream()
            .map(
                g ->
                    new Goal(
                        0,
                        g.packId(),
                        g.skills(),
                        g.deadline(),
                        g.dailyMinutes(),
                        g.dailyExercises(),
                        g.createdAt(),
                        g.metOn()))
            .toList(),
        s.adoptedParameters(learnerId).map(FittedParameters::parameters),
        s.history().answers(learnerId));
  }

  @Test
  void anExportImportedIntoAFreshStoreGivesBackTheSameLearner() throws Exception {
    Learner ada = busyLearner(store, "ada");
    Everything written = everything(store, ada.id());
    LearnerExport export = store.portability().export(ada, T0.plusSeconds(10 * DAY));

    Store fresh = track(newStore());
    fresh.currentLearner(T0); // someone else is there first: ids differ
    fresh.installPack(demo("1.0.0", true), "test", "h1", T0);
    Portability.Imported imported = fresh.portability().importExport(source(export), null);
    Learner back = imported.learner();
    assertEquals("ada", back.name());
    assertEquals(written, everything(fresh, back.id()));
    assertEquals(
        store.undoLast(ada.id()).map(UndoneAnswer::card),
        fresh.undoLast(back.id()).map(UndoneAnswer::card),
        "the imported history can be undone as the original");
    assertThrows(
        ImportRefused.class,
        () -> fresh.portability().importExport(source(export), null),
        "a learner of that name is there");
  }

  private static ExportSource source(LearnerExport export) throws Exception {
    return ExportJson.source(
        new ByteArrayInputStream(ExportJson.write(export).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aDeletedLearnerLeavesNothingThePortCanSee() throws Exception {
    Learner zelda = busyLearner(store, "zelda");
    Learner kept = busyLearner(store, "kept");
    Everything keptBefore = everything(store, kept.id());
    store.useLearner(zelda);
    Map<String, Integer> rows = store.portability().rows(zelda);
    assertTrue(rows.values().stream().mapToInt(Integer::intValue).sum() >= 10, "rows: " + rows);

    assertEquals(rows, store.portability().erase(zelda));

    Store other = again();
    for (Store s : List.of(store, other)) {
      assertEquals(Optional.empty(), s.learner("zelda"));
      assertFalse(s.learners().contains(zelda));
      assertEquals(
          new Everything(
              new Seen(Map.of(), Map.of(), List.of(), List.of(), Set.of(), Map.of()),
              List.of(),
              Optional.empty(),
              List.of()),
          everything(s, zelda.id()));
      assertTrue(s.portability().rows(zelda).values().stream().allMatch(n -> n == 0));
      assertEquals(keptBefore, everything(s, kept.id()), "the other learner keeps everything");
      assertNotEquals(zelda, s.currentLearner(T0.plusSeconds(10)), "not current any more");
    }
    assertEquals(Optional.of("1.0.0"), store.installedVersion("demo"), "installed content stays");
  }

  // ---- media ----

  @Test
  void aPacksMediaRoundTripAndAreReplacedWhole() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
    store.media().save("demo", Map.of("media/a.png", png, "media/b.ogg", new byte[] {1, 2, 3}));
    Map<String, byte[]> back = again().media().load("demo");
    assertEquals(Set.of("media/a.png", "media/b.ogg"), back.keySet());
    assertArrayEquals(png, back.get("media/a.png"));
    store.media().save("demo", Map.of("media/c.png", new byte[] {7}));
    assertEquals(Set.of("media/c.png"), store.media().load("demo").keySet());
    assertEquals(Map.of(), store.media().load("no-such-pack"));
  }

  @Test
  void theLastAnswerTimesComeNewestFirst() {
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    store.recordAnswer(answer(store, learner.id(), "sum", true, T0.plusSeconds(60)));
    store.recordAnswer(answer(store, learner.id(), "colour", true, T0.plusSeconds(120)));
    assertEquals(
        List.of(T0.plusSeconds(120), T0.plusSeconds(60)), store.lastAnswerTimes(learner.id(), 2));
    assertEquals(List.of(), store.lastAnswerTimes(store.addLearner("ada", T0).id(), 5));
  }

  @Test
  void aPreviewOfAnUpdateSaysWhatWouldChangeAndWritesNothing() throws Exception {
    store.recordAnswer(answer(store, learner.id(), "capital", true, T0));
    Seen before = seen(store, learner.id());
    InstallReport preview = store.previewInstall(demo("1.1.0", false));
    assertEquals("1.0.0", preview.previousVersion());
    assertEquals(1, preview.retired());
    assertEquals(Optional.of("1.0.0"), store.installedVersion("demo"));
    assertEquals(6, store.studyData(learner.id()).exercises().size());
    assertEquals(before, seen(store, learner.id()));
    assertFalse(store.packChanged("demo", "h1"));
    assertTrue(store.packChanged("demo", "h2"));
    assertFalse(store.packChanged("no-such-pack", "h1"));
  }

  // ---- one session per learner ----

  @Test
  void aSecondSessionOfTheSameLearnerIsRefusedAndAnotherLearnerStudiesBeside() throws Exception {
    Learner ada = store.addLearner("ada", T0);
    Store other = again();
    try (LearnerLock mine = LearnerLock.take(store, learner)) {
      assertThrows(StoreException.class, () -> LearnerLock.take(other, learner));
      try (LearnerLock adas = LearnerLock.take(other, ada)) {
        other.recordAnswer(answer(other, ada.id(), "capital", true, T0));
      }
    }
    try (LearnerLock again = LearnerLock.take(other, learner)) {
      other.recordAnswer(answer(other, learner.id(), "capital", true, T0));
    }
    assertEquals(1, store.reviewLog(learner.id()).size());
    assertEquals(1, store.reviewLog(ada.id()).size());
  }

  // ---- the picker's candidates ----

  /** An answer rated {@code rating}, as {@link #answer} computes it. */
  protected static AnswerRecord rated(
      Store s, long learnerId, String exerciseId, Rating rating, Instant at) {
    AnswerRecord a = answer(s, learnerId, exerciseId, rating != Rating.AGAIN, at);
    CardState before = a.before();
    ReviewOutcome outcome =
        FSRS.review(before == null ? CardState.newCard(at) : before, rating, at, 1);
    return new AnswerRecord(
        a.learnerId(),
        a.card(),
        at,
        a.kind(),
        a.correct(),
        a.responseMillis(),
        0,
        a.answer(),
        before,
        outcome,
        a.masteryBefore(),
        a.masteryAfter());
  }

  private static List<CardKey> keyList(List<StudyCandidates.Candidate> candidates) {
    return candidates.stream().map(c -> c.exercise().key()).toList();
  }

  private static Set<CardKey> keys(List<StudyCandidates.Candidate> candidates) {
    Set<CardKey> out = new java.util.HashSet<>();
    for (StudyCandidates.Candidate c : candidates) out.add(c.exercise().key());
    return out;
  }

  @Test
  void thePickersCandidatesAreTheCardsAndExercisesInScope() throws Exception {
    store.recordAnswer(rated(store, learner.id(), "capital", Rating.EASY, T0));
    store.recordAnswer(rated(store, learner.id(), "colour", Rating.EASY, T0.plusSeconds(60)));
    store.recordAnswer(rated(store, learner.id(), "sum", Rating.AGAIN, T0.plusSeconds(120)));
    store.recordAnswer(rated(store, learner.id(), "water", Rating.GOOD, T0.plusSeconds(180)));
    Learner ada = store.addLearner("ada", T0);
    Map<CardKey, CardState> cards = store.studyData(learner.id()).cards();
    assertEquals(CardPhase.REVIEW, cards.get(card("capital")).phase());
    assertEquals(CardPhase.REVIEW, cards.get(card("colour")).phase());
    StudyCandidates c = again().candidates();
    StudyCandidates.Scope all = new StudyCandidates.Scope(learner.id(), null, null);
    Instant far = T0.plusSeconds(3650 * DAY);

    assertEquals(Set.of(card("sum"), card("water")), keys(c.inSteps(all, null, 10)));
    for (StudyCandidates.Candidate k : c.inSteps(all, null, 10))
      assertEquals(cards.get(k.exercise().key()), k.card());
    // In pages by due time: "sum" (missed) is due before "water".
    Instant sumDue = cards.get(card("sum")).due();
    assertEquals(List.of(card("sum")), keyList(c.inSteps(all, null, 1)));
    assertEquals(List.of(card("water")), keyList(c.inSteps(all, sumDue, 1)));
    assertEquals(List.of(), c.inSteps(all, cards.get(card("water")).due(), 1));

    // Reviews most at risk first: "capital" (reviewed first, the same stability) leads; in pages.
    Instant later = T0.plusSeconds(40 * DAY);
    List<StudyCandidates.AtRisk> risk = c.reviewsAtRisk(all, later, far, null, 10);
    assertEquals(
        List.of(card("capital"), card("colour")),
        risk.stream().map(r -> r.candidate().exercise().key()).toList());
    assertTrue(risk.get(0).bound() >= risk.get(1).bound());
    CardState capital = cards.get(card("capital"));
    assertEquals(
        ((later.toEpochMilli() - capital.lastReview().toEpochMilli()) / 86_400_000.0
                + StudyCandidates.STUDY_DAYS_MARGIN)
            / capital.stability(),
        risk.get(0).bound(),
        1e-9);
    assertEquals(capital, risk.get(0).candidate().card());
    List<StudyCandidates.AtRisk> first = c.reviewsAtRisk(all, later, far, null, 1);
    assertEquals(List.of(risk.get(0)), first);
    assertEquals(List.of(risk.get(1)), c.reviewsAtRisk(all, later, far, first.get(0), 1));
    assertEquals(List.of(), c.reviewsAtRisk(all, later, far, risk.get(1), 1));
    assertEquals(List.of(), c.reviewsAtRisk(all, later, T0, null, 10), "none due yet");
    assertEquals(
        List.of(),
        c.reviewsAtRisk(new StudyCandidates.Scope(ada.id(), null, null), later, far, null, 10));
    assertEquals(
        List.of(),
        c.reviewsAtRisk(
            new StudyCandidates.Scope(learner.id(), null, "more"), later, far, null, 10),
        "one skill's: none of \"more\" is in review");
    assertEquals(
        2,
        c.reviewsAtRisk(
                new StudyCandidates.Scope(learner.id(), "demo", "basics"), later, far, null, 10)
            .size());
    assertEquals(2, c.reviewsDueBetween(learner.id(), T0, far));
    assertEquals(0, c.reviewsDueBetween(ada.id(), T0, far));

    List<StudyCandidates.Candidate> basics = c.withSkill(all, skillOf("capital"));
    assertEquals(
        List.of("capital", "sum", "colour", "boil"),
        basics.stream().map(k -> k.exercise().exercise().id()).toList(),
        "in the pack's order");
    assertNull(basics.get(3).card(), "never seen");
    assertEquals(cards.get(card("sum")), basics.get(1).card());
    assertEquals(Set.of(skillOf("capital"), skillOf("water")), c.primarySkills(all));
    assertEquals(
        Set.of(card("planets"), card("water")),
        keys(
            c.withSkill(
                new StudyCandidates.Scope(learner.id(), "demo", "more"), skillOf("water"))));
    assertEquals(Optional.of(cards.get(card("capital"))), c.card(learner.id(), card("capital")));
    assertEquals(Optional.empty(), c.card(learner.id(), card("boil")));
    assertEquals(Optional.empty(), c.card(ada.id(), card("capital")));
    // Never seen: "boil" (basics) and "planets" (more) of this learner; all six of ada's.
    StudyCandidates.Scope adas = new StudyCandidates.Scope(ada.id(), null, null);
    List<SkillKey> both = List.of(skillOf("capital"), skillOf("water"));
    assertEquals(2, c.countNew(all, both, (pack, skills) -> true, 10));
    assertEquals(1, c.countNew(all, both, (pack, skills) -> skills.equals(List.of("basics")), 10));
    assertEquals(6, c.countNew(adas, both, (pack, skills) -> pack.equals("demo"), 10));
    assertEquals(4, c.countNew(adas, both, (pack, skills) -> skills.get(0).equals("basics"), 10));
    assertEquals(3, c.countNew(adas, both, (pack, skills) -> true, 3), "no further than asked");
    assertEquals(0, c.countNew(adas, both, (pack, skills) -> true, 0));
    assertEquals(
        2,
        c.countNew(adas, List.of(skillOf("water")), (pack, skills) -> true, 10),
        "only exercises of the skills given");
    assertEquals(
        4,
        c.countNew(
            adas, List.of(skillOf("capital"), skillOf("capital")), (pack, skills) -> true, 10),
        "each exercise once");
    assertEquals(
        4,
        c.countNew(
            new StudyCandidates.Scope(ada.id(), "demo", "basics"),
            both,
            (pack, skills) -> true,
            10),
        "within the scope");
    // The latest answer to any seen card, learning steps included ("water", in steps, at 3 min):
    // a learner with only steps due is welcomed back after a break too.
    assertEquals(T0.plusSeconds(180), c.lastReview(all));
    assertNull(c.lastReview(new StudyCandidates.Scope(ada.id(), null, null)));

    store.installPack(demo("1.1.0", false), "test", "h2", T0.plusSeconds(600));
    StudyCandidates after = store.candidates();
    assertEquals(
        List.of(card("colour")),
        after.reviewsAtRisk(all, T0, far, null, 10).stream()
            .map(r -> r.candidate().exercise().key())
            .toList(),
        "retired: gone");
    assertTrue(
        after.withSkill(all, skillOf("capital")).stream()
            .noneMatch(k -> k.exercise().key().equals(card("capital"))));
  }
}
