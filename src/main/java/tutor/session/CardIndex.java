package tutor.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.Scheduler;
import tutor.store.CardKey;
import tutor.store.SkillKey;
import tutor.store.StoredExercise;

/**
 * A scope's exercises and cards, indexed so that a pick costs what can be picked rather than the
 * size of the collection: cards in (re)learning steps and reviews in order of due time, new
 * exercises per primary skill in teaching order, each skill's exercises, and, cached, each card's
 * retrievability and each skill's sum of them. Exercises are known by their place in the scope.
 *
 * <p>A session keeps one in step with its cards ({@link #update}). Retrievability counts whole days,
 * so the cached values hold while {@code sameDay} says two instants are the same day for the
 * scheduler; a request without a session's index gets a new one, which caches for one instant only.
 */
public final class CardIndex {
  private final List<StoredExercise> scope;
  private final Scheduler scheduler;
  private final BiPredicate<Instant, Instant> sameDay;
  private final CardKey[] keys;
  private final SkillKey[] primary;
  private final SkillKey[][] skillsOf;
  private final CardState[] cards;
  private final Map<CardKey, Integer> place = new HashMap<>();
  private final Map<SkillKey, int[]> withSkill = new HashMap<>();
  private final Map<SkillKey, int[]> withPrimary = new HashMap<>();
  /** Cards in (re)learning steps, and in review, by due time (then place). */
  private final NavigableSet<Integer> steps;
  private final NavigableSet<Integer> reviews;
  /** Exercises never seen, by primary skill, in teaching order (position, then place). */
  private final Map<SkillKey, NavigableSet<Integer>> fresh = new HashMap<>();
  private final Comparator<Integer> teachingOrder;

  private Instant recallDay;
  private final double[] recall;
  /** Per skill: sum of the retrievability of its seen exercises, and how many there are. */
  private final Map<SkillKey, double[]> sums = new HashMap<>();

  CardIndex(List<StoredExercise> scope, Map<CardKey, CardState> cardMap, Scheduler scheduler,
      BiPredicate<Instant, Instant> sameDay) {
    this.scope = scope;
    this.scheduler = scheduler;
    this.sameDay = sameDay;
    int n = scope.size();
    keys = new CardKey[n];
    primary = new SkillKey[n];
    skillsOf = new SkillKey[n][];
    cards = new CardState[n];
    recall = new double[n];
    Comparator<Integer> byDue = Comparator.comparing((Integer i) -> cards[i].due()).thenComparingInt(i -> i);
    steps = new TreeSet<>(byDue);
    reviews = new TreeSet<>(byDue);
    teachingOrder = Comparator.comparingInt((Integer i) -> scope.get(i).position()).thenComparingInt(i -> i);
    Map<SkillKey, List<Integer>> skillLists = new HashMap<>();
    Map<SkillKey, List<Integer>> primaryLists = new HashMap<>();
    Map<SkillKey, SkillKey> shared = new HashMap<>(); // one key object per skill
    for (int i = 0; i < n; i++) {
      StoredExercise e = scope.get(i);
      keys[i] = e.key();
      place.put(keys[i], i);
      List<String> ids = e.exercise().skills();
      skillsOf[i] = new SkillKey[ids.size()];
      for (int s = 0; s < ids.size(); s++) {
        SkillKey k = new SkillKey(e.packId(), ids.get(s));
        skillsOf[i][s] = shared.computeIfAbsent(k, x -> x);
        skillLists.computeIfAbsent(skillsOf[i][s], x -> new ArrayList<>()).add(i);
      }
      primary[i] = skillsOf[i][0];
      primaryLists.computeIfAbsent(primary[i], x -> new ArrayList<>()).add(i);
      cards[i] = cardMap.get(keys[i]);
      recall[i] = Double.NaN;
      add(i);
    }
    skillLists.forEach((k, v) -> withSkill.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    primaryLists.forEach((k, v) -> withPrimary.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The card of {@code key} changed (answered, or taken back); keys outside the scope are ignored. */
  public void update(CardKey key, CardState card) {
    Integer i = place.get(key);
    if (i == null) return;
    remove(i);
    cards[i] = card;
    add(i);
    recall[i] = Double.NaN;
    for (SkillKey s : skillsOf[i]) sums.remove(s);
  }

  private void add(int i) {
    CardState c = cards[i];
    if (c == null || c.phase() == CardPhase.NEW) {
      fresh.computeIfAbsent(primary[i], k -> new TreeSet<>(teachingOrder)).add(i);
    } else if (c.phase() == CardPhase.REVIEW) {
      reviews.add(i);
    } else {
      steps.add(i);
    }
  }

  private void remove(int i) {
    CardState c = cards[i];
    if (c == null || c.phase() == CardPhase.NEW) {
      NavigableSet<Integer> s = fresh.get(primary[i]);
      s.remove(i);
      if (s.isEmpty()) fresh.remove(primary[i]);
    } else if (c.phase() == CardPhase.REVIEW) {
      reviews.remove(i);
    } else {
      steps.remove(i);
    }
  }

  /** Picks from here on happen at {@code now}: cached retrievability is dropped when the day changed. */
  void at(Instant now) {
    if (recallDay != null && (recallDay.equals(now) || sameDay.test(recallDay, now))) return;
    recallDay = now;
    java.util.Arrays.fill(recall, Double.NaN);
    sums.clear();
  }

  int size() {
    return keys.length;
  }

  StoredExercise exercise(int i) {
    return scope.get(i);
  }

  CardKey key(int i) {
    return keys[i];
  }

  CardState card(int i) {
    return cards[i];
  }

  SkillKey primary(int i) {
    return primary[i];
  }

  SkillKey[] skills(int i) {
    return skillsOf[i];
  }

  /** Retrievability of a seen card now (at the instant given to {@link #at}). */
  double recall(int i) {
    if (Double.isNaN(recall[i])) recall[i] = scheduler.retrievability(cards[i], recallDay);
    return recall[i];
  }

  /**
   * Mean retrievability of the seen exercises having {@code skill} (1 when there are none): summed
   * in scope order, as a plain loop over the scope would.
   */
  double meanRecall(SkillKey skill) {
    double[] acc = sums.get(skill);
    if (acc == null) {
      acc = new double[2];
      for (int i : withSkill.getOrDefault(skill, new int[0])) {
        if (cards[i] == null || cards[i].phase() == CardPhase.NEW) continue;
        acc[0] += recall(i);
        acc[1]++;
      }
      sums.put(skill, acc);
    }
    return acc[1] == 0 ? 1.0 : acc[0] / acc[1];
  }

  int[] withPrimary(SkillKey skill) {
    return withPrimary.getOrDefault(skill, new int[0]);
  }

  /** Cards in (re)learning steps, soonest due first. */
  Iterable<Integer> steps() {
    return steps;
  }

  /** Cards in review, soonest due first. */
  Iterable<Integer> reviews() {
    return reviews;
  }

  /** Never-seen exercises by primary skill, each in teaching order. */
  Map<SkillKey, NavigableSet<Integer>> fresh() {
    return fresh;
  }
}
