package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.Normalization;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.DayCounter;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.SchedulerConfig;
import tutor.store.Leech;
import tutor.store.Store;
import tutor.store.Stores;
import tutor.store.StudyCandidates;
import tutor.store.StudyData;

/**
 * The picker reading candidates from the store ({@link Picker#candidates}) chooses exactly what it
 * chooses with every exercise and card loaded ({@link Picker#index}): on generated databases with
 * several packs, due reviews, learning steps, new material, fading and mastered skills, goals,
 * exams, leeches (suspended ones left out), --pack and --skill scopes, through a session whose
 * answers are written to the store and to both indexes as time goes on.
 */
public class CandidatePickerTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private final FsrsScheduler scheduler =
      new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false));

  @TempDir Path dir;

  @Test
  void theCandidatesPathPicksWhatTheFullLoadPicks() throws Exception {
    int picks = 0;
    Map<Pick.Reason, Integer> reasons = new HashMap<>();
    for (int seed = 0; seed < 80; seed++) {
      Random rnd = new Random(seed);
      Path db = dir.resolve("t" + seed + ".db");
      long learner;
      List<String> packs = new ArrayList<>();
      Map<String, List<String>> skillsOf = new HashMap<>();
      try (Store store = Stores.open(db)) {
        learner = store.currentLearner(START).id();
        for (int p = 0; p < 1 + rnd.nextInt(3); p++) {
          Pack pack = pack("p" + p, rnd);
          packs.add(pack.id());
          skillsOf.put(pack.id(), pack.skills().stream().map(Skill::id).toList());
          store.installPack(pack, "test", "hash" + p, START.minus(Duration.ofDays(60)));
        }
      }
      Map<SkillKey, SkillMastery> mastery = new HashMap<>();
      Set<CardKey> suspended = new HashSet<>();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        try (Store store = Stores.open(db)) {
          for (StoredExercise e : store.studyOutline(learner).exercises()) {
            CardState card = card(rnd);
            if (card != null) write(c, learner, e.key(), card);
          }
        }
      }
      try (Store store = Stores.open(db)) {
        for (String pack : packs) {
          for (String s : skillsOf.get(pack)) {
            int r = rnd.nextInt(4);
            tutor.mastery.Evidence evidence =
                rnd.nextBoolean()
                    ? tutor.mastery.Evidence.NONE
                    : new tutor.mastery.Evidence(
                        "e0", START.minus(Duration.ofDays(30)), true, true, false);
            if (r > 0)
              mastery.put(
                  new SkillKey(pack, s),
                  new SkillMastery(r == 1 ? 0.4 : r == 2 ? 0.96 : 0.995, 5, 4, evidence));
          }
        }
        store.setMastery(learner, mastery, START.minus(Duration.ofDays(1)));
        for (StoredExercise e : store.studyOutline(learner).exercises()) {
          if (rnd.nextInt(12) != 0) continue;
          boolean suspend = rnd.nextBoolean();
          store.markLeech(
              learner,
              new Leech(
                  e.key(),
                  8,
                  START.minus(Duration.ofDays(2)),
                  suspend ? Leech.Action.SUSPEND : Leech.Action.RETEACH,
                  suspend));
          if (suspend) suspended.add(e.key());
        }
      }
      // Scopes: everything, one pack, one skill (its locks ignored, as with --skill).
      String pack = rnd.nextInt(3) == 0 ? packs.get(rnd.nextInt(packs.size())) : null;
      String skill = rnd.nextInt(4) == 0 ? "s" + rnd.nextInt(3) : null;
      try (Store store = Stores.open(db);
          Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        StudyData data = store.studyOutline(learner);
        List<StoredExercise> scope = scope(data, pack, skill, suspended);
        Map<CardKey, CardState> cards = new HashMap<>(data.cards());
        Picker picker = new Picker(scheduler, data.skills());
        java.util.function.BiPredicate<Instant, Instant> sameDay =
            (a, b) ->
                DayCounter.UTC.elapsedDays(a, b) == 0 && DayCounter.UTC.elapsedDays(b, a) == 0;
        CardIndex full = picker.index(scope, cards, sameDay);
        CardIndex candidates =
            picker.candidates(
                store.candidates(),
                new StudyCandidates.Scope(learner, pack, skill),
                suspended,
                sameDay);
        Instant now = START;
        for (int step = 0; step < 30; step++) {
          Picker.Request q = request(rnd, scope, cards, data.mastery(), now, skill != null);
          Optional<Pick> expected = picker.next(q, full);
          assertEquals(expected, picker.next(q, candidates), "seed " + seed + ", step " + step);
          // As a session does while the exercise is shown (on every other step here, so picks
          // after a read-ahead and without one are both held to the full load's).
          if (step % 2 == seed % 2) candidates.readAhead();
          picks++;
          expected.ifPresent(p -> reasons.merge(p.reason(), 1, Integer::sum));
          // The session's count of new exercises, read skill by skill, is the whole scope's.
          Set<SkillKey> known = Picker.known(data.mastery());
          int atMost = 1 + rnd.nextInt(40);
          int fresh = 0;
          for (StoredExercise x : scope(data, pack, skill, Set.of())) {
            CardState k = cards.get(x.key());
            boolean unseen = k == null || k.phase() == CardPhase.NEW;
            if (unseen && (skill != null || picker.unlocked(x, known, data.mastery()))) fresh++;
          }
          assertEquals(
              Math.min(fresh, atMost),
              store
                  .candidates()
                  .countNew(
                      new StudyCandidates.Scope(learner, pack, skill),
                      picker.unlockedSkills(known, data.mastery(), skill != null, pack, skill),
                      (p, s) -> skill != null || picker.unlocked(p, s, known, data.mastery()),
                      atMost),
              "new exercises, seed " + seed + ", step " + step);
          if (scope.isEmpty()) break;
          // Answer it (or another exercise), as a session does: the store first, then the indexes.
          StoredExercise e =
              expected.map(Pick::exercise).orElse(scope.get(rnd.nextInt(scope.size())));
          CardState card = cards.get(e.key());
          CardState before =
              card == null || card.phase() == CardPhase.NEW ? CardState.newCard(now) : card;
          if (before.lastReview() == null || !now.isBefore(before.lastReview())) {
            CardState after =
                scheduler.review(before, Rating.values()[rnd.nextInt(4)], now, 0).card();
            write(c, learner, e.key(), after);
            cards.put(e.key(), after);
            full.update(e.key(), after);
            candidates.update(e.key(), after);
          }
          now = now.plus(Duration.ofMinutes(rnd.nextInt(4) == 0 ? 700 : 1 + rnd.nextInt(30)));
        }
      }
    }
    // Every kind of pick was made, so every kind of candidate was asked for.
    for (Pick.Reason r :
        List.of(
            Pick.Reason.LEARNING,
            Pick.Reason.DUE,
            Pick.Reason.NEW,
            Pick.Reason.FADING,
            Pick.Reason.EXAM,
            Pick.Reason.KEEP,
            Pick.Reason.REMEDIATION,
            Pick.Reason.LEARN_AHEAD)) {
      assertTrue(reasons.getOrDefault(r, 0) > 0, r + " never picked: " + reasons);
    }
    assertTrue(picks > 1000, "picks: " + picks);
  }

  /**
   * After a long break: hundreds of due reviews and relearning cards, more than a page of each,
   * with stabilities from hours to years and last reviews at every hour, in a zone with daylight
   * saving and a 4 a.m. rollover (the learner's study days, not UTC dates). The store is read a
   * page at a time, most at risk first, and reading stops early; the picks are those of the whole
   * scope.
   */
  @Test
  void aBacklogReadInPagesPicksWhatTheFullLoadPicks() throws Exception {
    tutor.schedule.StudyDay day =
        new tutor.schedule.StudyDay(java.time.ZoneId.of("America/New_York"), 4);
    FsrsScheduler local =
        new FsrsScheduler(
            SchedulerConfig.defaults().withFuzz(false).withDayCounter(day::elapsedDays));
    java.util.function.BiPredicate<Instant, Instant> sameDay =
        (a, b) -> day.dateOf(a).equals(day.dateOf(b));
    int picks = 0;
    int due = 0;
    Map<Pick.Reason, Integer> reasons = new HashMap<>();
    for (int seed = 0; seed < 10; seed++) {
      Random rnd = new Random(1000 + seed);
      Path db = dir.resolve("backlog" + seed + ".db");
      long learner;
      List<String> packs = new ArrayList<>();
      try (Store store = Stores.open(db)) {
        learner = store.currentLearner(START).id();
        for (int p = 0; p < 2; p++) {
          Pack pack = bigPack("b" + p, rnd, 300);
          packs.add(pack.id());
          store.installPack(pack, "test", "hash" + p, START.minus(Duration.ofDays(900)));
        }
      }
      Set<CardKey> suspended = new HashSet<>();
      try (Store store = Stores.open(db);
          Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        c.setAutoCommit(false);
        for (StoredExercise e : store.studyOutline(learner).exercises()) {
          CardState card = backlogCard(rnd, seed % 2 == 1);
          if (card != null) write(c, learner, e.key(), card);
        }
        c.commit();
      }
      try (Store store = Stores.open(db)) {
        for (StoredExercise e : store.studyOutline(learner).exercises()) {
          if (rnd.nextInt(40) != 0) continue;
          store.markLeech(
              learner,
              new Leech(e.key(), 8, START.minus(Duration.ofDays(2)), Leech.Action.SUSPEND, true));
          suspended.add(e.key());
        }
      }
      String pack = seed % 3 == 1 ? packs.get(0) : null;
      String skill = seed % 3 == 2 ? "s1" : null;
      try (Store store = Stores.open(db);
          Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        StudyData data = store.studyOutline(learner);
        List<StoredExercise> scope = scope(data, pack, skill, suspended);
        Map<CardKey, CardState> cards = new HashMap<>(data.cards());
        Picker picker = new Picker(local, data.skills());
        CardIndex full = picker.index(scope, cards, sameDay);
        CardIndex candidates =
            picker.candidates(
                store.candidates(),
                new StudyCandidates.Scope(learner, pack, skill),
                suspended,
                sameDay);
        Instant now = START;
        assertEquals(
            full.dueCount(now, now.plus(Duration.ofHours(10))),
            candidates.dueCount(now, now.plus(Duration.ofHours(10))),
            "seed " + seed);
        assertEquals(
            full.reviewsDue(now, now.plus(Duration.ofHours(10))),
            candidates.reviewsDue(now, now.plus(Duration.ofHours(10))),
            "seed " + seed);
        for (int step = 0; step < 60; step++) {
          Picker.Request q =
              request(rnd, scope, cards, data.mastery(), now, skill != null).quotas(20, 200);
          Optional<Pick> expected = picker.next(q, full);
          assertEquals(expected, picker.next(q, candidates), "seed " + seed + ", step " + step);
          // As a session does while the exercise is shown (on every other step here, so picks
          // after a read-ahead and without one are both held to the full load's).
          if (step % 2 == seed % 2) candidates.readAhead();
          picks++;
          if (expected.isPresent() && expected.get().reason() == Pick.Reason.DUE) due++;
          expected.ifPresent(p -> reasons.merge(p.reason(), 1, Integer::sum));
          StoredExercise e =
              expected.map(Pick::exercise).orElse(scope.get(rnd.nextInt(scope.size())));
          CardState card = cards.get(e.key());
          CardState before =
              card == null || card.phase() == CardPhase.NEW ? CardState.newCard(now) : card;
          if (before.lastReview() == null || !now.isBefore(before.lastReview())) {
            Rating rating =
                rnd.nextInt(8) == 0 ? Rating.AGAIN : Rating.values()[1 + rnd.nextInt(3)];
            CardState after = local.review(before, rating, now, 0).card();
            write(c, learner, e.key(), after);
            cards.put(e.key(), after);
            full.update(e.key(), after);
            candidates.update(e.key(), after);
          }
          // minutes apart, and now and then past the rollover into the next study day
          now = now.plus(Duration.ofMinutes(rnd.nextInt(6) == 0 ? 300 : 1 + rnd.nextInt(20)));
        }
      }
    }
    assertTrue(due > 100, "due reviews picked: " + due + " of " + picks + ": " + reasons);
  }

  /**
   * The review backlog of a heavy learner, as a session goes through it: thousands of due reviews
   * (read from the store in pages growing to thousands of rows, many at each whole percent of
   * recall, where what other skills require and the due time decide), answers in between (right,
   * missed, now and then one skipped), remediation after misses on skills with fading
   * prerequisites, and the session's read-ahead while each exercise is shown. The picks are the
   * whole scope's; and once the read-ahead has run, a pick does not read the store, except the
   * first of a study day (a new day ranks every review anew).
   */
  @Test
  void aLongBacklogSessionPicksWhatTheFullLoadPicksWithoutReadingInsideItsPicks() throws Exception {
    java.util.function.BiPredicate<Instant, Instant> sameDay =
        (a, b) -> DayCounter.UTC.elapsedDays(a, b) == 0 && DayCounter.UTC.elapsedDays(b, a) == 0;
    int picks = 0;
    Map<Pick.Reason, Integer> reasons = new HashMap<>();
    int pagesRead = 0;
    for (int seed = 0; seed < 4; seed++) {
      Random rnd = new Random(3000 + seed);
      Path db = dir.resolve("long" + seed + ".db");
      long learner;
      List<String> packs = new ArrayList<>();
      try (Store store = Stores.open(db)) {
        learner = store.currentLearner(START).id();
        for (int p = 0; p < 2; p++) {
          Pack pack = backlogPack("l" + p, rnd, 2000);
          packs.add(pack.id());
          store.installPack(pack, "test", "hash" + p, START.minus(Duration.ofDays(900)));
        }
      }
      Set<CardKey> suspended = new HashSet<>();
      Map<SkillKey, SkillMastery> mastery = new HashMap<>();
      try (Store store = Stores.open(db);
          Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        c.setAutoCommit(false);
        for (StoredExercise e : store.studyOutline(learner).exercises()) {
          // The first skills (which the others require) weaker: fading, so that misses on the
          // skills built on them send the learner back (remediation).
          CardState card =
              overdueCard(rnd, Integer.parseInt(e.exercise().skills().get(0).substring(1)) < 3);
          if (card != null) write(c, learner, e.key(), card);
          if (card != null && rnd.nextInt(150) == 0) suspended.add(e.key());
        }
        c.commit();
        for (String pack : packs) {
          for (int s = 0; s < 12; s++) {
            // Known skills (some fading, so that a miss sends the learner back to them).
            mastery.put(new SkillKey(pack, "s" + s), new SkillMastery(0.97, 20, 18));
          }
        }
        store.setMastery(learner, mastery, START.minus(Duration.ofDays(1)));
        for (CardKey k : suspended) {
          store.markLeech(
              learner,
              new Leech(k, 8, START.minus(Duration.ofDays(2)), Leech.Action.SUSPEND, true));
        }
      }
      String pack = seed == 3 ? packs.get(1) : null;
      try (Store store = Stores.open(db);
          Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        StudyData data = store.studyOutline(learner);
        List<StoredExercise> scope = scope(data, pack, null, suspended);
        Map<CardKey, CardState> cards = new HashMap<>(data.cards());
        Picker picker = new Picker(scheduler, data.skills());
        CardIndex full = picker.index(scope, cards, sameDay);
        Map<String, Integer> reads = new java.util.TreeMap<>();
        CardIndex candidates =
            picker.candidates(
                counting(store.candidates(), reads),
                new StudyCandidates.Scope(learner, pack, null),
                suspended,
                sameDay);
        // The study day ends at midnight UTC; the third seed's answers come hours apart, for days.
        Instant now = START;
        Instant previous = null;
        SkillKey lastSkill = null;
        boolean lastWrong = false;
        Set<CardKey> skipped = new HashSet<>();
        for (int step = 0; step < 200; step++) {
          Instant dayEnd =
              now.truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofDays(1));
          Picker.Request q =
              Picker.Request.of(scope, cards, data.mastery(), now)
                  .quotas(20, 5000)
                  .after(lastSkill, lastWrong)
                  .excluding(Set.copyOf(skipped), false)
                  .reviewsDueBefore(dayEnd);
          Optional<Pick> expected = picker.next(q, full);
          int readsBefore = reads.values().stream().mapToInt(Integer::intValue).sum();
          assertEquals(expected, picker.next(q, candidates), "seed " + seed + ", step " + step);
          int readsInPick = reads.values().stream().mapToInt(Integer::intValue).sum() - readsBefore;
          if (previous != null && sameDay.test(previous, now)) {
            assertEquals(
                0,
                readsInPick,
                "store read inside a pick: seed " + seed + ", step " + step + reads);
          }
          previous = now;
          picks++;
          if (expected.isEmpty()) break;
          Pick p = expected.get();
          reasons.merge(p.reason(), 1, Integer::sum);
          picker.readAhead(candidates, p); // as a session does while the exercise is shown
          StoredExercise e = p.exercise();
          if (rnd.nextInt(40) == 0) {
            skipped.add(e.key()); // skipped: not answered, not asked again this session
          } else {
            CardState before = p.card() == null ? CardState.newCard(now) : p.card();
            Rating rating =
                rnd.nextInt(8) == 0 ? Rating.AGAIN : Rating.values()[1 + rnd.nextInt(3)];
            CardState after = scheduler.review(before, rating, now, 0).card();
            write(c, learner, e.key(), after);
            cards.put(e.key(), after);
            full.update(e.key(), after);
            candidates.update(e.key(), after);
            lastSkill = Picker.primarySkill(e);
            lastWrong = rating == Rating.AGAIN;
          }
          now = now.plus(Duration.ofMinutes(seed == 2 ? 1 + rnd.nextInt(240) : 1 + rnd.nextInt(3)));
        }
        pagesRead += reads.getOrDefault("reviewsAtRisk", 0);
      }
    }
    assertTrue(reasons.getOrDefault(Pick.Reason.DUE, 0) > 300, "picked " + reasons);
    assertTrue(reasons.getOrDefault(Pick.Reason.REMEDIATION, 0) > 0, "picked " + reasons);
    assertTrue(reasons.getOrDefault(Pick.Reason.LEARNING, 0) > 0, "picked " + reasons);
    assertTrue(pagesRead >= 12, "pages of due reviews read: " + pagesRead);
    assertTrue(picks >= 550, "picks: " + picks);
  }

  /**
   * A heavy learner's card after a break of a few weeks: mostly a review due now, one to twenty
   * days since its last review at any hour, with a stability of a few days to a month from a short
   * list (so that each whole percent of recall holds dozens, and reading the most at risk reads
   * past many rows of the same level), or, {@code weak}, of three or five days and at least five
   * days ago; some relearning, due from tomorrow on; a few new.
   */
  private static CardState overdueCard(Random rnd, boolean weak) {
    Instant last = START.minus(Duration.ofHours((weak ? 5 * 24 : 24) + rnd.nextInt(15 * 24)));
    double stability =
        weak
            ? List.of(3.0, 5.0).get(rnd.nextInt(2))
            : List.of(3.0, 5.0, 8.0, 13.0, 21.0, 34.0).get(rnd.nextInt(6));
    return switch (rnd.nextInt(20)) {
      case 0 -> null;
      case 1 ->
          new CardState(
              CardPhase.RELEARNING,
              0,
              stability,
              6,
              START.plus(Duration.ofMinutes(1440 + rnd.nextInt(2000))),
              last,
              4,
              1);
      default ->
          new CardState(
              CardPhase.REVIEW,
              0,
              stability,
              5,
              START.minus(Duration.ofMinutes(rnd.nextInt(20 * 60))),
              last,
              3,
              0);
    };
  }

  /** {@code source}, counting the calls of each of its methods in {@code calls}. */
  private static StudyCandidates counting(StudyCandidates source, Map<String, Integer> calls) {
    return (StudyCandidates)
        java.lang.reflect.Proxy.newProxyInstance(
            StudyCandidates.class.getClassLoader(),
            new Class<?>[] {StudyCandidates.class},
            (self, method, args) -> {
              calls.merge(method.getName(), 1, Integer::sum);
              try {
                return method.invoke(source, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /**
   * A pack of {@code n} exercises over twelve skills, each but the first requiring one or two
   * earlier ones (so that more or fewer skills build on each, and a miss has prerequisites to go
   * back to).
   */
  private static Pack backlogPack(String id, Random rnd, int n) {
    List<Skill> skills = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      List<String> requires = new ArrayList<>();
      if (i > 0) requires.add("s" + rnd.nextInt(i));
      if (i > 1 && rnd.nextBoolean()) requires.add("s" + rnd.nextInt(i));
      skills.add(
          new Skill(
              "s" + i,
              id + " skill " + i,
              "",
              requires.stream().distinct().toList(),
              "",
              List.of(),
              List.of(),
              null));
    }
    List<Exercise> exercises = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      exercises.add(
          new Exercise(
              "e" + i,
              List.of("s" + rnd.nextInt(12)),
              "prompt " + i,
              1 + rnd.nextInt(5),
              List.of(),
              "",
              List.of(),
              new Exercise.Text(List.of("x"), null, Normalization.DEFAULT),
              List.of()));
    }
    return new Pack(1, id, id, "1.0.0", "", List.of("test"), "CC0-1.0", "en", skills, exercises);
  }

  /** A pack of {@code n} exercises over five skills without prerequisites. */
  private static Pack bigPack(String id, Random rnd, int n) {
    List<Skill> skills = new ArrayList<>();
    for (int i = 0; i < 5; i++)
      skills.add(
          new Skill("s" + i, id + " skill " + i, "", List.of(), "", List.of(), List.of(), null));
    List<Exercise> exercises = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int first = rnd.nextInt(5);
      List<String> ids =
          rnd.nextInt(4) == 0
              ? List.of("s" + first, "s" + (first + 1 + rnd.nextInt(4)) % 5)
              : List.of("s" + first);
      exercises.add(
          new Exercise(
              "e" + i,
              ids,
              "prompt " + i,
              1 + rnd.nextInt(5),
              List.of(),
              "",
              List.of(),
              new Exercise.Text(List.of("x"), null, Normalization.DEFAULT),
              List.of()));
    }
    return new Pack(1, id, id, "1.0.0", "", List.of("test"), "CC0-1.0", "en", skills, exercises);
  }

  /**
   * A card after a long break: most in review and overdue (last reviewed 1 to 400 days ago at any
   * hour, stabilities from a few hours to years, often equal), some relearning (due from tomorrow
   * on unless {@code stepsDueNow}; then many due at the same instant), a few new.
   */
  private static CardState backlogCard(Random rnd, boolean stepsDueNow) {
    // Mostly a little overdue (recall from 50 to 95 %, so that whole percents hold several cards
    // and the due time decides among them), some long forgotten.
    boolean recent = rnd.nextInt(4) != 0;
    Instant last = START.minus(Duration.ofHours(1 + rnd.nextInt((recent ? 30 : 400) * 24)));
    double stability =
        rnd.nextInt(4) == 0
            ? List.of(0.2, 1.0, 3.0, 30.0).get(rnd.nextInt(4))
            : recent ? 2 + rnd.nextDouble() * 60 : 0.1 + rnd.nextDouble() * rnd.nextInt(800);
    return switch (rnd.nextInt(10)) {
      case 0 -> null;
      case 1, 2 ->
          new CardState(
              CardPhase.RELEARNING,
              0,
              stability,
              6,
              stepsDueNow && rnd.nextBoolean()
                  ? START.minus(Duration.ofDays(3))
                  : START.plus(
                      Duration.ofMinutes(
                          stepsDueNow ? rnd.nextInt(600) - 300 : 1440 + rnd.nextInt(2000))),
              last,
              4,
              1);
      default ->
          new CardState(
              CardPhase.REVIEW,
              0,
              stability,
              5,
              rnd.nextInt(10) == 0
                  ? START.plus(Duration.ofHours(rnd.nextInt(48)))
                  : last.plus(Duration.ofHours(rnd.nextInt(24 * 30))),
              last,
              3,
              0);
    };
  }

  /** The exercises in a session's scope: a pack's and/or a skill's (null: all), not suspended. */
  private static List<StoredExercise> scope(
      StudyData data, String pack, String skill, Set<CardKey> suspended) {
    return data.exercises().stream()
        .filter(e -> pack == null || e.packId().equals(pack))
        .filter(e -> skill == null || e.exercise().skills().contains(skill))
        .filter(e -> !suspended.contains(e.key()))
        .toList();
  }

  /** A pack of a few skills with prerequisites, and exercises of one to three skills each. */
  public static Pack pack(String id, Random rnd) {
    List<Skill> skills = new ArrayList<>();
    int n = 1 + rnd.nextInt(5);
    for (int i = 0; i < n; i++) {
      List<String> requires = new ArrayList<>();
      if (i > 0 && rnd.nextBoolean()) requires.add("s" + rnd.nextInt(i));
      if (i > 1 && rnd.nextInt(4) == 0) requires.add("s" + rnd.nextInt(i));
      skills.add(
          new Skill(
              "s" + i,
              id + " skill " + i,
              "",
              requires.stream().distinct().toList(),
              "",
              List.of(),
              List.of(),
              null));
    }
    List<Exercise> exercises = new ArrayList<>();
    for (int i = 0; i < 1 + rnd.nextInt(30); i++) {
      List<String> ids = new ArrayList<>(List.of("s" + rnd.nextInt(n)));
      if (rnd.nextInt(4) == 0) {
        String more = "s" + rnd.nextInt(n);
        if (!ids.contains(more)) ids.add(more);
      }
      Exercise.Body body =
          rnd.nextBoolean()
              ? new Exercise.Text(List.of("x"), null, Normalization.DEFAULT)
              : new Exercise.Choice(List.of("a", "b", "c"), List.of(0), false);
      exercises.add(
          new Exercise(
              "e" + i,
              ids,
              "prompt " + i,
              1 + rnd.nextInt(5),
              List.of(),
              "",
              List.of(),
              body,
              List.of()));
    }
    return new Pack(1, id, id, "1.0.0", "", List.of("test"), "CC0-1.0", "en", skills, exercises);
  }

  /** As PickerIndexTest's cards: whole hours, few distinct values, so that ties are common. */
  public static CardState card(Random rnd) {
    Instant hour =
        START.plus(Duration.ofHours(rnd.nextBoolean() ? rnd.nextInt(96) - 48 : rnd.nextInt(1000)));
    Instant last = START.minus(Duration.ofDays(List.of(2, 10, 40).get(rnd.nextInt(3))));
    double stability = List.of(1.0, 5.0, 20.0).get(rnd.nextInt(3));
    return switch (rnd.nextInt(16)) {
      case 0, 1, 2, 3 -> null;
      case 4 ->
          new CardState(
              CardPhase.LEARNING,
              1,
              stability,
              5,
              START.plus(Duration.ofMinutes(rnd.nextInt(60) - 10)),
              START.minus(Duration.ofMinutes(10)),
              1,
              0);
      case 5 ->
          new CardState(
              CardPhase.RELEARNING,
              0,
              stability,
              6,
              START.plus(Duration.ofMinutes(rnd.nextInt(60) - 10)),
              START.minus(Duration.ofMinutes(10)),
              4,
              1);
      default ->
          new CardState(
              CardPhase.REVIEW, 0, stability, 5, hour, rnd.nextInt(8) == 0 ? START : last, 3, 0);
    };
  }

  public static void write(Connection c, long learner, CardKey key, CardState s) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT OR REPLACE INTO cards (learner_id, pack_id, exercise_id, phase, step,"
                + " stability, difficulty, due, last_review, reps, lapses)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, learner);
      ps.setString(2, key.packId());
      ps.setString(3, key.exerciseId());
      ps.setString(4, s.phase().name().toLowerCase(java.util.Locale.ROOT));
      ps.setInt(5, s.step());
      ps.setDouble(6, s.stability());
      ps.setDouble(7, s.difficulty());
      ps.setLong(8, s.due().toEpochMilli());
      if (s.lastReview() == null) ps.setNull(9, java.sql.Types.INTEGER);
      else ps.setLong(9, s.lastReview().toEpochMilli());
      ps.setInt(10, s.reps());
      ps.setInt(11, s.lapses());
      ps.executeUpdate();
    }
  }

  private static Picker.Request request(
      Random rnd,
      List<StoredExercise> scope,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      Instant now,
      boolean ignoreLocks) {
    Set<CardKey> exclude = new HashSet<>();
    for (StoredExercise e : scope) if (rnd.nextInt(10) == 0) exclude.add(e.key());
    Set<SkillKey> goals = new HashSet<>();
    Map<SkillKey, Instant> exams = new HashMap<>();
    Map<CardKey, Double> difficulty = new HashMap<>();
    for (StoredExercise e : scope) {
      SkillKey k = Picker.primarySkill(e);
      if (rnd.nextInt(6) == 0) goals.add(k);
      if (rnd.nextInt(6) == 0) exams.put(k, now.plus(Duration.ofDays(rnd.nextInt(30) - 2)));
      if (rnd.nextBoolean()) difficulty.put(e.key(), 1 + 4 * rnd.nextDouble());
    }
    SkillKey last =
        scope.isEmpty() ? null : Picker.primarySkill(scope.get(rnd.nextInt(scope.size())));
    Map<CardKey, tutor.schedule.ShortTermMemory.Tally> today = new HashMap<>();
    for (StoredExercise e : scope) {
      if (rnd.nextInt(3) == 0)
        today.put(
            e.key(), new tutor.schedule.ShortTermMemory.Tally(rnd.nextInt(3), rnd.nextInt(4)));
    }
    return Picker.Request.of(scope, cards, mastery, now)
        .quotas(rnd.nextInt(4) == 0 ? 0 : 20, rnd.nextInt(4) == 0 ? 0 : 200)
        .after(rnd.nextInt(3) == 0 ? null : last, rnd.nextBoolean())
        .excluding(exclude, ignoreLocks || rnd.nextInt(8) == 0)
        .goals(goals)
        .target(0.6 + 0.3 * rnd.nextDouble(), Difficulties.from(difficulty))
        .reviewsDueBefore(now.plus(Duration.ofHours(rnd.nextInt(30))))
        .exams(rnd.nextBoolean() ? exams : Map.of(), 0.9)
        .today(today)
        .keeping(rnd.nextBoolean() ? 0.8 + 0.15 * rnd.nextDouble() : Double.NaN);
  }
}
