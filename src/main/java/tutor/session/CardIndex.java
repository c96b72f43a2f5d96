package tutor.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.Scheduler;
import tutor.store.StudyCandidates;

/**
 * A scope's exercises and cards, indexed so that a pick costs what can be picked rather than the
 * size of the collection: cards in (re)learning steps and reviews in order of due time, new
 * exercises per primary skill in teaching order, each skill's exercises, and, cached, each card's
 * retrievability and each skill's sum of them. Exercises are known by a place number.
 *
 * <p>Made in one of two ways. From a whole scope and its cards ({@link Picker#index}): places are
 * places in the scope, which is also the order ties break in. Or from the store's candidates
 * ({@link Picker#candidates}): the steps are read at once, reviews as far as a pick asks for them
 * (by due time), and a skill's exercises the first time a pick looks at that skill; places are
 * given as exercises arrive, and ties break in scope order (pack, position, id). The same picks
 * either way (CandidatePickerTest).
 *
 * <p>A session keeps one in step with its cards ({@link #update}). Retrievability counts whole
 * days, so the cached values hold while {@code sameDay} says two instants are the same day for the
 * scheduler; a request without a session's index gets a new one, which caches for one instant only.
 */
public final class CardIndex {
  private final Scheduler scheduler;
  private final BiPredicate<Instant, Instant> sameDay;

  /** Where exercises not read yet come from; null when the whole scope was given. */
  private final StudyCandidates source;

  private final StudyCandidates.Scope where;

  /** Left out of the scope (suspended leeches when the session began). */
  private final Set<CardKey> leftOut;

  private final List<StoredExercise> exercises = new ArrayList<>();
  private final List<CardKey> keys = new ArrayList<>();
  private final List<SkillKey> primary = new ArrayList<>();
  private final List<SkillKey[]> skillsOf = new ArrayList<>();
  private final List<CardState> cards = new ArrayList<>();
  private double[] recall = new double[16];
  private int[] slot = new int[16];

  /** Each card's place; for a whole scope, made at the first update (a session's first answer). */
  private Map<CardKey, Integer> place;

  private final Comparator<Integer> order;

  /**
   * The order due reviews are taken in: by {@link #riskLevel} of the recall now (at {@link #at}),
   * then what more installed skills require (what a review protects), then due time, then {@link
   * #order}. Held by the index so that the due reviews read from the store stay ranked from one
   * pick to the next (see {@link #mostAtRisk}).
   */
  private final Comparator<Integer> reviewRank;

  private final Map<SkillKey, int[]> withSkill = new HashMap<>();
  private final Map<SkillKey, int[]> withPrimary = new HashMap<>();

  /** Cards in (re)learning steps, and in review, by due time (then order). */
  private final NavigableSet<Integer> steps;

  private final NavigableSet<Integer> reviews;

  /** From the store: every card in steps has been read. */
  private boolean stepsRead;

  /** From the store: every card in steps due at or before this has been read (null: none yet). */
  private Instant stepsReadTo;

  private static final int STEPS_PAGE = 64;

  /**
   * {@link #readAhead} keeps at least this many due reviews read beyond where picks have looked,
   * and reads the skills of as many beyond it.
   */
  private static final int AT_RISK_AHEAD = 16;

  /** {@link #readAhead} reads at most this many skills at a time (a few ms each). */
  private static final int SKILLS_AHEAD = 8;

  /** {@link #readAhead} keeps at least this many cards in steps read before the reading's end. */
  private static final int STEPS_AHEAD = 16;

  /**
   * From the store: the due reviews most at risk, read in pages as picks ask (see {@link
   * #mostAtRisk}); null when not begun, or made stale by a new day, a later cutoff or a card
   * changed outside what was read.
   */
  private AtRiskReading atRisk;

  /** From the store: the scope's primary skills, once asked for. */
  private Set<SkillKey> primarySkills;

