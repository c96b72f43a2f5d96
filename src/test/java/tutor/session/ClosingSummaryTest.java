package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Pack;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.SchedulerConfig;
import tutor.schedule.StudyDay;
import tutor.store.Store;
import tutor.store.Stores;
import tutor.store.StudyCandidates;
import tutor.store.StudyData;

/**
 * A session's summary counted by the store ({@link ClosingDue#of(StudyCandidates,
 * StudyCandidates.Scope, java.util.Collection, Instant, Instant, StudyDay)}, the level changes from
 * {@link tutor.store.Store#skillTallies}) says exactly what it says from every card and exercise
 * read, on generated databases: several packs, cards in steps and in review around now, suspended
 * leeches left out, --pack and --skill scopes, time zones and rollover hours, times with and
 * without a fraction of a millisecond.
 */
class ClosingSummaryTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private final FsrsScheduler scheduler =
      new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false));

  @TempDir Path dir;

  @Test
  void theStoresCountsSayWhatEveryCardSays() throws Exception {
    int compared = 0;
    Set<String> comeBacks = new HashSet<>();
    int improvedSeen = 0;
    for (int seed = 0; seed < 60; seed++) {
      Random rnd = new Random(seed);
      Path db = dir.resolve("t" + seed + ".db");
      long learner;
      List<String> packs = new ArrayList<>();
      try (Store store = Stores.open(db)) {
        learner = store.currentLearner(START).id();
        for (int p = 0; p < 1 + rnd.nextInt(3); p++) {
          Pack pack = CandidatePickerTest.pack("p" + p, rnd);
          packs.add(pack.id());
          store.installPack(pack, "test", "hash" + p, START.minus(Duration.ofDays(60)));
        }
      }
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          Store store = Stores.open(db)) {
        for (StoredExercise e : store.studyOutline(learner).exercises()) {
          CardState card = CandidatePickerTest.card(rnd);
          if (card != null) CandidatePickerTest.write(c, learner, e.key(), card);
        }
      }
      try (Store store = Stores.open(db)) {
        StudyData data = store.studyOutline(learner);
        Picker picker = new Picker(scheduler, data.skills());
        // mastery at the end: as CandidatePickerTest's, from none to mastered
        Map<SkillKey, SkillMastery> mastery = new HashMap<>();
        for (tutor.pack.StoredSkill s : data.skills()) {
          int r = rnd.nextInt(4);
          if (r > 0)
            mastery.put(
                s.key(),
                new SkillMastery(
                    r == 1 ? 0.4 : r == 2 ? 0.96 : 0.995, 5, 4, tutor.mastery.Evidence.NONE));
        }
        for (int round = 0; round < 6; round++) {
          String pack = rnd.nextInt(3) == 0 ? packs.get(rnd.nextInt(packs.size())) : null;
          String skill = rnd.nextInt(4) == 0 ? "s" + rnd.nextInt(3) : null;
          Set<CardKey> suspended = new HashSet<>();
          for (StoredExercise e : data.exercises())
            if (rnd.nextInt(10) == 0) suspended.add(e.key());
          List<StoredExercise> scope =
              data.exercises().stream()
                  .filter(e -> pack == null || e.packId().equals(pack))
                  .filter(e -> skill == null || e.exercise().skills().contains(skill))
                  .filter(e -> !suspended.contains(e.key()))
                  .toList();
          Instant now =
              START
                  .plus(Duration.ofMinutes(rnd.nextInt(4000) - 2000))
                  .plusNanos(rnd.nextBoolean() ? 0 : rnd.nextInt(1_000_000));
          if (rnd.nextInt(4) == 0) {
            // exactly on a card's due time: due now, not next
            List<CardState> seen = new ArrayList<>(data.cards().values());
            if (!seen.isEmpty()) now = seen.get(rnd.nextInt(seen.size())).due();
          }
          StudyDay day =
              new StudyDay(
                  ZoneId.of(
                      List.of("UTC", "Europe/Berlin", "America/New_York").get(rnd.nextInt(3))),
                  rnd.nextInt(6));
          Instant reviewsDueBefore =
              rnd.nextInt(3) == 0 ? now : day.endOf(now).plus(Duration.ofDays(rnd.nextInt(3)));
          ClosingDue fromCards = ClosingDue.of(scope, data.cards(), now, reviewsDueBefore, day);
          ClosingDue fromStore =
              ClosingDue.of(
                  store.candidates(),
                  new StudyCandidates.Scope(learner, pack, skill),
                  suspended,
                  now,
                  reviewsDueBefore,
                  day);
          assertEquals(fromCards, fromStore, "seed " + seed + " round " + round + " at " + now);
          comeBacks.add(fromCards.comeBack().replaceAll("[0-9]", ""));
          compared++;

          // Level changes: from the tallies at the end as from every card and exercise.
          Instant then = START.minus(Duration.ofDays(rnd.nextInt(40)));
          // at the start, some of that mastery not there yet
          Map<SkillKey, SkillMastery> before = new HashMap<>(mastery);
          before.keySet().removeIf(k -> rnd.nextBoolean());
          SessionProgress progress =
              SessionProgress.start(
                  picker,
                  scheduler,
                  data.skills(),
                  store.skillTallies(learner, c -> scheduler.retrievability(c, then)),
                  then,
                  before);
          Instant end = now;
          List<SessionSummary.LevelUp> fromAll =
              progress.improved(data.exercises(), data.cards(), mastery, end);
          List<SessionSummary.LevelUp> fromTallies =
              progress.improved(
                  store.skillTallies(learner, c -> scheduler.retrievability(c, end)), mastery);
          assertEquals(fromAll, fromTallies, "seed " + seed + " round " + round);
          if (!fromAll.isEmpty()) improvedSeen++;
        }
      }
    }
    assertEquals(360, compared);
    // the generated cases reach every kind of sentence, and some level changes
    assertTrue(comeBacks.size() >= 4, comeBacks.toString());
    assertTrue(improvedSeen > 0, "no level change was generated");
  }

  /**
   * The store's counts left out what the session leaves out, as its every-card reading does:
   * retired exercises' cards (a pack updated without them), other learners' cards, excluded keys
   * given twice, without a card or of no exercise at all.
   */
  @Test
  void retiredExercisesOtherLearnersAndOddExclusionsCountAsFromEveryCard() throws Exception {
    int compared = 0;
    int retiredInScope = 0;
    for (int seed = 0; seed < 40; seed++) {
      Random rnd = new Random(1000 + seed);
      Path db = dir.resolve("r" + seed + ".db");
      long learner;
      long other;
      List<String> packs = new ArrayList<>();
      try (Store store = Stores.open(db)) {
        learner = store.currentLearner(START).id();
        other = store.addLearner("other", START).id();
        for (int p = 0; p < 1 + rnd.nextInt(3); p++) {
          Pack pack = CandidatePickerTest.pack("p" + p, rnd);
          packs.add(pack.id());
          store.installPack(pack, "test", "hash" + p, START.minus(Duration.ofDays(60)));
        }
      }
      Set<CardKey> retired = new HashSet<>();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          Store store = Stores.open(db)) {
        for (StoredExercise e : store.studyOutline(learner).exercises()) {
          for (long l : new long[] {learner, other}) {
            CardState card = CandidatePickerTest.card(rnd);
            if (card != null) CandidatePickerTest.write(c, l, e.key(), card);
          }
          if (rnd.nextInt(5) == 0) {
            // as a pack update without the exercise leaves it: retired, its cards kept
            retired.add(e.key());
            try (var ps =
                c.prepareStatement(
                    "UPDATE exercises SET retired = 1 WHERE pack_id = ? AND id = ?")) {
              ps.setString(1, e.key().packId());
              ps.setString(2, e.key().exerciseId());
              ps.executeUpdate();
            }
          }
        }
      }
      try (Store store = Stores.open(db)) {
        StudyData data = store.studyOutline(learner);
        for (int round = 0; round < 6; round++) {
          String pack = rnd.nextInt(3) == 0 ? packs.get(rnd.nextInt(packs.size())) : null;
          String skill = rnd.nextInt(4) == 0 ? "s" + rnd.nextInt(3) : null;
          List<CardKey> excluded = new ArrayList<>();
          for (StoredExercise e : data.exercises()) {
            if (rnd.nextInt(8) == 0) excluded.add(e.key());
            if (rnd.nextInt(30) == 0) excluded.add(e.key()); // twice
          }
          if (rnd.nextBoolean()) excluded.add(new CardKey(packs.get(0), "no-such-exercise"));
          List<StoredExercise> scope =
              data.exercises().stream()
                  .filter(e -> !retired.contains(e.key()))
                  .filter(e -> pack == null || e.packId().equals(pack))
                  .filter(e -> skill == null || e.exercise().skills().contains(skill))
                  .filter(e -> !excluded.contains(e.key()))
                  .toList();
          for (StoredExercise e : data.exercises())
            if (retired.contains(e.key()) && data.cards().containsKey(e.key())) retiredInScope++;
          Instant now =
              START
                  .plus(Duration.ofMinutes(rnd.nextInt(4000) - 2000))
                  .plusNanos(rnd.nextBoolean() ? 0 : rnd.nextInt(1_000_000));
          StudyDay day =
              new StudyDay(
                  ZoneId.of(List.of("UTC", "Europe/Berlin", "Asia/Kathmandu").get(rnd.nextInt(3))),
                  rnd.nextInt(6));
          Instant reviewsDueBefore =
              rnd.nextInt(3) == 0 ? now : day.endOf(now).plus(Duration.ofDays(rnd.nextInt(3)));
          assertEquals(
              ClosingDue.of(scope, data.cards(), now, reviewsDueBefore, day),
              ClosingDue.of(
                  store.candidates(),
                  new StudyCandidates.Scope(learner, pack, skill),
                  excluded,
                  now,
                  reviewsDueBefore,
                  day),
              "seed " + seed + " round " + round + " at " + now);
          compared++;
        }
      }
    }
    assertEquals(240, compared);
    assertTrue(retiredInScope > 0, "no card of a retired exercise was generated");
  }
}
