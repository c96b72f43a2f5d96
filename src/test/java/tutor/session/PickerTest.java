package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tutor.mastery.SkillMastery;
import tutor.pack.Exercise;
import tutor.pack.Normalization;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.SchedulerConfig;
import tutor.store.CardKey;
import tutor.store.SkillKey;
import tutor.store.StoredExercise;
import tutor.store.StoredSkill;

class PickerTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final FsrsScheduler scheduler = new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false));

  // Graph: a -> b -> d, a -> c (b and c require a; d requires b)
  private final List<StoredSkill> skills = List.of(
      skill("a", 0), skill("b", 1, "a"), skill("c", 2, "a"), skill("d", 3, "b"));
  private final Picker picker = new Picker(scheduler, skills);
  private final Map<CardKey, CardState> cards = new HashMap<>();
  private final Map<SkillKey, SkillMastery> mastery = new HashMap<>();

  private static StoredSkill skill(String id, int position, String... requires) {
    return new StoredSkill("p", id, id.toUpperCase(), "", position, List.of(requires));
  }

  private static StoredExercise ex(String id, String skill, int difficulty, int position) {
    return new StoredExercise("p", new Exercise(id, List.of(skill), "prompt " + id, difficulty, List.of(), "",
        List.of(), new Exercise.Text(List.of("x"), null, Normalization.DEFAULT)), position);
  }

  private static CardState review(double stability, Instant lastReview, Instant due) {
    return new CardState(CardPhase.REVIEW, 0, stability, 5, due, lastReview, 3, 0);
  }

  private void master(String skill) {
    mastery.put(new SkillKey("p", skill), new SkillMastery(0.99, 6, 6));
  }

  private Optional<Pick> pick(List<StoredExercise> scope, SkillKey last) {
    return picker.next(scope, cards, mastery, NOW, 20, 200, last, Set.of(), false);
  }

  @Test
  void dueReviewComesBeforeNewMaterial() {
    StoredExercise fresh = ex("a1", "a", 1, 0);
    StoredExercise old = ex("a2", "a", 1, 1);
    cards.put(old.key(), review(3, NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(1))));
    Pick p = pick(List.of(fresh, old), null).orElseThrow();
    assertEquals("a2", p.exercise().exercise().id());
    assertEquals(Pick.Reason.DUE, p.reason());
  }

  @Test
  void amongDueReviewsTheLeastRetrievableComesFirst() {
    StoredExercise stable = ex("a1", "a", 1, 0);
    StoredExercise shaky = ex("a2", "a", 1, 1);
    cards.put(stable.key(), review(30, NOW.minus(Duration.ofDays(31)), NOW.minus(Duration.ofDays(1))));
    cards.put(shaky.key(), review(2, NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(8))));
    Pick p = pick(List.of(stable, shaky), null).orElseThrow();
    assertEquals("a2", p.exercise().exercise().id());
    assertTrue(p.retrievability() < scheduler.retrievability(cards.get(stable.key()), NOW));
  }

  @Test
  void newMaterialOfALockedSkillIsNotOffered() {
    StoredExercise b1 = ex("b1", "b", 1, 0);
    assertTrue(pick(List.of(b1), null).isEmpty(), "b requires a, which is not mastered");
    master("a");
    assertEquals("b1", pick(List.of(b1), null).orElseThrow().exercise().exercise().id());
  }

  @Test
  void aSkillNeedsEveryPrerequisiteMasteredNotJustOne() {
    StoredExercise d1 = ex("d1", "d", 1, 0);
    master("a");
    assertTrue(pick(List.of(d1), null).isEmpty(), "d requires b, not yet mastered");
  }

  @Test
  void newExercisesComeInSkillOrderThenEasiestFirst() {
    master("a");
    List<StoredExercise> scope = List.of(ex("c-hard", "c", 4, 0), ex("c-easy", "c", 1, 1), ex("b-mid", "b", 3, 2));
    Pick p = pick(scope, null).orElseThrow();
    assertEquals("b-mid", p.exercise().exercise().id(), "b comes before c in the pack");
    Pick next = pick(List.of(scope.get(0), scope.get(1)), null).orElseThrow();
    assertEquals("c-easy", next.exercise().exercise().id());
  }

  @Test
  void newMaterialInterleavesSkillsInsteadOfDrillingOne() {
    master("a");
    List<StoredExercise> scope = List.of(ex("b1", "b", 1, 0), ex("b2", "b", 1, 1), ex("c1", "c", 1, 2));
    Pick p = pick(scope, new SkillKey("p", "b")).orElseThrow();
    assertEquals("c1", p.exercise().exercise().id());
  }

  @Test
  void skillsNotYetMasteredComeBeforeMoreNewExercisesOfMasteredOnes() {
    master("a");
    List<StoredExercise> scope = List.of(ex("a9", "a", 1, 0), ex("b1", "b", 5, 1));
    assertEquals("b1", pick(scope, null).orElseThrow().exercise().exercise().id());
  }

  @Test
  void dueLearningStepsComeBeforeDueReviews() {
    StoredExercise learning = ex("a1", "a", 1, 0);
    StoredExercise due = ex("a2", "a", 1, 1);
    cards.put(learning.key(), new CardState(CardPhase.LEARNING, 1, 2.3, 5, NOW.minusSeconds(30),
        NOW.minus(Duration.ofMinutes(10)), 1, 0));
    cards.put(due.key(), review(1, NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(19))));
    assertEquals(Pick.Reason.LEARNING, pick(List.of(learning, due), null).orElseThrow().reason());
  }

  @Test
  void aLearningStepDueWithinTwentyMinutesIsTakenEarlyWhenNothingElseIsLeft() {
    StoredExercise soon = ex("a1", "a", 1, 0);
    cards.put(soon.key(), new CardState(CardPhase.LEARNING, 0, 2.3, 5, NOW.plus(Duration.ofMinutes(5)),
        NOW.minus(Duration.ofMinutes(5)), 1, 0));
    assertEquals(Pick.Reason.LEARN_AHEAD, pick(List.of(soon), null).orElseThrow().reason());
    cards.put(soon.key(), new CardState(CardPhase.LEARNING, 0, 2.3, 5, NOW.plus(Duration.ofHours(1)),
        NOW.minus(Duration.ofMinutes(5)), 1, 0));
    assertTrue(pick(List.of(soon), null).isEmpty());
  }

  @Test
  void dailyQuotasStopNewMaterialAndReviews() {
    StoredExercise fresh = ex("a1", "a", 1, 0);
    StoredExercise due = ex("a2", "a", 1, 1);
    cards.put(due.key(), review(3, NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(1))));
    List<StoredExercise> scope = List.of(fresh, due);
    assertTrue(picker.next(scope, cards, mastery, NOW, 0, 0, null, Set.of(), false).isEmpty());
    assertEquals("a1", picker.next(scope, cards, mastery, NOW, 1, 0, null, Set.of(), false)
        .orElseThrow().exercise().exercise().id());
  }

  @Test
  void anExplicitlyChosenSkillIgnoresItsLock() {
    StoredExercise d1 = ex("d1", "d", 1, 0);
    assertTrue(picker.next(List.of(d1), cards, mastery, NOW, 20, 200, null, Set.of(), true).isPresent());
  }

  @Test
  void skippedExercisesAreNotOfferedAgain() {
    StoredExercise a1 = ex("a1", "a", 1, 0);
    assertTrue(picker.next(List.of(a1), cards, mastery, NOW, 20, 200, null, Set.of(a1.key()), false).isEmpty());
  }

  @Test
  void aSessionOfNewMaterialUnlocksSkillsInGraphOrder() {
    // Simulate a learner who answers everything right: the order of skills introduced must
    // respect the prerequisite graph.
    List<StoredExercise> scope = new ArrayList<>();
    for (String s : List.of("a", "b", "c", "d")) {
      for (int i = 0; i < 5; i++) scope.add(ex(s + i, s, 1 + i % 3, scope.size()));
    }
    List<String> firstSeen = new ArrayList<>();
    SkillKey last = null;
    for (int n = 0; n < 20; n++) {
      Optional<Pick> p = pick(scope, last);
      if (p.isEmpty()) break;
      StoredExercise e = p.get().exercise();
      SkillKey k = Picker.primarySkill(e);
      if (!firstSeen.contains(k.skillId())) firstSeen.add(k.skillId());
      mastery.put(k, mastery.getOrDefault(k, new SkillMastery(0.1, 0, 0))
          .after(true, tutor.mastery.BktParameters.DEFAULT));
      cards.put(e.key(), review(10, NOW, NOW.plus(Duration.ofDays(10))));
      last = k;
    }
    assertEquals("a", firstSeen.get(0));
    assertTrue(firstSeen.indexOf("b") < firstSeen.indexOf("d"), "d needs b: " + firstSeen);
    assertTrue(firstSeen.containsAll(List.of("a", "b", "c", "d")), firstSeen.toString());
  }
}
