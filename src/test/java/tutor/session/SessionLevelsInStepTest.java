package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tutor.mastery.Evidence;
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
import tutor.schedule.Scheduler;
import tutor.schedule.SchedulerConfig;

/**
 * The levels a session keeps in step with each answer (only the answered skills and what is built
 * on them are worked out again: {@link SkillLevels}) are always the levels counted from scratch
 * ({@link Picker#memory}) from the same tallies and mastery: over many generated packs
 * (prerequisite graphs, requirements on skills not installed, exercises of two skills) and sessions
 * of answers, disputes and :undo (after which the mastery read again from the store may differ
 * beyond the answer's skills).
 */
class SessionLevelsInStepTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Scheduler SCHEDULER = new FsrsScheduler(SchedulerConfig.defaults());

  @Test
  void levelsKeptInStepEqualLevelsCountedAfresh() {
    int moves = 0;
    for (long seed = 0; seed < 300; seed++) {
      Random rnd = new Random(seed);
      List<StoredSkill> skills = new ArrayList<>();
      List<StoredExercise> scope = new ArrayList<>();
      int packs = 1 + rnd.nextInt(3);
      for (int p = 0; p < packs; p++) pack("p" + p, rnd, skills, scope);
      Picker picker = new Picker(SCHEDULER, skills);
      Map<CardKey, CardState> cards = new HashMap<>();
      for (StoredExercise e : scope) if (rnd.nextInt(3) > 0) cards.put(e.key(), card(rnd));
      Map<SkillKey, SkillMastery> mastery = new HashMap<>();
      for (StoredSkill s : skills) if (rnd.nextInt(4) > 0) mastery.put(s.key(), mastery(rnd));
      SessionProgress progress =
          SessionProgress.start(picker, SCHEDULER, scope, skills, cards, mastery, NOW);
      assertInStep(picker, progress, mastery, seed, -1);
      Map<SkillKey, Level> start = new HashMap<>(progress.levels());
      Instant at = NOW;
      for (int step = 0; step < 40; step++) {
        at = at.plusSeconds(30);
        StoredExercise e = scope.get(rnd.nextInt(scope.size()));
        CardState before = cards.get(e.key());
        CardState after = card(rnd);
        cards.put(e.key(), after);
        List<SkillKey> own = keys(e);
        Map<SkillKey, SkillMastery> beforeUndo = new HashMap<>(mastery);
        for (SkillKey k : own) mastery.put(k, mastery(rnd));
        int choice = rnd.nextInt(10);
        if (choice < 7) {
          progress.answered(e.packId(), e.exercise().skills(), before, after, at, mastery);
        } else if (choice < 8) {
          progress.disputed(e.packId(), e.exercise().skills(), before, after, at, mastery);
        } else {
          progress.answered(e.packId(), e.exercise().skills(), before, after, at, mastery);
          assertInStep(picker, progress, mastery, seed, step);
          // :undo: the card and the mastery back as before the answer.
          progress.takenBack(e.packId(), e.exercise().skills(), after, before, at);
          if (before == null) cards.remove(e.key());
          else cards.put(e.key(), before);
          mastery.clear();
          mastery.putAll(beforeUndo);
          if (rnd.nextBoolean()) {
            // The store's mastery read again may differ beyond the answer's skills.
            StoredSkill other = skills.get(rnd.nextInt(skills.size()));
            if (rnd.nextBoolean()) mastery.remove(other.key());
            else mastery.put(other.key(), mastery(rnd));
          }
          progress.undone(mastery);
        }
        assertInStep(picker, progress, mastery, seed, step);
      }
      if (!progress.levels().equals(start)) moves++;
    }
    // The sessions moved levels (not a test of nothing): most of them.
    assertTrue(moves > 200, "sessions that moved a level: " + moves);
  }

  private static void assertInStep(
      Picker picker,
      SessionProgress progress,
      Map<SkillKey, SkillMastery> mastery,
      long seed,
      int step) {
    assertEquals(
        picker.memory(progress.tallies(), mastery).levels(),
        progress.levels(),
        "seed " + seed + ", step " + step);
  }

  /**
   * A pack of 2-30 skills, each requiring up to three earlier ones (now and then one not
   * installed), each practised by 0-3 exercises, some of which practise another skill too.
   */
  private static void pack(
      String packId, Random rnd, List<StoredSkill> skills, List<StoredExercise> scope) {
    int n = 2 + rnd.nextInt(29);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "s" + i;
      List<String> requires = new ArrayList<>();
      int r = i == 0 ? 0 : rnd.nextInt(Math.min(i, 3) + 1);
      for (int j = 0; j < r; j++) {
        String req = ids.get(rnd.nextInt(ids.size()));
        if (!requires.contains(req)) requires.add(req);
      }
      if (rnd.nextInt(20) == 0) requires.add("gone");
      skills.add(new StoredSkill(packId, id, "Skill " + packId + i, "", i, requires));
      ids.add(id);
      int exercises = rnd.nextInt(4);
      for (int x = 0; x < exercises; x++) {
        List<String> practised = new ArrayList<>(List.of(id));
        if (i > 0 && rnd.nextInt(4) == 0) practised.add(ids.get(rnd.nextInt(i)));
        scope.add(
            new StoredExercise(
                packId,
                new Exercise(
                    id + "-" + x,
                    practised,
                    "prompt",
                    1,
                    List.of(),
                    "",
                    List.of(),
                    new Exercise.Text(List.of("x"), null, Normalization.DEFAULT)),
                scope.size()));
      }
    }
    if (scope.isEmpty()) {
      scope.add(
          new StoredExercise(
              packId,
              new Exercise(
                  "only",
                  List.of("s0"),
                  "prompt",
                  1,
                  List.of(),
                  "",
                  List.of(),
                  new Exercise.Text(List.of("x"), null, Normalization.DEFAULT)),
              0));
    }
  }

  private static List<SkillKey> keys(StoredExercise e) {
    return e.exercise().skills().stream().map(s -> new SkillKey(e.packId(), s)).toList();
  }

  /** A card new, remembered or fading: last reviewed from today to long ago. */
  private static CardState card(Random rnd) {
    if (rnd.nextInt(5) == 0) return CardState.newCard(NOW);
    double stability = new double[] {0.5, 5, 50, 500}[rnd.nextInt(4)];
    Instant last = NOW.minus(Duration.ofDays(new int[] {0, 2, 20, 200}[rnd.nextInt(4)]));
    return new CardState(CardPhase.REVIEW, 0, stability, 5, NOW.plusSeconds(3600), last, 3, 0);
  }

  /**
   * Mastery from not known to mastered: P(known) either side of the known threshold, evidence met
   * or not, placed or not, practised or not.
   */
  private static SkillMastery mastery(Random rnd) {
    double p = new double[] {0.2, 0.9, 0.96, 0.99}[rnd.nextInt(4)];
    int attempts = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(5);
    Evidence evidence =
        switch (rnd.nextInt(4)) {
          case 0 -> Evidence.NONE;
          case 1 -> new Evidence("x", NOW, false, false, false);
          case 2 -> new Evidence(null, null, false, false, true);
          default -> new Evidence("x", NOW.minus(Duration.ofDays(3)), true, true, false);
        };
    return new SkillMastery(p, attempts, Math.min(attempts, rnd.nextInt(6)), evidence);
  }
}