  /**
   * Per primary skill, its exercises in teaching order (position, then order) and which of them are
   * new (never seen); {@code slot} is each exercise's place in its skill's order.
   */
  private final Map<SkillKey, int[]> teaching = new HashMap<>();

  private final Map<SkillKey, BitSet> isNew = new HashMap<>();

  private Instant recallDay;

  /** Per skill: sum of the retrievability of its seen exercises, and how many there are. */
  private final Map<SkillKey, double[]> sums = new HashMap<>();

  /**
   * Per skill: its memory as its exercises in review show it (see {@link #skillMemory}); empty when
   * none.
   */
  private final Map<SkillKey, Optional<CardState>> skillMemory = new HashMap<>();

  /** The whole scope and its cards, indexed at once. */
  CardIndex(
      List<StoredExercise> scope,
      Map<CardKey, CardState> cardMap,
      Scheduler scheduler,
      ToIntFunction<SkillKey> requiredBy,
      BiPredicate<Instant, Instant> sameDay) {
    this.scheduler = scheduler;
    this.sameDay = sameDay;
    this.source = null;
    this.where = null;
    this.leftOut = Set.of();
    this.order = Integer::compare;
    this.reviewRank = reviewRank(requiredBy);
    Comparator<Integer> byDue =
        Comparator.comparing((Integer i) -> cards.get(i).due()).thenComparing(order);
    steps = new TreeSet<>(byDue);
    reviews = new TreeSet<>(byDue);
    int n = scope.size();
    grow(n);
    // Plain loops: this runs as a session starts, over every exercise of the scope.
    Map<SkillKey, int[]> skillCount = new HashMap<>();
    Map<SkillKey, int[]> primaryCount = new HashMap<>();
    Map<String, Map<List<String>, SkillKey[]>> sharedSkills = new HashMap<>();
    for (int i = 0; i < n; i++) {
      StoredExercise e = scope.get(i);
      SkillKey[] ks = skillKeys(sharedSkills, e);
      exercises.add(e);
      keys.add(e.key());
      skillsOf.add(ks);
      primary.add(ks[0]);
      cards.add(cardMap.get(e.key()));
      recall[i] = Double.NaN;
      for (SkillKey k : ks) skillCount.computeIfAbsent(k, x -> new int[1])[0]++;
      primaryCount.computeIfAbsent(ks[0], x -> new int[1])[0]++;
    }
    skillCount.forEach((k, c) -> withSkill.put(k, new int[c[0]]));
    primaryCount.forEach((k, c) -> withPrimary.put(k, new int[c[0]]));
    for (int[] c : skillCount.values()) c[0] = 0; // from here on: how many are filled in
    for (int[] c : primaryCount.values()) c[0] = 0;
    for (int i = 0; i < n; i++) {
      for (SkillKey k : skillsOf.get(i)) withSkill.get(k)[skillCount.get(k)[0]++] = i;
      withPrimary.get(primary.get(i))[primaryCount.get(primary.get(i))[0]++] = i;
    }
    withPrimary.forEach(this::teach);
    for (int i = 0; i < n; i++) add(i);
  }

  /** A scope read from the store as picks ask for it. */
  CardIndex(
      StudyCandidates source,
      StudyCandidates.Scope where,
      Set<CardKey> leftOut,
      Scheduler scheduler,
      ToIntFunction<SkillKey> requiredBy,
      BiPredicate<Instant, Instant> sameDay) {
    this.scheduler = scheduler;
    this.sameDay = sameDay;
    this.source = source;
    this.where = where;
    this.leftOut = Set.copyOf(leftOut);
    this.place = new HashMap<>();
    this.order =
        (a, b) -> {
          StoredExercise x = exercises.get(a);
          StoredExercise y = exercises.get(b);
          int c = x.packId().compareTo(y.packId());
          if (c == 0) c = Integer.compare(x.position(), y.position());
          if (c == 0) c = x.exercise().id().compareTo(y.exercise().id());
          return c;
        };
    this.reviewRank = reviewRank(requiredBy);
    Comparator<Integer> byDue =
        Comparator.comparing((Integer i) -> cards.get(i).due()).thenComparing(order);
    steps = new TreeSet<>(byDue);
    reviews = new TreeSet<>(byDue);
  }

