package tutor.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.Scheduler;

/**
 * A scope's exercises and cards, indexed so that a pick costs what can be picked rather than the
 * size of the collection: cards in (re)learning steps and reviews in order of due time, new
 * exercises per primary skill in teaching order, each skill's exercises, and, cached, each card's
 * retrievability and each skill's sum of them. Exercises are known by their place in the scope.
 *
 * <p>A session keeps one in step with its cards ({@link #update}). Retrievability counts whole
 * days, so the cached values hold while {@code sameDay} says two instants are the same day for the
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

  /** Each card's place in the scope; made at the first update (a session's first answer). */
  private Map<CardKey, Integer> place;

  private final Map<SkillKey, int[]> withSkill = new HashMap<>();
  private final Map<SkillKey, int[]> withPrimary = new HashMap<>();

  /** Cards in (re)learning steps, and in review, by due time (then place). */
  private final NavigableSet<Integer> steps;

  private final NavigableSet<Integer> reviews;

  /**
   * Per primary skill, its exercises in teaching order (position, then place) and which of them are
   * new (never seen); {@code slot} is each exercise's place in its skill's order.
   */
  private final Map<SkillKey, int[]> teaching = new HashMap<>();

  private final Map<SkillKey, BitSet> isNew = new HashMap<>();
  private final int[] slot;

  private Instant recallDay;
  private final double[] recall;

  /** Per skill: sum of the retrievability of its seen exercises, and how many there are. */
  private final Map<SkillKey, double[]> sums = new HashMap<>();

  /**
   * Per skill: its memory as its exercises in review show it (see {@link #skillMemory}); null when
   * none.
   */
  private final Map<SkillKey, java.util.Optional<CardState>> skillMemory = new HashMap<>();

  CardIndex(
      List<StoredExercise> scope,
      Map<CardKey, CardState> cardMap,
      Scheduler scheduler,
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
    Comparator<Integer> byDue =
        Comparator.comparing((Integer i) -> cards[i].due()).thenComparingInt(i -> i);
    steps = new TreeSet<>(byDue);
    reviews = new TreeSet<>(byDue);
    slot = new int[n];
    // Plain arrays and loops: this runs as a session starts, over every exercise of the scope.
    Map<SkillKey, int[]> skillCount = new HashMap<>();
    Map<SkillKey, int[]> primaryCount = new HashMap<>();
    // Exercises of a pack with the same skills share their keys.
    Map<String, Map<List<String>, SkillKey[]>> sharedSkills = new HashMap<>();
    for (int i = 0; i < n; i++) {
      StoredExercise e = scope.get(i);
      keys[i] = e.key();
      skillsOf[i] =
          sharedSkills
              .computeIfAbsent(e.packId(), p -> new HashMap<>())
              .computeIfAbsent(
                  e.exercise().skills(),
                  ids -> {
                    SkillKey[] ks = new SkillKey[ids.size()];
                    for (int s = 0; s < ks.length; s++)
                      ks[s] = new SkillKey(e.packId(), ids.get(s));
                    return ks;
                  });
      for (SkillKey k : skillsOf[i]) skillCount.computeIfAbsent(k, x -> new int[1])[0]++;
      primary[i] = skillsOf[i][0];
      primaryCount.computeIfAbsent(primary[i], x -> new int[1])[0]++;
      cards[i] = cardMap.get(keys[i]);
      recall[i] = Double.NaN;
    }
    skillCount.forEach((k, c) -> withSkill.put(k, new int[c[0]]));
    primaryCount.forEach((k, c) -> withPrimary.put(k, new int[c[0]]));
    for (int[] c : skillCount.values()) c[0] = 0; // from here on: how many are filled in
    for (int[] c : primaryCount.values()) c[0] = 0;
    for (int i = 0; i < n; i++) {
      for (SkillKey k : skillsOf[i]) withSkill.get(k)[skillCount.get(k)[0]++] = i;
      withPrimary.get(primary[i])[primaryCount.get(primary[i])[0]++] = i;
    }
    withPrimary.forEach(
        (k, members) -> {
          int[] order = inTeachingOrder(members);
          teaching.put(k, order);
          isNew.put(k, new BitSet(order.length));
          for (int s = 0; s < order.length; s++) slot[order[s]] = s;
        });
    for (int i = 0; i < n; i++) add(i);
  }

  /**
   * {@code members} (in scope order) by position, then place: as they are already, unless a test
   * shuffled.
   */
  private int[] inTeachingOrder(int[] members) {
    for (int j = 1; j < members.length; j++) {
      if (scope.get(members[j]).position() < scope.get(members[j - 1]).position()) {
        return java.util.Arrays.stream(members)
            .boxed()
            .sorted(
                Comparator.comparingInt((Integer i) -> scope.get(i).position())
                    .thenComparingInt(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
      }
    }
    return members;
  }

  /**
   * The card of {@code key} changed (answered, or taken back); keys outside the scope are ignored.
   */
  public void update(CardKey key, CardState card) {
    if (place == null) {
      place = new HashMap<>();
      for (int j = 0; j < keys.length; j++) place.put(keys[j], j);
    }
    Integer i = place.get(key);
    if (i == null) return;
    remove(i);
    cards[i] = card;
    add(i);
    recall[i] = Double.NaN;
    for (SkillKey s : skillsOf[i]) {
      sums.remove(s);
      skillMemory.remove(s);
    }
  }

  private void add(int i) {
    CardState c = cards[i];
    if (c == null || c.phase() == CardPhase.NEW) {
      isNew.get(primary[i]).set(slot[i]);
    } else if (c.phase() == CardPhase.REVIEW) {
      reviews.add(i);
    } else {
      steps.add(i);
    }
  }

  private void remove(int i) {
    CardState c = cards[i];
    if (c == null || c.phase() == CardPhase.NEW) {
      isNew.get(primary[i]).clear(slot[i]);
    } else if (c.phase() == CardPhase.REVIEW) {
      reviews.remove(i);
    } else {
      steps.remove(i);
    }
  }

  /**
   * Picks from here on happen at {@code now}: cached retrievability is dropped when the day
   * changed.
   */
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

  /**
   * The skill's own memory as its exercises in review show it: any exercise of a skill practises
   * it, so it was last practised at the latest review of any of them; and it is held as well as the
   * least stable of them (to keep the skill is to keep each of its exercises, so the weakest
   * decides). A REVIEW card with that last review and stability; empty when none of its exercises
   * is in review. Cached until one of them changes (it does not depend on the time).
   */
  java.util.Optional<CardState> skillMemory(SkillKey skill) {
    return skillMemory.computeIfAbsent(
        skill,
        k -> {
          Instant latest = null;
          double stability = 0;
          for (int i : withSkill.getOrDefault(k, new int[0])) {
            CardState c = cards[i];
            if (c == null || c.phase() != CardPhase.REVIEW) continue;
            if (latest == null || c.lastReview().isAfter(latest)) latest = c.lastReview();
            stability = stability == 0 ? c.stability() : Math.min(stability, c.stability());
          }
          return latest == null
              ? java.util.Optional.empty()
              : java.util.Optional.of(
                  new CardState(CardPhase.REVIEW, 0, stability, 5, latest, latest, 1, 0));
        });
  }

  /** How many exercises of the scope practise {@code skill} (as any of their skills). */
  int exerciseCount(SkillKey skill) {
    return withSkill.getOrDefault(skill, new int[0]).length;
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

  /** The primary skills that have new exercises. */
  List<SkillKey> skillsWithNew() {
    List<SkillKey> out = new ArrayList<>();
    isNew.forEach(
        (k, bits) -> {
          if (!bits.isEmpty()) out.add(k);
        });
    return out;
  }

  /** The new exercises whose primary skill is {@code skill}, in teaching order. */
  Iterable<Integer> newOf(SkillKey skill) {
    int[] order = teaching.get(skill);
    BitSet bits = isNew.get(skill);
    return () ->
        new java.util.Iterator<>() {
          private int next = bits.nextSetBit(0);

          @Override
          public boolean hasNext() {
            return next >= 0;
          }

          @Override
          public Integer next() {
            int i = order[next];
            next = bits.nextSetBit(next + 1);
            return i;
          }
        };
  }
}
