package tutor.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tutor.kind.Kind;
import tutor.mastery.BktParameters;
import tutor.mastery.Level;
import tutor.mastery.MasteryModel;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.Scheduler;
import tutor.schedule.ShortTermMemory;
import tutor.store.SkillTally;

/**
 * Chooses the next exercise by schedule and mastery (docs/mastery.md), in this order:
 *
 * <ol>
 *   <li>due (re)learning steps: short-term memory will not wait;
 *   <li>remediation: after a miss on a skill whose prerequisite is fading, that prerequisite;
 *   <li>due reviews, the most likely to be forgotten first;
 *   <li>new material on the frontier (every prerequisite known: learned well enough to build on,
 *       which may be the same day; see {@link SkillMastery#known}), goal skills first, the exercise
 *       whose predicted success is closest to the target (the easiest while none reaches it),
 *       interleaving skills; none of a skill just missed {@link #STEP_BACK_AFTER} times in a row;
 *   <li>skills fading from memory, before their reviews fall due;
 *   <li>learning steps due within 20 minutes.
 * </ol>
 *
 * Pure: everything it needs comes in through {@link Request}.
 */
public final class Picker {
  /** Learning steps due this soon are taken early rather than ending the session (as Anki does). */
  public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

  /** Predicted recall on an exam day that exam preparation aims at. */
  public static final double DEFAULT_EXAM_RECALL = 0.9;

  /**
   * The share of right answers practice aims at: hard enough to teach, not so hard it discourages.
   */
  public static final double DEFAULT_TARGET_SUCCESS = 0.8;

  /** How far down the ranking we look for a different skill to interleave. */
  private static final int INTERLEAVE_WINDOW = 3;

  /**
   * Wrong answers in a row to a skill after which the session steps back from it: no new exercise
   * of it until one of its exercises is answered right. Its missed exercises come back as learning
   * steps (their answers now seen), other skills and reviews go on; a fifth and sixth new exercise
   * failed in a row would only discourage (measured end to end: scripts/bench e2e-simulate).
   */
  public static final int STEP_BACK_AFTER = 3;

  private final Scheduler scheduler;
  private final Map<SkillKey, StoredSkill> skills = new HashMap<>();

  /**
   * What the picker is asked, in four parts: what there is to pick from, the moment in the session,
   * the limits of today, and what the learner aims at. Each with-method replaces one part.
   */
  public record Request(Material material, Moment moment, Limits limits, Aims aims) {

    /**
     * What there is to pick from. The scope and its cards are read only without an index ({@link
     * #next(Request)}); a session's index (or the store's candidates) stands for them otherwise.
     *
     * @param mastery the learner's mastery of each skill practised or placed
     * @param difficulty each exercise's difficulty: refined where answers exist, else the pack's
     */
    public record Material(
        List<StoredExercise> scope,
        Map<CardKey, CardState> cards,
        Map<SkillKey, SkillMastery> mastery,
        Difficulties difficulty) {}

    /**
     * The moment in the session.
     *
     * @param reviewsDueBefore reviews due before this count as due now: the end of the learner's
     *     study day (a card due "today" is due all day, as in Anki), or later when studying ahead
     * @param lastSkill the primary skill of the previous exercise, or null
     * @param lastWrong whether the previous answer was wrong (for remediation)
     * @param exclude exercises not to show again now (skipped ones)
     * @param today today's answers per card (a miss shows in predicted success at once)
     * @param missesInARow each skill's wrong answers in a row in this session (any of its
     *     exercises; a right one ends the run): {@link #STEP_BACK_AFTER} of them step back
     */
    public record Moment(
        Instant now,
        Instant reviewsDueBefore,
        SkillKey lastSkill,
        boolean lastWrong,
        Set<CardKey> exclude,
        Map<CardKey, ShortTermMemory.Tally> today,
        Map<SkillKey, Integer> missesInARow) {}

    /**
     * Today's limits.
     *
     * @param newQuota how many more new exercises may be introduced today
     * @param reviewQuota how many more reviews may be done today
     * @param ignoreLocks true when the learner chose a skill explicitly
     */
    public record Limits(int newQuota, int reviewQuota, boolean ignoreLocks) {}

    /**
     * What the learner aims at.
     *
     * @param goalPath skills of the active goals and everything they require; served first
     * @param targetSuccess the predicted success new material should be closest to
     * @param exams skills with an exam (a goal's deadline) at the given instant
     * @param examRecall predicted recall on an exam day that exam preparation aims at
     * @param preferredTypes exercise types favoured among equally useful new exercises
     * @param keepRetention mastered skills are kept at or above this (NaN: off)
     */
    public record Aims(
        Set<SkillKey> goalPath,
        double targetSuccess,
        Map<SkillKey, Instant> exams,
        double examRecall,
        tutor.profile.PreferredTypes preferredTypes,
        double keepRetention) {}

    public static Request of(
        List<StoredExercise> scope,
        Map<CardKey, CardState> cards,
        Map<SkillKey, SkillMastery> mastery,
        Instant now) {
      return new Request(
          new Material(scope, cards, mastery, Difficulties.PACK),
          new Moment(now, now, null, false, Set.of(), Map.of(), Map.of()),
          new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, false),
          new Aims(
              Set.of(),
              DEFAULT_TARGET_SUCCESS,
              Map.of(),
              DEFAULT_EXAM_RECALL,
              tutor.profile.PreferredTypes.NONE,
              Double.NaN));
    }

    public List<StoredExercise> scope() {
      return material.scope();
    }

    public Map<CardKey, CardState> cards() {
      return material.cards();
    }

    public Map<SkillKey, SkillMastery> mastery() {
      return material.mastery();
    }

    public Difficulties difficulty() {
      return material.difficulty();
    }