  private Comparator<Integer> reviewRank(ToIntFunction<SkillKey> requiredBy) {
    return Comparator.comparingDouble((Integer i) -> riskLevel(recall(i)))
        .thenComparingInt(i -> -requiredBy.applyAsInt(primary.get(i)))
        .thenComparing(i -> cards.get(i).due())
        .thenComparing(order);
  }

  /** Reads the next page of cards in steps, by due time (ties whole). */
  private void readStepsPage() {
    List<StudyCandidates.Candidate> got = source.inSteps(where, stepsReadTo, STEPS_PAGE);
    for (StudyCandidates.Candidate c : got) {
      if (!leftOut.contains(c.exercise().key())) arrived(c);
      stepsReadTo = c.card().due();
    }
    if (got.size() < STEPS_PAGE) stepsRead = true;
  }

  /**
   * Reads the next page of cards in steps now when fewer than {@link #STEPS_AHEAD} of those read
   * are left before the reading's end (each answer moves its card past it), so that picks seldom
   * wait for the store: a session calls it while an exercise is on screen. The same cards are read,
   * in the same order, as {@link #steps} would read them, only sooner.
   */
  void readAhead() {
    if (source == null) return;
    if (atRisk != null) atRisk.readAhead();
    if (stepsRead) return;
    int ahead = 0;
    for (int i : steps) {
      if (stepsReadTo == null || cards.get(i).due().isAfter(stepsReadTo)) break;
      if (++ahead >= STEPS_AHEAD) return;
    }
    readStepsPage();
  }

  /** The step card after {@code last} (null: the first) in due order, reading pages as needed. */
  private Integer stepAfter(Integer last) {
    while (true) {
      Integer next = last == null ? (steps.isEmpty() ? null : steps.first()) : steps.higher(last);
      boolean read =
          source == null
              || stepsRead
              || (next != null
                  && stepsReadTo != null
                  && !cards.get(next).due().isAfter(stepsReadTo));
      if (read) return next;
      readStepsPage();
    }
  }

  private static SkillKey[] skillKeys(
      Map<String, Map<List<String>, SkillKey[]>> shared, StoredExercise e) {
    // Exercises of a pack with the same skills share their keys.
    return shared
        .computeIfAbsent(e.packId(), p -> new HashMap<>())
        .computeIfAbsent(
            e.exercise().skills(),
            ids -> {
              SkillKey[] ks = new SkillKey[ids.size()];
              for (int s = 0; s < ks.length; s++) ks[s] = new SkillKey(e.packId(), ids.get(s));
              return ks;
            });
  }

  private final Map<String, Map<List<String>, SkillKey[]>> sharedSkills = new HashMap<>();

  private void grow(int n) {
    if (n <= recall.length) return;
    int size = Math.max(n, recall.length * 2);
    recall = Arrays.copyOf(recall, size);
    slot = Arrays.copyOf(slot, size);
  }

  /** An exercise from the store: its place, given now if it is new here (then indexed). */
  private int arrived(StudyCandidates.Candidate c) {
    CardKey key = c.exercise().key();
    Integer known = place.get(key);
    if (known != null) return known;
    int i = exercises.size();
    grow(i + 1);
    SkillKey[] ks = skillKeys(sharedSkills, c.exercise());
    exercises.add(c.exercise());
    keys.add(key);
    skillsOf.add(ks);
    primary.add(ks[0]);
    cards.add(c.card());
    recall[i] = Double.NaN;
    place.put(key, i);
    add(i);
    return i;
  }

