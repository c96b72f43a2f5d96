package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.Normalization;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.DayCounter;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.SchedulerConfig;

/**
 * The picker with its index picks exactly what the plain scan of {@link ReferencePicker} picks: on
 * random scopes, cards, mastery, goals, exams, quotas and skips, with ties made likely, for one
 * pick and through a session's index kept in step with answers as time goes on.
 */
class PickerIndexTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private final FsrsScheduler scheduler =
      new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false));

  @Test
  void aPickIsTheSameAsThePlainScan() {
    for (int seed = 0; seed < 6000; seed++) {
      World w = new World(new Random(seed));
      Picker.Request q = w.request(START);
      assertEquals(w.reference.next(q), w.picker.next(q), "seed " + seed);
      assertEquals(w.reference.nextCram(q), w.picker.nextCram(q), "cram, seed " + seed);
    }
  }

  @Test
  void aSessionsIndexStaysInStepWithTheCards() {
    for (int seed = 0; seed < 300; seed++) {
      Random rnd = new Random(seed);
      World w = new World(rnd);
      CardIndex index =
          w.picker.index(
              w.scope,
              w.cards,
              (a, b) ->
                  DayCounter.UTC.elapsedDays(a, b) == 0 && DayCounter.UTC.elapsedDays(b, a) == 0);
      Instant now = START;
      for (int step = 0; step < 40; step++) {
        Picker.Request q = w.request(now);
        var expected = w.reference.next(q);
        assertEquals(expected, w.picker.next(q, index), "seed " + seed + ", step " + step);
        // Answer it (or some other exercise), as a session would, and move on in time.
        StoredExercise e =
            expected.map(Pick::exercise).orElse(w.scope.get(rnd.nextInt(w.scope.size())));
        CardState card = w.cards.get(e.key());
        CardState before =
            card == null || card.phase() == CardPhase.NEW ? CardState.newCard(now) : card;
        if (before.lastReview() == null || !now.isBefore(before.lastReview())) {
          CardState after =
              scheduler.review(before, Rating.values()[rnd.nextInt(4)], now, 0).card();
          w.cards.put(e.key(), after);
          index.update(e.key(), after);
        }
        now = now.plus(Duration.ofMinutes(rnd.nextInt(4) == 0 ? 700 : 1 + rnd.nextInt(30)));
      }
    }
  }

  /** A random little world: two packs, skills with prerequisites, exercises, cards and mastery. */
  private final class World {
    final Random rnd;
    final List<StoredSkill> skills = new ArrayList<>();
    final List<StoredExercise> scope = new ArrayList<>();
    final Map<CardKey, CardState> cards = new HashMap<>();
    final Map<SkillKey, SkillMastery> mastery = new HashMap<>();
    final Picker picker;
    final ReferencePicker reference;

    World(Random rnd) {
      this.rnd = rnd;
      List<SkillKey> keys = new ArrayList<>();
      for (String pack : List.of("p", "q")) {
        int n = 1 + rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
          List<String> requires = new ArrayList<>();
          if (i > 0 && rnd.nextBoolean()) requires.add("s" + rnd.nextInt(i));
          if (i > 1 && rnd.nextInt(4) == 0) requires.add("s" + rnd.nextInt(i));
          // Equal positions now and then: ties must break the same way.
          skills.add(
              new StoredSkill(
                  pack,
                  "s" + i,
                  pack + i,
                  "",
                  rnd.nextInt(4) == 0 ? 0 : i,
                  requires.stream().distinct().toList()));
          keys.add(new SkillKey(pack, "s" + i));
        }
      }
      int exercises = 1 + rnd.nextInt(40);
      for (int i = 0; i < exercises; i++) {
        SkillKey k = keys.get(rnd.nextInt(keys.size()));
        List<String> ids = new ArrayList<>(List.of(rnd.nextInt(15) == 0 ? "unknown" : k.skillId()));
        if (rnd.nextInt(4) == 0) ids.add("s" + rnd.nextInt(3));
        Exercise.Body body =
            rnd.nextBoolean()
                ? new Exercise.Text(List.of("x"), null, Normalization.DEFAULT)
                : new Exercise.Choice(List.of("a", "b", "c"), List.of(0), false);
        StoredExercise e =
            new StoredExercise(
                k.packId(),
                new Exercise(
                    "e" + i, ids, "prompt", 1 + rnd.nextInt(5), List.of(), "", List.of(), body),
                rnd.nextInt(3) == 0 ? 0 : i);
        scope.add(e);
        CardState c = card();
        if (c != null) cards.put(e.key(), c);
      }
      Collections.shuffle(scope, rnd); // scope order breaks ties: any order must give the same pick
      for (SkillKey k : keys) {
        int r = rnd.nextInt(4);
        // Some with the spaced evidence of mastery (kept above the desired retention), some
        // without.
        tutor.mastery.Evidence evidence =
            rnd.nextBoolean()
                ? tutor.mastery.Evidence.NONE
                : new tutor.mastery.Evidence(
                    "e0", START.minus(Duration.ofDays(30)), true, true, false);
        if (r > 0)
          mastery.put(k, new SkillMastery(r == 1 ? 0.4 : r == 2 ? 0.96 : 0.995, 5, 4, evidence));
      }
      picker = new Picker(scheduler, skills);
      reference = new ReferencePicker(scheduler, skills);
    }

    private CardState card() {
      // Whole hours (equal due times), some soon and some weeks ahead (exam preparation, fading).
      Instant hour =
          START.plus(
              Duration.ofHours(rnd.nextBoolean() ? rnd.nextInt(96) - 48 : rnd.nextInt(1000)));
      // Few distinct values: equal retrievabilities, and fading skills, are common.
      Instant last = START.minus(Duration.ofDays(List.of(2, 10, 40).get(rnd.nextInt(3))));
      double stability = List.of(1.0, 5.0, 20.0).get(rnd.nextInt(3));
      return switch (rnd.nextInt(16)) {
        case 0, 1, 2 -> null;
        case 3 -> CardState.newCard(START);
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

    Picker.Request request(Instant now) {
      Set<CardKey> exclude = new HashSet<>();
      for (StoredExercise e : scope) if (rnd.nextInt(10) == 0) exclude.add(e.key());
      Set<SkillKey> goals = new HashSet<>();
      Map<SkillKey, Instant> exams = new HashMap<>();
      Map<CardKey, Double> difficulty = new HashMap<>();
      for (StoredSkill s : skills) {
        if (rnd.nextInt(4) == 0) goals.add(s.key());
        if (rnd.nextInt(4) == 0) exams.put(s.key(), now.plus(Duration.ofDays(rnd.nextInt(30) - 2)));
      }
      for (StoredExercise e : scope)
        if (rnd.nextBoolean()) difficulty.put(e.key(), 1 + 4 * rnd.nextDouble());
      StoredSkill last = skills.get(rnd.nextInt(skills.size()));
      return Picker.Request.of(scope, cards, mastery, now)
          .quotas(rnd.nextInt(4) == 0 ? 0 : 20, rnd.nextInt(4) == 0 ? 0 : 200)
          .after(rnd.nextInt(3) == 0 ? null : last.key(), rnd.nextBoolean())
          .excluding(exclude, rnd.nextInt(5) == 0)
          .goals(goals)
          .target(0.6 + 0.3 * rnd.nextDouble(), Difficulties.from(difficulty))
          .reviewsDueBefore(now.plus(Duration.ofHours(rnd.nextInt(30))))
          .exams(rnd.nextBoolean() ? exams : Map.of(), 0.9)
          .today(today())
          .missed(missed())
          .keeping(rnd.nextBoolean() ? 0.8 + 0.15 * rnd.nextDouble() : Double.NaN);
    }

    /** Misses in a row of some skills, some enough to step back from them. */
    private Map<SkillKey, Integer> missed() {
      Map<SkillKey, Integer> out = new HashMap<>();
      for (StoredSkill s : skills) if (rnd.nextInt(3) == 0) out.put(s.key(), rnd.nextInt(5));
      return out;
    }

    /** Answers today to some of the cards: predicted success must follow them. */
    private Map<CardKey, tutor.schedule.ShortTermMemory.Tally> today() {
      Map<CardKey, tutor.schedule.ShortTermMemory.Tally> out = new HashMap<>();
      for (StoredExercise e : scope) {
        if (rnd.nextInt(3) == 0)
          out.put(
              e.key(), new tutor.schedule.ShortTermMemory.Tally(rnd.nextInt(3), rnd.nextInt(4)));
      }
      return out;
    }
  }
}