    public Instant now() {
      return moment.now();
    }

    public Instant reviewsDueBefore() {
      return moment.reviewsDueBefore();
    }

    public SkillKey lastSkill() {
      return moment.lastSkill();
    }

    public boolean lastWrong() {
      return moment.lastWrong();
    }

    public Set<CardKey> exclude() {
      return moment.exclude();
    }

    public Map<CardKey, ShortTermMemory.Tally> today() {
      return moment.today();
    }

    public Map<SkillKey, Integer> missesInARow() {
      return moment.missesInARow();
    }

    public int newQuota() {
      return limits.newQuota();
    }

    public int reviewQuota() {
      return limits.reviewQuota();
    }

    public boolean ignoreLocks() {
      return limits.ignoreLocks();
    }

    public Set<SkillKey> goalPath() {
      return aims.goalPath();
    }

    public double targetSuccess() {
      return aims.targetSuccess();
    }

    public Map<SkillKey, Instant> exams() {
      return aims.exams();
    }

    public double examRecall() {
      return aims.examRecall();
    }

    public tutor.profile.PreferredTypes preferredTypes() {
      return aims.preferredTypes();
    }

    public double keepRetention() {
      return aims.keepRetention();
    }

    private Request with(Material m) {
      return new Request(m, moment, limits, aims);
    }

    private Request with(Moment m) {
      return new Request(material, m, limits, aims);
    }

    private Request with(Limits l) {
      return new Request(material, moment, l, aims);
    }

    private Request with(Aims a) {
      return new Request(material, moment, limits, a);
    }

    /**
     * Skills with an exam (a goal's deadline) at the given instant: their reviews are brought
     * forward so that predicted recall then is at least {@code recall}.
     */
    public Request exams(Map<SkillKey, Instant> exams, double recall) {
      return with(
          new Aims(
              aims.goalPath(),
              aims.targetSuccess(),
              exams,
              recall,
              aims.preferredTypes(),
              aims.keepRetention()));
    }

    /** Exercise types the learner prefers: favoured among equally useful new exercises only. */
    public Request preferring(tutor.profile.PreferredTypes types) {
      return with(
          new Aims(
              aims.goalPath(),
              aims.targetSuccess(),
              aims.exams(),
              aims.examRecall(),
              types,
              aims.keepRetention()));
    }

    /**
     * Reviews due before this instant count as due now: the end of the learner's study day, or
     * later when studying ahead.
     */
    public Request reviewsDueBefore(Instant cutoff) {
      return with(
          new Moment(
              moment.now(),
              cutoff,
              moment.lastSkill(),
              moment.lastWrong(),
              moment.exclude(),
              moment.today(),
              moment.missesInARow()));
    }

    public Request quotas(int newQuota, int reviewQuota) {
      return with(new Limits(newQuota, reviewQuota, limits.ignoreLocks()));
    }

    public Request after(SkillKey lastSkill, boolean lastWrong) {
      return with(
          new Moment(
              moment.now(),
              moment.reviewsDueBefore(),
              lastSkill,
              lastWrong,
              moment.exclude(),
              moment.today(),
              moment.missesInARow()));
    }

    public Request excluding(Set<CardKey> exclude, boolean ignoreLocks) {
      return with(new Moment(
              moment.now(),
              moment.reviewsDueBefore(),
              moment.lastSkill(),
              moment.lastWrong(),
              exclude,
              moment.today(),
              moment.missesInARow()))
          .with(new Limits(limits.newQuota(), limits.reviewQuota(), ignoreLocks));
    }

    public Request goals(Set<SkillKey> goalPath) {
      return with(
          new Aims(
              goalPath,
              aims.targetSuccess(),
              aims.exams(),
              aims.examRecall(),
              aims.preferredTypes(),
              aims.keepRetention()));
    }

    /** Today's answers per card, for the predicted success of cards seen today (a miss shows). */
    public Request today(Map<CardKey, ShortTermMemory.Tally> today) {
      return with(
          new Moment(
              moment.now(),
              moment.reviewsDueBefore(),
              moment.lastSkill(),
              moment.lastWrong(),
              moment.exclude(),
              today,
              moment.missesInARow()));
    }

    /**
     * Each skill's wrong answers in a row in this session: a skill missed {@link #STEP_BACK_AFTER}
     * times in a row gets no new exercise until one of its exercises is right.
     */
    public Request missed(Map<SkillKey, Integer> missesInARow) {
      return with(
          new Moment(
              moment.now(),
              moment.reviewsDueBefore(),
              moment.lastSkill(),
              moment.lastWrong(),
              moment.exclude(),
              moment.today(),
              missesInARow));
    }

    /**
     * Keep mastered skills at or above {@code retention} (the learner's desired retention): a
     * mastered skill whose own predicted recall would fall below it by this time tomorrow is
     * reviewed before new material. NaN turns it off.
     */
    public Request keeping(double retention) {
      return with(
          new Aims(
              aims.goalPath(),
              aims.targetSuccess(),
              aims.exams(),
              aims.examRecall(),
              aims.preferredTypes(),
              retention));
    }