  /** A skill's exercises, read from the store the first time it is asked for. */
  private int[] skill(SkillKey skill) {
    int[] members = withSkill.get(skill);
    if (members != null || source == null) return members == null ? new int[0] : members;
    List<Integer> in = new ArrayList<>();
    List<Integer> first = new ArrayList<>();
    for (StudyCandidates.Candidate c : source.withSkill(where, skill)) {
      if (leftOut.contains(c.exercise().key())) continue;
      int i = arrived(c);
      in.add(i);
      if (primary.get(i).equals(skill)) first.add(i);
    }
    members = in.stream().mapToInt(Integer::intValue).toArray();
    withSkill.put(skill, members);
    int[] own = first.stream().mapToInt(Integer::intValue).toArray();
    withPrimary.put(skill, own);
    teach(skill, own);
    for (int i : own) add(i); // new ones are marked now that the skill has its order
    return members;
  }

  /** Orders a primary skill's exercises for teaching and marks which are new. */
  private void teach(SkillKey skill, int[] members) {
    int[] order = inTeachingOrder(members);
    teaching.put(skill, order);
    isNew.put(skill, new BitSet(order.length));
    for (int s = 0; s < order.length; s++) slot[order[s]] = s;
  }

  /** {@code members} (in order) by position, then order: as they are already, unless shuffled. */
  private int[] inTeachingOrder(int[] members) {
    for (int j = 1; j < members.length; j++) {
      if (exercises.get(members[j]).position() < exercises.get(members[j - 1]).position()) {
        return Arrays.stream(members)
            .boxed()
            .sorted(
                Comparator.comparingInt((Integer i) -> exercises.get(i).position())
                    .thenComparing(order))
            .mapToInt(Integer::intValue)
            .toArray();
      }
    }
    return members;
  }

  /**
   * The card of {@code key} changed (answered, or taken back); keys outside the scope, or not read
   * from the store yet (it is read as it is then), are ignored.
   */
  public void update(CardKey key, CardState card) {
    if (place == null) {
      place = new HashMap<>();
      for (int j = 0; j < keys.size(); j++) place.put(keys.get(j), j);
    }
    Integer i = place.get(key);
    if (i == null) {
      // Not read from the store yet (a session answers what it picked, so only outside one): the
      // store has it as it is now, so steps and reviews are read again as they are asked for.
      if (source != null && card != null && card.phase() != CardPhase.NEW) {
        stepsRead = false;
        stepsReadTo = null;
        atRisk = null;
      }
      return;
    }
    if (atRisk != null) atRisk.withdraw(i);
    remove(i);
    cards.set(i, card);
    add(i);
    recall[i] = Double.NaN;
    if (atRisk != null) atRisk.offer(i);
    for (SkillKey s : skillsOf.get(i)) {
      sums.remove(s);
      skillMemory.remove(s);
    }
  }

  private void add(int i) {
    CardState c = cards.get(i);
    if (c == null || c.phase() == CardPhase.NEW) {
      BitSet bits = isNew.get(primary.get(i));
      if (bits != null) bits.set(slot[i]);
    } else if (c.phase() == CardPhase.REVIEW) {
      if (source == null) reviews.add(i); // from the store, reviews are read by risk instead
    } else {
      steps.add(i);
    }
  }

