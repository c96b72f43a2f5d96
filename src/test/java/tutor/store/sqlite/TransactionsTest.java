package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.packfile.PackReader;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.ReviewOutcome;
import tutor.schedule.SchedulerConfig;
import tutor.store.AnswerRecord;
import tutor.store.Learner;
import tutor.store.StoreException;

/** The one write mechanism: immediate transactions, causes kept, waiting for other writers. */
class TransactionsTest {
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

  private AnswerRecord answer(String exerciseId, Instant at) {
    CardKey key = new CardKey("demo", exerciseId);
    CardState before = store.studyData(learner.id()).cards().get(key);
    CardState card = before == null ? CardState.newCard(at) : before;
    ReviewOutcome outcome =
        new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false))
            .review(card, Rating.GOOD, at, 1);
    SkillKey skill = new SkillKey("demo", "basics");
    SkillMastery m0 = store.studyData(learner.id()).mastery().get(skill);
    SkillMastery m1 =
        (m0 == null ? new SkillMastery(0.1, 0, 0) : m0)
            .after(true, tutor.mastery.BktParameters.DEFAULT);
    java.util.Map<SkillKey, SkillMastery> beforeMap = new java.util.HashMap<>();
    beforeMap.put(skill, m0);
    return new AnswerRecord(
        learner.id(),
        key,
        at,
        "study",
        true,
        null,
        0,
        "Paris",
        before,
        outcome,
        beforeMap,
        Map.of(skill, m1));
  }

  /** Another connection that holds the write lock until released. */
  private Thread holdWriteLock(CountDownLatch held, CountDownLatch release) {
    Thread t =
        new Thread(
            () -> {
              try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                  Statement s = other.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                s.execute("INSERT INTO app_settings(key, value) VALUES ('other', 'writer')");
                held.countDown();
                release.await();
                s.execute("COMMIT");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    t.start();
    return t;
  }

  @Test
  void aFullDiskIsSaidInWordsAndTheRollbackHidesNothing() throws Exception {
    store.recordAnswer(answer("capital", T0));
    try (Statement s = store.connection().createStatement()) {
      // SQLite's own way to make a database full: no page beyond those it has.
      try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
        s.execute("PRAGMA max_page_count = " + rs.getLong(1));
      }
    }
    StoreException e =
        assertThrows(
            StoreException.class,
            () -> {
              for (int i = 0; i < 200; i++) store.setAppSetting("filler-" + i, "x".repeat(4000));
            });
    assertTrue(e.getMessage().startsWith("the disk is full ("), e.getMessage());
    assertTrue(
        e.getMessage().endsWith(" MB free at " + dir.toAbsolutePath() + "); nothing was lost"),
        e.getMessage());
    assertFalse(e.getMessage().contains("no transaction is active"), e.getMessage());
    assertEquals(1, count("SELECT count(*) FROM reviews"), "what was written before is all there");
    try (Statement s = store.connection().createStatement()) {
      s.execute("PRAGMA max_page_count = 1000000");
    }
    store.recordAnswer(answer("capital", T0.plusSeconds(600))); // the connection is usable again
    assertEquals(2, count("SELECT count(*) FROM reviews"));
  }

  @Test
  void aFailingWriteKeepsItsCause() {
    StoreException e =
        assertThrows(
            StoreException.class,
            () ->
                store.transaction(
                    () -> {
                      try (Statement s = store.connection().createStatement()) {
                        s.execute("INSERT INTO no_such_table VALUES (1)");
                      }
                      return null;
                    }));
    assertTrue(e.getMessage().contains("no such table: no_such_table"), e.getMessage());
    store.setAppSetting("after", "ok"); // and no transaction is left open
    assertEquals("ok", store.appSetting("after").orElseThrow());
  }

  @Test
  void aSessionWaitsForAnotherWriterTellsOnceAndKeepsTheAnswer() throws Exception {
    try (Statement s = store.connection().createStatement()) {
      s.execute("PRAGMA busy_timeout = 100"); // SQLite's own wait, made short for the test
    }
    AtomicInteger told = new AtomicInteger();
    store.waitForOthers(told::incrementAndGet);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread other = holdWriteLock(held, release);
    held.await();
    Thread releaser =
        new Thread(
            () -> {
              try {
                Thread.sleep(700); // several busy timeouts
              } catch (InterruptedException ignored) {
                // released at once then
              }
              release.countDown();
            });
    releaser.start();
    store.recordAnswer(answer("capital", T0));
    other.join();
    releaser.join();
    assertEquals(1, told.get(), "told once, however long it waited");
    assertEquals(1, count("SELECT count(*) FROM reviews"));
  }

  @Test
  void aCommandGivesUpOnABusyDatabaseWithOneLine() throws Exception {
    try (Statement s = store.connection().createStatement()) {
      s.execute("PRAGMA busy_timeout = 50");
    }
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread other = holdWriteLock(held, release);
    held.await();
    try {
      StoreException e =
          assertThrows(
              StoreException.class,
              () ->
                  Transactions.write(
                      store.connection(), () -> null, new Transactions.Waiting(() -> {}, 200)));
      assertTrue(
          e.getMessage()
              .startsWith("the database " + file + " is busy: another program has been writing"),
          e.getMessage());
    } finally {
      release.countDown();
      other.join();
    }
  }

  @Test
  void undoWaitsForAWriterInsteadOfFailingBusy() throws Exception {
    store.recordAnswer(answer("capital", T0));
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread other = holdWriteLock(held, release);
    held.await();
    Thread releaser =
        new Thread(
            () -> {
              try {
                Thread.sleep(300);
              } catch (InterruptedException ignored) {
                // released at once then
              }
              release.countDown();
            });
    releaser.start();
    // A deferred transaction would read, then meet the other writer and fail with SQLITE_BUSY.
    assertTrue(store.undoLast(learner.id()).isPresent());
    other.join();
    releaser.join();
    assertEquals(0, count("SELECT count(*) FROM reviews"));
  }

  @Test
  void aLearnerIsErasedInShortBatchesAndOthersKeepTheirRows() throws Exception {
    for (int i = 0; i < 7; i++) store.recordAnswer(answer("capital", T0.plusSeconds(600L * i)));
    Learner other = store.addLearner("other", T0);
    Learner first = learner;
    learner = other;
    store.recordAnswer(answer("capital", T0));
    Map<String, Integer> deleted = LearnerEraser.erase(store, first, 3);
    assertEquals(7, deleted.get("reviews"));
    assertEquals(1, count("SELECT count(*) FROM reviews"));
    assertEquals(1, count("SELECT count(*) FROM learners"));
    assertEquals(0, count("SELECT count(*) FROM cards WHERE learner_id = " + first.id()));
  }

  @Test
  void anEmptyFileIsRefusedNotMadeADatabase() throws Exception {
    Path empty = dir.resolve("empty.db");
    Files.createFile(empty);
    StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(empty));
    assertEquals(
        empty
            + " is empty: not a tutor database (to start afresh, delete it or choose another --db path)",
        e.getMessage());
    assertEquals(0, Files.size(empty));
  }

  @Test
  void aDatabaseOpenedForReadingOnlyLeavesNoLogFilesBehind() throws Exception {
    store.recordAnswer(answer("capital", T0));
    store.close();
    try (Connection c = Database.readOnlyConnection(file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM reviews")) {
      assertEquals(1, rs.getLong(1));
      assertFalse(Files.exists(Path.of(file + "-wal")));
      assertFalse(Files.exists(Path.of(file + "-shm")));
    } finally {
      store = SqliteStore.open(file);
    }
  }
}
