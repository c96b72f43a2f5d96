package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.pack.CardKey;
import tutor.packfile.PackReader;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsParameters;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.SchedulerConfig;
import tutor.store.AnswerRecord;
import tutor.store.FittedParameters;
import tutor.store.Learner;
import tutor.store.LoggedReview;
import tutor.store.StoreException;

/** Fitted FSRS parameters per learner, and the review log they are fitted on. */
class FittedParametersStoreTest {
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
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static FsrsParameters withW0(double w0) {
    double[] w = FsrsParameters.DEFAULT.toArray();
    w[0] = w0;
    return new FsrsParameters(w);
  }

  private FittedParameters fit(Learner l, Instant at, double w0, boolean adopted) {
    return new FittedParameters(
        l.id(), at, "history", 1000, 600, withW0(w0), 0.40, 0.38, 0.07, 0.05, adopted);
  }

  @Test
  void aLearnerWithoutAFitHasNoAdoptedParameters() {
    assertTrue(store.adoptedParameters(learner.id()).isEmpty());
  }

  @Test
  void theLatestAdoptedFitIsTheOneInUseAndFitsNotAdoptedAreOnlyRecorded() {
    store.saveFittedParameters(fit(learner, T0, 0.3, true));
    store.saveFittedParameters(fit(learner, T0.plusSeconds(60), 0.4, true));
    store.saveFittedParameters(fit(learner, T0.plusSeconds(120), 0.5, false));
    FittedParameters inUse = store.adoptedParameters(learner.id()).orElseThrow();
    assertEquals(fit(learner, T0.plusSeconds(60), 0.4, true), inUse);
  }

  @Test
  void eachLearnerHasTheirOwnParameters() {
    Learner sam = store.addLearner("sam", T0);
    store.saveFittedParameters(fit(sam, T0, 0.3, true));
    assertTrue(store.adoptedParameters(learner.id()).isEmpty());
    assertEquals(0.3, store.adoptedParameters(sam.id()).orElseThrow().parameters().w(0));
  }

  @Test
  void damagedStoredParametersAreReportedAsSuch() throws Exception {
    store.saveFittedParameters(fit(learner, T0, 0.3, true));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("UPDATE fsrs_parameters SET parameters = '[1, 2]'");
    }
    StoreException e =
        assertThrows(StoreException.class, () -> store.adoptedParameters(learner.id()));
    assertTrue(e.getMessage().startsWith("stored FSRS parameters are damaged"), e.getMessage());
  }

  @Test
  void theReviewLogHoldsEveryAnswerOldestFirstWithThePhaseBefore() throws Exception {
    store.installPack(PackReader.read(TestPacks.demo(dir)), "test", "h1", T0);
    FsrsScheduler scheduler = new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false));
    CardKey key = new CardKey("demo", "capital");
    CardState card = CardState.newCard(T0);
    Instant at = T0;
    for (Rating r : List.of(Rating.GOOD, Rating.GOOD, Rating.AGAIN)) {
      var outcome = scheduler.review(card, r, at, 1);
      store.recordAnswer(
          new AnswerRecord(
              learner.id(),
              key,
              at,
              "study",
              r != Rating.AGAIN,
              1200L,
              0,
              "x",
              card.phase() == CardPhase.NEW ? null : card,
              outcome,
              Map.of(),
              Map.of()));
      card = outcome.card();
      at = card.due();
    }
    List<LoggedReview> log = store.reviewLog(learner.id());
    assertEquals(
        List.of(CardPhase.NEW, CardPhase.LEARNING, CardPhase.REVIEW),
        log.stream().map(LoggedReview::phaseBefore).toList());
    assertEquals(List.of(3, 3, 1), log.stream().map(LoggedReview::rating).toList());
    assertEquals(T0, log.get(0).at());
    assertEquals(key, log.get(2).card());
    assertEquals(1200L, log.get(0).responseMillis());
  }
}