    public Request target(double targetSuccess, Difficulties difficulty) {
      return with(new Material(material.scope(), material.cards(), material.mastery(), difficulty))
          .with(
              new Aims(
                  aims.goalPath(),
                  targetSuccess,
                  aims.exams(),
                  aims.examRecall(),
                  aims.preferredTypes(),
                  aims.keepRetention()));
    }
  }

  /** How many skills require each skill: what reviewing it protects. */
  private final Map<SkillKey, Integer> dependants = new HashMap<>();

  /** The skills each installed skill requires directly, worked out once. */
  private final Map<SkillKey, List<SkillKey>> requires = new HashMap<>();

  /** The installed skills that require each skill directly, installed or not. */
  private final Map<SkillKey, List<SkillKey>> requiredBy = new HashMap<>();

  public Picker(Scheduler scheduler, List<StoredSkill> skills) {
    this.scheduler = scheduler;
    for (StoredSkill s : skills) this.skills.put(s.key(), s);
    for (StoredSkill s : skills) {
      for (String r : s.requires()) dependants.merge(new SkillKey(s.packId(), r), 1, Integer::sum);
    }
    this.skills.forEach(
        (k, s) -> {
          List<SkillKey> r = s.requires().stream().map(id -> new SkillKey(s.packId(), id)).toList();
          requires.put(k, r);
          for (SkillKey req : r) requiredBy.computeIfAbsent(req, x -> new ArrayList<>()).add(k);
        });
  }

  /**
   * An index of {@code scope} and {@code cards} for {@link #next(Request, CardIndex)}. A session
   * keeps one and updates it as cards change; {@code sameDay} says when two instants are the same
   * day for this picker's scheduler (retrievability is then the same, so cached values hold).
   */
  public CardIndex index(
      List<StoredExercise> scope,
      Map<CardKey, CardState> cards,
      java.util.function.BiPredicate<Instant, Instant> sameDay) {
    return new CardIndex(scope, cards, scheduler, this::dependants, sameDay);
  }

  /**
   * An index of what the store offers in {@code where} for {@link #next(Request, CardIndex)}, read
   * as picks ask for it; {@code leftOut} are left out of the scope (suspended leeches).
   */
  public CardIndex candidates(
      tutor.store.StudyCandidates source,
      tutor.store.StudyCandidates.Scope where,
      Set<CardKey> leftOut,
      java.util.function.BiPredicate<Instant, Instant> sameDay) {
    return new CardIndex(source, where, leftOut, scheduler, this::dependants, sameDay);
  }

  /** How many installed skills require {@code skill} directly: what reviewing it protects. */
  private int dependants(SkillKey skill) {
    return dependants.getOrDefault(skill, 0);
  }

  /**
   * While {@code shown} is on screen, what the next pick would otherwise wait for the store to
   * read: the index's next pages and skills ({@link CardIndex#readAhead}), and the skills the shown
   * exercise's skill requires, which remediation looks at should this answer be wrong. Nothing here
   * changes what is picked, only when the store is read.
   */
  void readAhead(CardIndex x, Pick shown) {
    x.readAhead();
    for (SkillKey r : requirements(primarySkill(shown.exercise()))) x.readSkill(r);
  }

  public Optional<Pick> next(Request q) {
    return next(q, index(q.scope(), q.cards(), (a, b) -> false));
  }

  /**
   * The next exercise; {@code x} indexes the request's scope and cards as they are now. Each kind
   * of candidate is looked at only when the kinds before it have none, and through the index, so a
   * pick costs about what could be picked.
   */
  public Optional<Pick> next(Request q, CardIndex x) {
    x.at(q.now());
    Levels memory = new Levels(x, q);
    List<Integer> learning = new ArrayList<>();
    for (int i : x.steps()) { // soonest due first
      if (x.card(i).due().isAfter(q.now()) || learning.size() == INTERLEAVE_WINDOW) break;
      if (!q.exclude().contains(x.key(i))) learning.add(i);
    }
    if (!learning.isEmpty()) {
      int i = interleave(x, learning, q.lastSkill());
      double success = success(q, x, i);
      ShortTermMemory.Tally t = q.today().getOrDefault(x.key(i), ShortTermMemory.Tally.NONE);
      String misses =
          t.missed() == 0
              ? ""
              : " (predicted success "
                  + pct(success)
                  + " after "
                  + t.missed()
                  + (t.missed() == 1 ? " miss" : " misses")
                  + " today)";
      return Optional.of(
          new Pick(
              x.exercise(i),
              x.card(i),
              Pick.Reason.LEARNING,
              x.recall(i),
              success,
              "A learning step of this exercise is due"
                  + misses
                  + ": short-term practice makes it stick."));
    }
    Optional<Pick> pick = remediation(q, x, memory);
    if (pick.isEmpty() && q.reviewQuota() > 0) pick = dueReview(q, x, memory);
    if (pick.isEmpty() && q.reviewQuota() > 0) pick = examPreparation(q, x);
    if (pick.isEmpty() && q.reviewQuota() > 0) pick = keepMastered(q, x, memory);
    if (pick.isEmpty() && q.newQuota() > 0) pick = pickNew(q, x, memory);
    // refreshing a fading skill is a review too
    if (pick.isEmpty() && q.reviewQuota() > 0) pick = fading(q, x, memory);
    return pick.isPresent() ? pick : learnAhead(q, x);
  }

  /** Review cards due before this are due ({@link #due}), in whole milliseconds and then some. */
  private static Instant dueCutoff(Request q) {
    Instant justAfterNow = q.now().plusMillis(1);
    return q.reviewsDueBefore().isAfter(justAfterNow) ? q.reviewsDueBefore() : justAfterNow;
  }

  /** The skills whose exercises may be unlocked ({@link #skillUnlocked}). */
  private List<SkillKey> unlockedSkills(
      Set<SkillKey> knownSkills, Map<SkillKey, SkillMastery> mastery) {
    List<SkillKey> out = new ArrayList<>();
    for (SkillKey k : skills.keySet()) if (skillUnlocked(k, knownSkills, mastery)) out.add(k);
    return out;
  }

  /** A review card due now (or before the end of the day), in the window reviews count as due. */
  private static boolean due(CardState card, Request q) {
    return !card.due().isAfter(q.now()) || card.due().isBefore(q.reviewsDueBefore());
  }

  /**
   * Due reviews: the most at risk first; among equals, what more skills build on (it matters after
   * a break).
   */
  private Optional<Pick> dueReview(Request q, CardIndex x, Levels memory) {
    // Ranked by the index (CardIndex#reviewRank): by risk level, then what more skills build on
    // (this picker's dependants), then due time.
    List<Integer> top =
        x.mostAtRisk(
            dueCutoff(q),
            i -> due(x.card(i), q) && !q.exclude().contains(x.key(i)),
            INTERLEAVE_WINDOW);
    if (top.isEmpty()) return Optional.empty();
    int i = interleave(x, top, q.lastSkill());
    double r = x.recall(i);
    return Optional.of(
        new Pick(
            x.exercise(i),
            x.card(i),
            Pick.Reason.DUE,
            r,
            success(q, x, i),
            "Review due: predicted recall "
                + pct(r)
                + "; "
                + describe(x.primary(i), memory, q)
                + "."));
  }

  /** Reviews that an exam ahead needs now (see {@link #examReady}), the least remembered first. */
  private Optional<Pick> examPreparation(Request q, CardIndex x) {
    Map<Integer, Pick> ready = new HashMap<>();
    for (SkillKey skill : q.exams().keySet()) {
      for (int i : x.withPrimary(skill)) {
        CardState c = x.card(i);
        if (c == null
            || c.phase() != CardPhase.REVIEW
            || q.exclude().contains(x.key(i))
            || due(c, q)) continue;
        examReady(x.exercise(i), c, q).ifPresent(p -> ready.put(i, p));
      }
    }
    if (ready.isEmpty()) return Optional.empty();
    List<Integer> ranked = new ArrayList<>(ready.keySet());
    ranked.sort(
        Comparator.comparingDouble((Integer i) -> ready.get(i).retrievability())
            .thenComparing(x.order()));
    return Optional.of(ready.get(interleave(x, ranked, q.lastSkill())));
  }

  /**
   * Keep what is mastered (docs/mastery.md): a mastered skill whose own memory ({@link
   * CardIndex#skillMemory}) would have a predicted recall below the desired retention a day from
   * now, at the next session, is reviewed now, before new material, through its least remembered
   * exercise not reviewed in the last 12 hours. The skill most at risk first; skills interleave.
   */
  private Optional<Pick> keepMastered(Request q, CardIndex x, Levels memory) {
    if (Double.isNaN(q.keepRetention())) return Optional.empty();
    Instant tomorrow = q.now().plus(Duration.ofDays(1));
    Instant halfDayAgo = q.now().minus(Duration.ofHours(12));
    List<Integer> top = new ArrayList<>();
    Map<Integer, Double> skillRecall = new HashMap<>();
    Comparator<Integer> rank =
        Comparator.comparingDouble((Integer i) -> skillRecall.get(i)).thenComparing(x.order());
    for (Map.Entry<SkillKey, SkillMastery> e : q.mastery().entrySet()) {
      SkillKey skill = e.getKey();
      if (!skills.containsKey(skill) || !e.getValue().mastered(x.exerciseCount(skill))) continue;
      Optional<CardState> skillCard = x.skillMemory(skill);
      if (skillCard.isEmpty()) continue;
      double ahead = scheduler.retrievability(skillCard.get(), tomorrow);
      if (ahead >= q.keepRetention()) continue;
      int best = -1;
      for (int i : x.withPrimary(skill)) {
        CardState c = x.card(i);
        if (c == null
            || c.phase() != CardPhase.REVIEW
            || q.exclude().contains(x.key(i))
            || c.lastReview().isAfter(halfDayAgo)) {
          continue;
        }
        if (best < 0 || x.recall(i) < x.recall(best)) best = i;
      }
      if (best < 0) continue;
      skillRecall.put(best, ahead);
      keepFirst(top, best, rank, INTERLEAVE_WINDOW);
    }
    if (top.isEmpty()) return Optional.empty();
    int i = interleave(x, top, q.lastSkill());
    double r = x.recall(i);
    SkillKey skill = x.primary(i);
    return Optional.of(
        new Pick(
            x.exercise(i),
            x.card(i),
            Pick.Reason.KEEP,
            r,
            success(q, x, i),
            title(skill)
                + " is mastered; without practice its predicted recall tomorrow would be "
                + pct(skillRecall.get(i))
                + ", below your desired retention of "
                + pct(q.keepRetention())
                + ": keeping it before new material."));
  }

  /**
   * Skills fading from memory, before their reviews fall due: the least remembered exercise first.
   */
  private Optional<Pick> fading(Request q, CardIndex x, Levels memory) {
    Instant dayAgo = q.now().minus(Duration.ofDays(1));
    List<Integer> top = new ArrayList<>();
    Comparator<Integer> rank =
        Comparator.comparingDouble((Integer i) -> x.recall(i)).thenComparing(x.order());
    for (SkillKey skill : skills.keySet()) {
      SkillMastery m = q.mastery().get(skill);
      if (m == null || !m.known() || memory.level(skill) != Level.FADING) continue;
      for (int i : x.withPrimary(skill)) {
        CardState c = x.card(i);
        if (c == null
            || c.phase() != CardPhase.REVIEW
            || q.exclude().contains(x.key(i))
            || due(c, q)
            || examReady(x.exercise(i), c, q).isPresent()) {
          continue;
        }
        if (c.lastReview() == null || c.lastReview().isBefore(dayAgo))
          keepFirst(top, i, rank, INTERLEAVE_WINDOW);
      }
    }
    if (top.isEmpty()) return Optional.empty();
    int i = interleave(x, top, q.lastSkill());
    double r = x.recall(i);
    SkillKey skill = x.primary(i);
    return Optional.of(
        new Pick(
            x.exercise(i),
            x.card(i),
            Pick.Reason.FADING,
            r,
            success(q, x, i),
            title(skill)
                + " is fading (mean recall "
                + pct(memory.recall(skill))
                + "): practising it before it is forgotten."));
  }

  /**
   * Predicted success of a seen card now: the forgetting curve in fractional days since a review
   * less than a day ago, corrected by today's answers to it ({@link ShortTermMemory}), so a miss
   * shows at once rather than the next day.
   */
  private double success(Request q, CardIndex x, int i) {
    double r = scheduler.shortTermRetrievability(x.card(i), q.now());
    return ShortTermMemory.predictedSuccess(r, q.today().get(x.key(i)));
  }

  /** A learning step due within {@link #LEARN_AHEAD}, the soonest. */
  private Optional<Pick> learnAhead(Request q, CardIndex x) {
    Instant soon = q.now().plus(LEARN_AHEAD);
    for (int i : x.steps()) {
      CardState c = x.card(i);
      if (c.due().isAfter(soon)) break;
      if (!c.due().isAfter(q.now()) || q.exclude().contains(x.key(i))) continue;
      return Optional.of(
          new Pick(
              x.exercise(i),
              c,
              Pick.Reason.LEARN_AHEAD,
              x.recall(i),
              success(q, x, i),
              "A learning step due within minutes, taken a little early."));
    }
    return Optional.empty();
  }

  /** Keeps in {@code first} the {@code k} smallest of the values offered, in order. */
  static void keepFirst(List<Integer> first, int i, Comparator<Integer> order, int k) {
    int at = first.size();
    while (at > 0 && order.compare(i, first.get(at - 1)) < 0) at--;
    if (at >= k) return;
    first.add(at, i);
    if (first.size() > k) first.remove(k);
  }

  /**
   * Cramming: every exercise of the scope once, the least remembered first, then the new ones in
   * teaching order; locks and limits do not apply, and nothing here moves the schedule.
   */
  public Optional<Pick> nextCram(Request q) {
    return nextCram(q, index(q.scope(), q.cards(), (a, b) -> false));
  }

  public Optional<Pick> nextCram(Request q, CardIndex x) {
    x.at(q.now());
    int best = -1;
    double bestR = 0;
    for (int i = 0; i < x.size(); i++) {
      if (q.exclude().contains(x.key(i))) continue;
      CardState card = x.card(i);
      boolean seen = card != null && card.phase() != CardPhase.NEW;
      double r = seen ? x.recall(i) : 2; // unseen after every seen one
      if (best < 0
          || r < bestR
          || (r == bestR && skillPosition(x.primary(i)) < skillPosition(x.primary(best)))) {
        best = i;
        bestR = r;
      }
    }
    if (best < 0) return Optional.empty();
    CardState card = x.card(best);
    boolean seen = card != null && card.phase() != CardPhase.NEW;
    return Optional.of(
        new Pick(
            x.exercise(best),
            card,
            Pick.Reason.CRAM,
            bestR,
            seen ? bestR : Double.NaN,
            seen
                ? "Cramming: predicted recall " + pct(bestR) + ", the lowest left."
                : "Cramming: not seen before."));
  }

  /**
   * Exam preparation: a review card of a skill with an exam ahead, not due before the exam, whose
   * predicted recall on exam day is below the aim, and for which one Good review now is enough to
   * reach it. Earlier than that a review would not last until the exam, so it waits: the fewest
   * reviews that get every item over the line.
   */
  private Optional<Pick> examReady(StoredExercise e, CardState card, Request q) {
    Instant exam = q.exams().get(primarySkill(e));
    if (exam == null || !exam.isAfter(q.now()) || card.due().isBefore(exam))
      return Optional.empty();
    double atExam = scheduler.retrievability(card, exam);
    if (atExam >= q.examRecall()) return Optional.empty();
    CardState after = scheduler.review(card, tutor.schedule.Rating.GOOD, q.now(), 0).card();
    if (scheduler.retrievability(after, exam) < q.examRecall()) return Optional.empty();
    double now = scheduler.retrievability(card, q.now());
    return Optional.of(
        new Pick(
            e,
            card,
            Pick.Reason.EXAM,
            now,
            now,
            "Before your goal's deadline: without a review now,"
                + " predicted recall on the deadline would be "
                + pct(atExam)
                + ", below the "
                + pct(q.examRecall())
                + " aim."));
  }

  /** After a miss on a skill, a prerequisite that is fading: its least remembered exercise. */
  private Optional<Pick> remediation(Request q, CardIndex x, Levels memory) {
    if (!q.lastWrong() || q.lastSkill() == null) return Optional.empty();
    StoredSkill missed = skills.get(q.lastSkill());
    if (missed == null) return Optional.empty();
    for (String r : missed.requires()) {
      SkillKey prereq = new SkillKey(missed.packId(), r);
      if (memory.level(prereq) != Level.FADING) continue;
      int best = -1;
      for (int i : x.withPrimary(prereq)) {
        CardState card = x.card(i);
        if (q.exclude().contains(x.key(i)) || card == null || card.phase() == CardPhase.NEW)
          continue;
        if (best < 0 || x.recall(i) < x.recall(best)) best = i;
      }
      if (best >= 0) {
        double rec = x.recall(best);
        return Optional.of(
            new Pick(
                x.exercise(best),
                x.card(best),
                Pick.Reason.REMEDIATION,
                rec,
                success(q, x, best),
                "You missed an exercise of "
                    + missed.title()
                    + ", which builds on "
                    + title(prereq)
                    + "; "
                    + title(prereq)
                    + " is fading (mean recall "
                    + pct(memory.recall(prereq))
                    + "), so back to it first."));
      }
    }
    return Optional.empty();
  }

  /**
   * New material: the skill comes first by goal, then not yet known, then pack order, with skills
   * alternating; within the skill, the exercise whose predicted success is closest to the target,
   * so difficulty steps up as mastery grows.
   */
  private Optional<Pick> pickNew(Request q, CardIndex x, Levels memory) {
    // Known, not mastered, is the level that unlocks: waiting for a second day's evidence before
    // moving on would stall progress through the graph.
    Set<SkillKey> knownSkills = memory.known();
    // Among known skills, those whose evidence is still missing (placed, or learned on one day or
    // from one exercise) before the mastered: that is where a new exercise adds to what is shown.
    Comparator<Integer> order =
        Comparator.comparing((Integer i) -> !q.goalPath().contains(x.primary(i)))
            .thenComparing(i -> knownSkills.contains(x.primary(i)))
            .thenComparing(i -> shown(q.mastery().get(x.primary(i)), x.exerciseCount(x.primary(i))))
            .thenComparing(i -> x.exercise(i).packId())
            .thenComparingInt(i -> skillPosition(x.primary(i)))
            .thenComparingInt(i -> x.exercise(i).position())
            .thenComparing(x.order());
    // The first new exercise open to the learner of each skill, in teaching order; the two skills
    // whose first comes first are the candidates.
    List<Integer> firsts = new ArrayList<>();
    for (SkillKey g :
        x.skillsWithNew(q.ignoreLocks() ? null : unlockedSkills(knownSkills, q.mastery()))) {
      if (!q.ignoreLocks() && !skillUnlocked(g, knownSkills, q.mastery()))
        continue; // all of it is locked
      if (steppedBack(q, g)) continue;
      for (int i : x.newOf(g)) {
        if (open(x, i, q, knownSkills)) {
          keepFirst(firsts, i, order, 2);
          break;
        }
      }
    }
    if (firsts.isEmpty()) return Optional.empty();
    SkillKey skill = x.primary(firsts.get(0));
    // Skills alternate once both are under way; a skill not begun yet waits for the one in hand
    // (one new skill, one lesson, at a time: a first session does not open every pack at once).
    if (skill.equals(q.lastSkill()) && firsts.size() > 1 && started(x, x.primary(firsts.get(1)))) {
      skill = x.primary(firsts.get(1));
    }
    List<Integer> candidates = new ArrayList<>();
    for (int i : x.newOf(skill)) {
      if (open(x, i, q, knownSkills)) candidates.add(i);
    }
    double recall = memory.recall(skill);
    double[] p = new double[candidates.size()];
    double maxP = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = predictNew(x.exercise(candidates.get(i)), q, recall);
      maxP = Math.max(maxP, p[i]);
    }
    // When even the best chance is below the target, the author's easiest item comes first (a
    // guessable multiple choice is not an easier way in); otherwise the closest to the target.
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      boolean better =
          maxP < q.targetSuccess()
              ? difficulty(x.exercise(candidates.get(i)), q)
                  < difficulty(x.exercise(candidates.get(best)), q)
              : Math.abs(p[i] - q.targetSuccess()) < Math.abs(p[best] - q.targetSuccess()) - 1e-9;
      if (better) best = i;
    }
    // The learner's preferred types win among equally useful candidates (never over a due review:
    // this is new material only).
    List<StoredExercise> offered = candidates.stream().map(x::exercise).toList();
    final double[] predicted = p;
    best =
        q.preferredTypes().favour(offered, best, i -> Math.abs(predicted[i] - q.targetSuccess()));
    int chosen = candidates.get(best);
    double bestP = p[best];
    String goal = q.goalPath().contains(skill) ? " It serves your goal." : "";
    String how =
        maxP < q.targetSuccess()
            ? ", its easiest exercise yet to be seen."
            : ", the closest to the " + pct(q.targetSuccess()) + " target.";
    return Optional.of(
        new Pick(
            x.exercise(chosen),
            x.card(chosen),
            Pick.Reason.NEW,
            Double.NaN,
            bestP,
            "New material in "
                + title(skill)
                + " ("
                + level(skill, memory, q)
                + "): predicted success "
                + pct(bestP)
                + how
                + goal));
  }

  /**
   * Whether the session has stepped back from {@code skill}: missed {@link #STEP_BACK_AFTER} times
   * in a row, it gets no new exercise until one of its exercises is answered right.
   */
  public static boolean steppedBack(Request q, SkillKey skill) {
    return q.missesInARow().getOrDefault(skill, 0) >= STEP_BACK_AFTER;
  }

  /** Whether the learner has answered any exercise of the skill (its lesson is behind them). */
  private static boolean started(CardIndex x, SkillKey skill) {
    for (int i : x.withPrimary(skill)) {
      CardState c = x.card(i);
      if (c != null && c.phase() != CardPhase.NEW) return true;
    }
    return false;
  }

  private static boolean shown(SkillMastery m, int exercises) {
    return m != null && m.mastered(exercises);
  }

  /**
   * A new exercise the learner may be given now: not skipped, and unlocked unless locks are off.
   */
  private boolean open(CardIndex x, int i, Request q, Set<SkillKey> knownSkills) {
    return !q.exclude().contains(x.key(i))
        && (q.ignoreLocks() || unlocked(x.exercise(i), knownSkills, q.mastery()));
  }

  /**
   * Whether all a skill requires is known, or it was practised already ({@link
   * MasteryModel#unlocked}); else none of its exercises is unlocked.
   */
  private boolean skillUnlocked(
      SkillKey key, Set<SkillKey> knownSkills, Map<SkillKey, SkillMastery> mastery) {
    StoredSkill s = skills.get(key);
    if (s == null) return false;
    return MasteryModel.unlocked(requirementsKnown(s, knownSkills), mastery.get(key));
  }

  /** Whether every skill {@code s} requires is known. */
  private static boolean requirementsKnown(StoredSkill s, Set<SkillKey> knownSkills) {
    for (String r : s.requires()) {
      if (!knownSkills.contains(new SkillKey(s.packId(), r))) return false;
    }
    return true;
  }

  /** P(right) for a never-seen exercise, from the skill's mastery and the exercise's difficulty. */
  public double predictNew(StoredExercise e, Request q, Memory memory) {
    return predictNew(e, q, memory.recall(primarySkill(e)));
  }

  private double predictNew(StoredExercise e, Request q, double recall) {
    SkillKey skill = primarySkill(e);
    StoredSkill s = skills.get(skill);
    BktParameters p = Kind.chance(s == null ? null : s.skill().bkt(), e.exercise());
    SkillMastery m = q.mastery().get(skill);
    double pKnown = m == null ? p.prior() : m.pKnown();
    return MasteryModel.predictNew(pKnown * recall, difficulty(e, q), p);
  }

  private static double difficulty(StoredExercise e, Request q) {
    return q.difficulty().of(e);
  }

  /** The success target to aim at next, nudged by how the session is going. */
  public static double adjustedTarget(double target, List<Boolean> recent) {
    if (recent.size() < 4) return target;
    double rate = recent.stream().filter(b -> b).count() / (double) recent.size();
    if (rate < 0.7) return Math.min(0.95, target + 0.1); // struggling: easier items
    if (rate > 0.9) return Math.max(0.6, target - 0.1); // cruising: harder items
    return target;
  }

  /**
   * Mean recall and level of each skill, from the cards now: the levels displays, goals and
   * credentials use, with the prerequisite cap ({@link MasteryModel#capped}).
   */
  public Memory memory(Request q) {
    return memory(tallies(q), q.mastery());
  }

  /**
   * What {@link tutor.store.Store#skillTallies} sums, from the request's scope and cards: each
   * skill's exercises, and the retrievability now of its seen ones.
   */
  public Map<SkillKey, SkillTally> tallies(Request q) {
    Map<SkillKey, double[]> sums = new HashMap<>();
    Map<SkillKey, Integer> exercises = new HashMap<>();
    for (StoredExercise e : q.scope()) {
      for (String s : e.exercise().skills())
        exercises.merge(new SkillKey(e.packId(), s), 1, Integer::sum);
      CardState c = q.cards().get(e.key());
      if (c == null || c.phase() == CardPhase.NEW) continue;
      double r = scheduler.retrievability(c, q.now());
      for (String s : e.exercise().skills()) {
        double[] acc = sums.computeIfAbsent(new SkillKey(e.packId(), s), k -> new double[2]);
        acc[0] += r;
        acc[1]++;
      }
    }
    Map<SkillKey, SkillTally> tallies = new HashMap<>();
    exercises.forEach(
        (k, n) -> {
          double[] acc = sums.getOrDefault(k, new double[2]);
          tallies.put(k, new SkillTally(k, n, 0, acc[0], (int) acc[1]));
        });
    return tallies;
  }

  /**
   * The same from what the store summed of each skill ({@link tutor.store.Store#skillTallies}, with
   * this picker's scheduler at the same instant): no exercise or card read.
   */
  public Memory memory(Map<SkillKey, SkillTally> tallies, Map<SkillKey, SkillMastery> mastery) {
    Map<SkillKey, Double> recall = new HashMap<>();
    for (SkillKey k : skills.keySet()) {
      SkillTally t = tallies.get(k);
      recall.put(k, t == null ? 1.0 : t.meanRecall());
    }
    return new Memory(recall, MasteryModel.capped(ownLevels(tallies, mastery), this::requirements));
  }

  /** Each installed skill's own level, before the prerequisite cap ({@link #ownLevel}). */
  Map<SkillKey, Level> ownLevels(
      Map<SkillKey, SkillTally> tallies, Map<SkillKey, SkillMastery> mastery) {
    Map<SkillKey, Level> own = new HashMap<>();
    for (SkillKey k : skills.keySet()) own.put(k, ownLevel(k, tallies.get(k), mastery));
    return own;
  }

  /**
   * An installed skill's own level before the prerequisite cap, from its tally (null: no exercise
   * practises it) and the mastery: its mastery, whether all it requires is known, its mean recall.
   */
  Level ownLevel(SkillKey skill, SkillTally tally, Map<SkillKey, SkillMastery> mastery) {
    return MasteryModel.level(
        mastery.get(skill),
        requirementsKnown(skill, mastery),
        tally == null ? 1.0 : tally.meanRecall(),
        tally == null ? 0 : tally.exercises());
  }

  /** Whether every skill {@code skill} requires is known ({@link #known}). */
  private boolean requirementsKnown(SkillKey skill, Map<SkillKey, SkillMastery> mastery) {
    for (SkillKey r : requirements(skill)) {
      SkillMastery m = mastery.get(r);
      if (m == null || !m.known()) return false;
    }
    return true;
  }

  /** The skills {@code key} requires directly (none for a skill not installed). */
  List<SkillKey> requirements(SkillKey key) {
    return requires.getOrDefault(key, List.of());
  }

  /** The installed skills that require {@code key} directly. */
  List<SkillKey> requiredBy(SkillKey key) {
    return requiredBy.getOrDefault(key, List.of());
  }

  /** Whether {@code key} is an installed skill. */
  boolean installed(SkillKey key) {
    return skills.containsKey(key);
  }

  /** Every installed skill. */
  Set<SkillKey> installedSkills() {
    return java.util.Collections.unmodifiableSet(skills.keySet());
  }

  /** Mean recall of each skill's reviewed exercises (1 when none), and the level it gives. */
  public record Memory(Map<SkillKey, Double> recalls, Map<SkillKey, Level> levels) {
    public double recall(SkillKey skill) {
      return recalls.getOrDefault(skill, 1.0);
    }

    public Level level(SkillKey skill) {
      return levels.getOrDefault(skill, Level.NEW);
    }
  }

  /**
   * Whether every skill of {@code e} is unlocked: all its prerequisites known ({@link #known}), or
   * practised already ({@link MasteryModel#unlocked}).
   */
  public boolean unlocked(
      StoredExercise e, Set<SkillKey> knownSkills, Map<SkillKey, SkillMastery> mastery) {
    return unlocked(e.packId(), e.exercise().skills(), knownSkills, mastery);
  }

  /** The same for an exercise of {@code packId} practising {@code skillIds}. */
  public boolean unlocked(
      String packId,
      List<String> skillIds,
      Set<SkillKey> knownSkills,
      Map<SkillKey, SkillMastery> mastery) {
    for (String skillId : skillIds) {
      SkillKey key = new SkillKey(packId, skillId);
      StoredSkill s = skills.get(key);
      if (s == null) return false;
      if (!MasteryModel.unlocked(requirementsKnown(s, knownSkills), mastery.get(key))) return false;
    }
    return true;
  }

  /**
   * The skills whose exercises could be unlocked (every skill when {@code ignoreLocks}), of {@code
   * packId} and {@code skillId} where given: those not known yet first, where unseen exercises are
   * likeliest, each group in pack and teaching order. Practised skills are unlocked ({@link
   * MasteryModel#unlocked}).
   */
  public List<SkillKey> unlockedSkills(
      Set<SkillKey> knownSkills,
      Map<SkillKey, SkillMastery> mastery,
      boolean ignoreLocks,
      String packId,
      String skillId) {
    List<StoredSkill> out = new ArrayList<>();
    for (StoredSkill s : skills.values()) {
      if (packId != null && !packId.equals(s.packId())) continue;
      if (skillId != null && !skillId.equals(s.skill().id())) continue;
      if (ignoreLocks || skillUnlocked(s.key(), knownSkills, mastery)) out.add(s);
    }
    out.sort(
        java.util.Comparator.comparing((StoredSkill s) -> knownSkills.contains(s.key()))
            .thenComparing(StoredSkill::packId)
            .thenComparingInt(StoredSkill::position));
    return out.stream().map(StoredSkill::key).toList();
  }

  /**
   * Skills known well enough to build on (P(known) at least 0.95, evidence aside): the level that
   * unlocks what requires them.
   */
  public static Set<SkillKey> known(Map<SkillKey, SkillMastery> mastery) {
    Set<SkillKey> out = new HashSet<>();
    mastery.forEach(
        (k, m) -> {
          if (m.known()) out.add(k);
        });
    return out;
  }

  public static SkillKey primarySkill(StoredExercise e) {
    return new SkillKey(e.packId(), e.exercise().skills().get(0));
  }

  private int skillPosition(SkillKey key) {
    StoredSkill s = skills.get(key);
    return s == null ? Integer.MAX_VALUE : s.position();
  }

  private String title(SkillKey key) {
    StoredSkill s = skills.get(key);
    return s == null ? key.skillId() : s.title();
  }

  private String describe(SkillKey skill, Levels memory, Request q) {
    return title(skill) + " is " + level(skill, memory, q);
  }

  /** The skill's level and P(known), where its title has just been said. */
  private String level(SkillKey skill, Levels memory, Request q) {
    SkillMastery m = q.mastery().get(skill);
    String known = m == null ? "not practised yet" : "P(known) " + twoDecimals(m.pKnown());
    return memory.level(skill).label() + ", " + known;
  }

  /**
   * A number with two decimals ("0.40"), as %.2f gives it (the shortest decimal of the double,
   * rounded half up); not String.format, whose first use loads locale data, and this is said of the
   * first exercise of every session.
   */
  static String twoDecimals(double p) {
    if (!Double.isFinite(p)) return Double.toString(p);
    String s =
        new java.math.BigDecimal(Double.toString(p))
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .toPlainString();
    return p < 0 && !s.startsWith("-") ? "-" + s : s;
  }

  static String pct(double p) {
    return Math.round(p * 100) + "%";
  }

  /**
   * The best candidate, unless it practises the same skill as the last exercise and one of the next
   * few does not: then that one, so that skills alternate.
   */
  private static int interleave(CardIndex x, List<Integer> ranked, SkillKey lastSkill) {
    if (lastSkill == null) return ranked.get(0);
    for (int i = 0; i < Math.min(INTERLEAVE_WINDOW, ranked.size()); i++) {
      if (!x.primary(ranked.get(i)).equals(lastSkill)) return ranked.get(i);
    }
    return ranked.get(0);
  }

  /**
   * Mean recall and level of skills, each worked out when asked from the index's cached sums: the
   * same figures as {@link #memory}, for the few skills a pick looks at, without the prerequisite
   * cap (which changes what is shown, not what is picked).
   */
  private final class Levels {
    private final CardIndex x;
    private final Request q;

    /** The known skills ({@link Picker#known}), made when first asked for: a review does not. */
    private Set<SkillKey> known;

    Levels(CardIndex x, Request q) {
      this.x = x;
      this.q = q;
    }

    Set<SkillKey> known() {
      if (known == null) known = Picker.known(q.mastery());
      return known;
    }

    double recall(SkillKey skill) {
      return skills.containsKey(skill) ? x.meanRecall(skill) : 1.0;
    }

    Level level(SkillKey skill) {
      StoredSkill s = skills.get(skill);
      if (s == null) return Level.NEW;
      return MasteryModel.level(
          q.mastery().get(skill),
          requirementsKnown(
              skill, q.mastery()), // as requirementsKnown(s, known()), without the set
          recall(skill),
          x.exerciseCount(skill));
    }
  }
}