  private void remove(int i) {
    CardState c = cards.get(i);
    if (c == null || c.phase() == CardPhase.NEW) {
      BitSet bits = isNew.get(primary.get(i));
      if (bits != null) bits.clear(slot[i]);
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
    Arrays.fill(recall, Double.NaN);
    sums.clear();
    atRisk = null; // its bounds hold for one study day
  }

  /** The order ties break in: place in the scope, or scope order for the store's candidates. */
  Comparator<Integer> order() {
    return order;
  }

  /** How many exercises are indexed: the whole scope, unless read from the store. */
  int size() {
    if (source != null)
      throw new IllegalStateException("cramming needs the whole scope, not candidates");
    return keys.size();
  }

  StoredExercise exercise(int i) {
    return exercises.get(i);
  }

  CardKey key(int i) {
    return keys.get(i);
  }

  CardState card(int i) {
    return cards.get(i);
  }

  SkillKey primary(int i) {
    return primary.get(i);
  }

  SkillKey[] skills(int i) {
    return skillsOf.get(i);
  }

  /** Retrievability of a seen card now (at the instant given to {@link #at}). */
  double recall(int i) {
    if (Double.isNaN(recall[i])) recall[i] = scheduler.retrievability(cards.get(i), recallDay);
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
      for (int i : skill(skill)) {
        CardState c = cards.get(i);
        if (c == null || c.phase() == CardPhase.NEW) continue;
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
  Optional<CardState> skillMemory(SkillKey skill) {
    Optional<CardState> known = skillMemory.get(skill);
    if (known != null) return known;
    Instant latest = null;
    double stability = 0;
    for (int i : skill(skill)) {
      CardState c = cards.get(i);
      if (c == null || c.phase() != CardPhase.REVIEW) continue;
      if (latest == null || c.lastReview().isAfter(latest)) latest = c.lastReview();
      stability = stability == 0 ? c.stability() : Math.min(stability, c.stability());
    }
    Optional<CardState> memory =
        latest == null
            ? Optional.empty()
            : Optional.of(new CardState(CardPhase.REVIEW, 0, stability, 5, latest, latest, 1, 0));
    skillMemory.put(skill, memory);
    return memory;
  }

  /** Reads {@code skill}'s exercises from the store now, if they are not read yet. */
  void readSkill(SkillKey skill) {
    skill(skill);
  }

  /**
   * The exercises the next pick most likely shows, read from the store already (nothing is read
   * here): the first {@code each} cards in steps by due time, and the first {@code each} due
   * reviews read in {@link #reviewRank} order. A pick takes one of the first few of one or the
   * other, so a session reads their wording while the exercise before is shown.
   */
  List<StoredExercise> likelyNext(int each) {
    List<StoredExercise> out = new ArrayList<>();
    int n = 0;
    for (int i : steps) {
      if (n++ == each) break;
      out.add(exercises.get(i));
    }
    if (atRisk != null) {
      n = 0;
      for (int i : atRisk.ranked) {
        if (n++ == each) break;
        out.add(exercises.get(i));
      }
    }
    return out;
  }

  /** How many exercises of the scope practise {@code skill} (as any of their skills). */
  int exerciseCount(SkillKey skill) {
    return skill(skill).length;
  }

  int[] withPrimary(SkillKey skill) {
    skill(skill);
    return withPrimary.getOrDefault(skill, new int[0]);
  }

  /**
   * Cards in (re)learning steps, soonest due first; from the store, read a page at a time as the
   * iteration goes on (after a break, thousands of relearning cards may be due).
   */
  Iterable<Integer> steps() {
    if (source == null) return steps;
    return () ->
        new java.util.Iterator<>() {
          private Integer next = stepAfter(null);

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public Integer next() {
            if (next == null) throw new java.util.NoSuchElementException();
            Integer i = next;
            next = stepAfter(i);
            return i;
          }
        };
  }

  /**
   * How many cards are due: in steps and due by {@code now}, in review and due before {@code
   * reviewsBefore}.
   */
  int dueCount(Instant now, Instant reviewsBefore) {
    if (source != null) {
      return source.countDue(where, leftOut, STEP_PHASES, null, now.plusNanos(1))
          + reviewsInStore(reviewsBefore);
    }
    int n = 0;
    for (int i : steps()) {
      if (cards.get(i).due().isAfter(now)) break;
      n++;
    }
    for (int i : reviews) {
      if (!cards.get(i).due().isBefore(reviewsBefore)) break;
      n++;
    }
    return n;
  }

  /** How many cards in (re)learning steps are due by {@code now}. */
  int stepsDue(Instant now) {
    if (source != null) return source.countDue(where, leftOut, STEP_PHASES, null, now.plusNanos(1));
    int n = 0;
    for (int i : steps()) {
      if (cards.get(i).due().isAfter(now)) break;
      n++;
    }
    return n;
  }

  /** How many review cards are due: by {@code now}, or before {@code reviewsBefore}. */
  int reviewsDue(Instant now, Instant reviewsBefore) {
    Instant cutoff = reviewsBefore.isAfter(now.plusMillis(1)) ? reviewsBefore : now.plusMillis(1);
    if (source != null) return reviewsInStore(cutoff);
    int n = 0;
    for (int i : reviews) {
      CardState c = cards.get(i);
      if (c.due().isAfter(now) && !c.due().isBefore(reviewsBefore)) break;
      n++;
    }
    return n;
  }

  /**
   * The scope's review cards due before {@code before}, counted by the store (which a session
   * writes before it updates the index), suspended ones left out.
   */
  private int reviewsInStore(Instant before) {
    return source.countDue(where, leftOut, Set.of(CardPhase.REVIEW), null, before);
  }

  private static final Set<CardPhase> STEP_PHASES =
      Set.of(CardPhase.LEARNING, CardPhase.RELEARNING);

  /** The order due reviews are taken in ({@link #reviewRank}). */
  Comparator<Integer> reviewRank() {
    return reviewRank;
  }

  /**
   * The first {@code k} by {@link #reviewRank} of the review cards due before {@code cutoff} that
   * are {@code eligible}, best first. From the store, reviews are read most at risk first, a page
   * at a time, and reading stops when no card still unread can reach the first {@code k}: its
   * retrievability is at least the one of its bound ({@link StudyCandidates.AtRisk}), so its level
   * is at least that one's. The same {@code k} as with the whole scope indexed, without reading a
   * backlog whole; and the reviews read stay ranked from one pick to the next (each answer moves
   * only its own card), so a pick looks at about {@code k} of them, not at every one read at the
   * cut-off's level.
   */
  List<Integer> mostAtRisk(Instant cutoff, IntPredicate eligible, int k) {
    List<Integer> top = new ArrayList<>();
    if (source == null) {
      for (int i : reviews) { // soonest due first: the due ones come first
        if (!cards.get(i).due().isBefore(cutoff)) break;
        if (eligible.test(i)) Picker.keepFirst(top, i, reviewRank, k);
      }
      return top;
    }
    if (atRisk == null || atRisk.cutoff.isBefore(cutoff)) {
      atRisk = new AtRiskReading(recallDay, cutoff);
    }
    AtRiskReading r = atRisk;
    while (true) {
      top.clear();
      for (int i : r.ranked) {
        if (top.size() == k) break;
        if (dueReview(i, cutoff) && eligible.test(i)) top.add(i);
      }
      if (r.settled(top.size() < k ? null : top.get(k - 1)) || !r.readMore()) return top;
    }
  }

  /** Recall rounded to whole percent: due reviews rank by it first. */
  static double riskLevel(double recall) {
    return Math.round(recall * 100) / 100.0;
  }

  private boolean dueReview(int i, Instant cutoff) {
    CardState c = cards.get(i);
    return c != null && c.phase() == CardPhase.REVIEW && c.due().isBefore(cutoff);
  }

  /**
   * Due reviews read from the store most at risk first, for one study day (bounds at {@code at})
   * and reviews due before {@code cutoff}, and those of them due now kept in {@link #reviewRank}
   * order; pages grow, so that a long session over a large backlog asks few times.
   */
  private final class AtRiskReading {
    final Instant at;
    final Instant cutoff;

    /** The primary skills of this many of the first ranked are read ahead ({@link #readAhead}). */
    private static final int SKILLS_OF_FIRST = AT_RISK_AHEAD;

    /**
     * The review cards due before {@link #cutoff} among those read here and those changed since the
     * reading began (whose rows no longer bound them), best first: kept in step by {@link
     * CardIndex#update}. Rank does not change within a study day but with the card.
     */
    final java.util.TreeSet<Integer> ranked = new java.util.TreeSet<>(reviewRank);

    /** The bound of the last row read (rows come in order of bounds): no unread row is lower. */
    private double lastBound = Double.NaN;

    private StudyCandidates.AtRisk last;
    private boolean done;
    private int page = 32;

    AtRiskReading(Instant at, Instant cutoff) {
      this.at = at;
      this.cutoff = cutoff;
    }

    /** A card read or changed: ranked when it is a review due before the cut-off. */
    void offer(int i) {
      if (dueReview(i, cutoff)) ranked.add(i);
    }

    /**
     * Out of the ranking, before its card changes (the ranking finds it by its values); only a due
     * review can be in it.
     */
    void withdraw(int i) {
      if (dueReview(i, cutoff)) ranked.remove(i);
    }

    /**
     * Whether no review still unread can rank at or before {@code kth} (null: fewer than wanted are
     * read): every row is read, or the last one read has a level above its level.
     */
    boolean settled(Integer kth) {
      if (done) return true;
      return kth != null
          && !Double.isNaN(lastBound)
          && riskLevel(scheduler.retrievabilityAfter(lastBound)) > riskLevel(recall(kth));
    }

    /**
     * While an exercise is shown (see {@link CardIndex#readAhead}): pages until the first {@link
     * #AT_RISK_AHEAD} ranked are settled (no unread review can come before them, so the picks of
     * the next answers need no page), and the primary skills of those first ones, which a pick
     * describes (a skill's exercises and cards are read the first time it is asked for), a few at a
     * time. The same rows and skills as picks would read, sooner: a page of a large backlog (up to
     * 4,096 rows) or a skill of 200 exercises read inside a pick made its p99.
     */
    void readAhead() {
      while (!settled(nth(AT_RISK_AHEAD)) && readMore()) {
        // read until settled
      }
      int read = 0;
      int n = 0;
      for (int i : ranked) {
        if (n++ == SKILLS_OF_FIRST) return;
        SkillKey k = primary.get(i);
        if (withSkill.containsKey(k)) continue;
        if (read++ == SKILLS_AHEAD) return;
        skill(k);
      }
    }

    /** The {@code n}th ranked (from 1), null when fewer are ranked. */
    private Integer nth(int n) {
      for (int i : ranked) if (--n == 0) return i;
      return null;
    }

    /** Reads pages until one adds a row; false when there was nothing more. */
    boolean readMore() {
      boolean added = false;
      while (!done && !added) {
        List<StudyCandidates.AtRisk> got = source.reviewsAtRisk(where, at, cutoff, last, page);
        if (got.size() < page) done = true;
        page = Math.min(page * 4, 4096);
        for (StudyCandidates.AtRisk a : got) {
          last = a;
          if (leftOut.contains(a.candidate().exercise().key())) continue;
          offer(arrived(a.candidate()));
          lastBound = a.bound();
          added = true;
        }
      }
      return added;
    }
  }

  /**
   * The primary skills that have new exercises, of {@code among} (null: of all); only those are
   * read from the store.
   */
  List<SkillKey> skillsWithNew(Collection<SkillKey> among) {
    Collection<SkillKey> look =
        among != null ? among : source == null ? isNew.keySet() : primarySkills();
    List<SkillKey> out = new ArrayList<>();
    for (SkillKey k : look) {
      skill(k);
      BitSet bits = isNew.get(k);
      if (bits != null && !bits.isEmpty()) out.add(k);
    }
    return out;
  }

  private Set<SkillKey> primarySkills() {
    if (primarySkills == null) primarySkills = new HashSet<>(source.primarySkills(where));
    return primarySkills;
  }

  /** The new exercises whose primary skill is {@code skill}, in teaching order. */
  Iterable<Integer> newOf(SkillKey skill) {
    skill(skill);
    int[] order = teaching.get(skill);
    BitSet bits = isNew.get(skill);
    if (order == null) return List.of();
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
