package tutor.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tutor.kind.Kind;
import tutor.mastery.BktParameters;
import tutor.mastery.Level;
import tutor.mastery.MasteryModel;
import tutor.mastery.SkillMastery;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.Scheduler;

/**
 * The picker as it was before {@link CardIndex}: every pick scans the whole scope. Kept for {@link
 * PickerIndexTest}, which checks that the index never changes a pick.
 */
final class ReferencePicker {
  /** Learning steps due this soon are taken early rather than ending the session (as Anki does). */
  static final Duration LEARN_AHEAD = Picker.LEARN_AHEAD;

  /** Predicted recall on an exam day that exam preparation aims at. */
  public static final double DEFAULT_EXAM_RECALL = 0.9;

  /**
   * The share of right answers practice aims at: hard enough to teach, not so hard it discourages.
   */
  public static final double DEFAULT_TARGET_SUCCESS = 0.8;

  /** How far down the ranking we look for a different skill to interleave. */
  private static final int INTERLEAVE_WINDOW = 3;

  private final Scheduler scheduler;
  private final Map<SkillKey, StoredSkill> skills = new HashMap<>();

  /** How many skills require each skill: what reviewing it protects. */
  private final Map<SkillKey, Integer> dependants = new HashMap<>();

  ReferencePicker(Scheduler scheduler, List<StoredSkill> skills) {
    this.scheduler = scheduler;
    for (StoredSkill s : skills) this.skills.put(s.key(), s);
    for (StoredSkill s : skills) {
      for (String r : s.requires()) dependants.merge(new SkillKey(s.packId(), r), 1, Integer::sum);
    }
  }

  public Optional<Pick> next(Picker.Request q) {
    Picker.Memory memory = memory(q);
    Set<SkillKey> masteredSkills = mastered(q.mastery());
    List<Pick> learning = new ArrayList<>();
    List<Pick> reviews = new ArrayList<>();
    List<StoredExercise> fresh = new ArrayList<>();
    List<Pick> fading = new ArrayList<>();
    List<Pick> exam = new ArrayList<>();
    List<Pick> ahead = new ArrayList<>();
    for (StoredExercise e : q.scope()) {
      if (q.exclude().contains(e.key())) continue;
      CardState card = q.cards().get(e.key());
      if (card == null || card.phase() == CardPhase.NEW) {
        if (q.ignoreLocks() || unlocked(e, masteredSkills, q.mastery())) fresh.add(e);
        continue;
      }
      double r = scheduler.retrievability(card, q.now());
      double success = success(q, e, card);
      boolean inSteps = card.phase() == CardPhase.LEARNING || card.phase() == CardPhase.RELEARNING;
      SkillKey skill = primarySkill(e);
      boolean due =
          inSteps
              ? !card.due().isAfter(q.now())
              : !card.due().isAfter(q.now()) || card.due().isBefore(q.reviewsDueBefore());
      if (due) {
        if (inSteps) {
          tutor.schedule.ShortTermMemory.Tally t =
              q.today().getOrDefault(e.key(), tutor.schedule.ShortTermMemory.Tally.NONE);
          String misses =
              t.missed() == 0
                  ? ""
                  : " (predicted success "
                      + pct(success)
                      + " after "
                      + t.missed()
                      + (t.missed() == 1 ? " miss" : " misses")
                      + " today)";
          learning.add(
              new Pick(
                  e,
                  card,
                  Pick.Reason.LEARNING,
                  r,
                  success,
                  "A learning step of this exercise is due"
                      + misses
                      + ": short-term practice makes it stick."));
        } else {
          reviews.add(
              new Pick(
                  e,
                  card,
                  Pick.Reason.DUE,
                  r,
                  success,
                  "Review due: predicted recall "
                      + pct(r)
                      + "; "
                      + describe(skill, memory, q)
                      + "."));
        }
      } else if (!inSteps && examReady(e, card, q).isPresent()) {
        exam.add(examReady(e, card, q).get());
      } else if (inSteps && !card.due().isAfter(q.now().plus(LEARN_AHEAD))) {
        ahead.add(
            new Pick(
                e,
                card,
                Pick.Reason.LEARN_AHEAD,
                r,
                success,
                "A learning step due within minutes, taken a little early."));
      } else if (memory.level(skill) == Level.FADING
          && card.phase() == CardPhase.REVIEW
          && (card.lastReview() == null
              || card.lastReview().isBefore(q.now().minus(Duration.ofDays(1))))) {
        fading.add(
            new Pick(
                e,
                card,
                Pick.Reason.FADING,
                r,
                success,
                title(skill)
                    + " is fading (mean recall "
                    + pct(memory.recall(skill))
                    + "): practising it before it is forgotten."));
      }
    }
    if (!learning.isEmpty()) {
      learning.sort(Comparator.comparing((Pick p) -> p.card().due()));
      return Optional.of(interleave(learning, q.lastSkill(), INTERLEAVE_WINDOW));
    }
    Optional<Pick> remedy = remediation(q, memory, fresh);
    if (remedy.isPresent()) return remedy;
    if (!reviews.isEmpty() && q.reviewQuota() > 0) {
      // Most at risk first; among equals, what more skills build on (it matters after a break).
      reviews.sort(
          Comparator.comparingDouble((Pick p) -> Math.round(p.retrievability() * 100) / 100.0)
              .thenComparing(p -> -dependants.getOrDefault(primarySkill(p.exercise()), 0))
              .thenComparing(p -> p.card().due()));
      return Optional.of(interleave(reviews, q.lastSkill(), INTERLEAVE_WINDOW));
    }
    if (!exam.isEmpty() && q.reviewQuota() > 0) {
      exam.sort(Comparator.comparingDouble(Pick::retrievability));
      return Optional.of(interleave(exam, q.lastSkill(), INTERLEAVE_WINDOW));
    }
    if (q.reviewQuota() > 0) {
      Optional<Pick> keep = keep(q);
      if (keep.isPresent()) return keep;
    }
    // a skill missed three times in a row is stepped back from: none of its new exercises
    fresh.removeIf(e -> Picker.steppedBack(q, primarySkill(e)));
    if (!fresh.isEmpty() && q.newQuota() > 0)
      return Optional.of(pickNew(fresh, q, memory, masteredSkills));
    if (!fading.isEmpty() && q.reviewQuota() > 0) { // refreshing a fading skill is a review too
      fading.sort(Comparator.comparingDouble(Pick::retrievability));
      return Optional.of(interleave(fading, q.lastSkill(), INTERLEAVE_WINDOW));
    }
    if (!ahead.isEmpty()) {
      ahead.sort(Comparator.comparing((Pick p) -> p.card().due()));
      return Optional.of(ahead.get(0));
    }
    return Optional.empty();
  }

  private double success(Picker.Request q, StoredExercise e, CardState card) {
    return tutor.schedule.ShortTermMemory.predictedSuccess(
        scheduler.shortTermRetrievability(card, q.now()), q.today().get(e.key()));
  }

  /** Keep what is mastered, by a plain scan: see Picker#keepMastered. */
  private Optional<Pick> keep(Picker.Request q) {
    if (Double.isNaN(q.keepRetention())) return Optional.empty();
    java.util.Map<SkillKey, Integer> exercises = new java.util.HashMap<>();
    for (StoredExercise e : q.scope()) {
      for (String id : e.exercise().skills())
        exercises.merge(new SkillKey(e.packId(), id), 1, Integer::sum);
    }
    java.time.Instant tomorrow = q.now().plus(Duration.ofDays(1));
    List<Pick> out = new ArrayList<>();
    java.util.Map<Pick, Double> skillRecall = new java.util.HashMap<>();
    for (StoredSkill s : skills.values()) {
      SkillMastery m = q.mastery().get(s.key());
      if (m == null || !m.mastered(exercises.getOrDefault(s.key(), 0))) continue;
      // The skill's memory: the latest review of its exercises in review, the lowest stability.
      java.time.Instant latest = null;
      double stability = 0;
      for (StoredExercise e : q.scope()) {
        CardState c = q.cards().get(e.key());
        if (c == null || c.phase() != CardPhase.REVIEW) continue;
        if (e.exercise().skills().stream()
            .noneMatch(id -> new SkillKey(e.packId(), id).equals(s.key()))) continue;
        if (latest == null || c.lastReview().isAfter(latest)) latest = c.lastReview();
        stability = stability == 0 ? c.stability() : Math.min(stability, c.stability());
      }
      if (latest == null) continue;
      double ahead =
          scheduler.retrievability(
              new CardState(CardPhase.REVIEW, 0, stability, 5, latest, latest, 1, 0), tomorrow);
      if (ahead >= q.keepRetention()) continue;
      StoredExercise best = null;
      double bestR = 0;
      for (StoredExercise e : q.scope()) {
        CardState c = q.cards().get(e.key());
        if (!primarySkill(e).equals(s.key())
            || c == null
            || c.phase() != CardPhase.REVIEW
            || c.lastReview().isAfter(q.now().minus(Duration.ofHours(12)))
            || q.exclude().contains(e.key())) {
          continue;
        }
        double r = scheduler.retrievability(c, q.now());
        if (best == null || r < bestR) {
          best = e;
          bestR = r;
        }
      }
      if (best == null) continue;
      CardState c = q.cards().get(best.key());
      Pick p =
          new Pick(
              best,
              c,
              Pick.Reason.KEEP,
              bestR,
              success(q, best, c),
              s.title()
                  + " is mastered; without practice its predicted recall tomorrow would be "
                  + pct(ahead)
                  + ", below your desired retention of "
                  + pct(q.keepRetention())
                  + ": keeping it before new material.");
      skillRecall.put(p, ahead);
      out.add(p);
    }
    if (out.isEmpty()) return Optional.empty();
    out.sort(
        Comparator.comparingDouble((Pick p) -> skillRecall.get(p))
            .thenComparingInt(p -> q.scope().indexOf(p.exercise())));
    return Optional.of(interleave(out, q.lastSkill(), INTERLEAVE_WINDOW));
  }

  /**
   * Cramming: every exercise of the scope once, the least remembered first, then the new ones in
   * teaching order; locks and limits do not apply, and nothing here moves the schedule.
   */
  public Optional<Pick> nextCram(Picker.Request q) {
    Pick best = null;
    for (StoredExercise e : q.scope()) {
      if (q.exclude().contains(e.key())) continue;
      CardState card = q.cards().get(e.key());
      boolean seen = card != null && card.phase() != CardPhase.NEW;
      double r = seen ? scheduler.retrievability(card, q.now()) : 2; // unseen after every seen one
      if (best == null
          || r < best.retrievability()
          || (r == best.retrievability()
              && skillPosition(primarySkill(e)) < skillPosition(primarySkill(best.exercise())))) {
        best =
            new Pick(
                e,
                card,
                Pick.Reason.CRAM,
                r,
                seen ? r : Double.NaN,
                seen
                    ? "Cramming: predicted recall " + pct(r) + ", the lowest left."
                    : "Cramming: not seen before.");
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Exam preparation: a review card of a skill with an exam ahead, not due before the exam, whose
   * predicted recall on exam day is below the aim, and for which one Good review now is enough to
   * reach it. Earlier than that a review would not last until the exam, so it waits: the fewest
   * reviews that get every item over the line.
   */
  private Optional<Pick> examReady(StoredExercise e, CardState card, Picker.Request q) {
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
  private Optional<Pick> remediation(
      Picker.Request q, Picker.Memory memory, List<StoredExercise> fresh) {
    if (!q.lastWrong() || q.lastSkill() == null) return Optional.empty();
    StoredSkill missed = skills.get(q.lastSkill());
    if (missed == null) return Optional.empty();
    for (String r : missed.requires()) {
      SkillKey prereq = new SkillKey(missed.packId(), r);
      if (memory.level(prereq) != Level.FADING) continue;
      Pick best = null;
      for (StoredExercise e : q.scope()) {
        CardState card = q.cards().get(e.key());
        if (q.exclude().contains(e.key())
            || card == null
            || card.phase() == CardPhase.NEW
            || !primarySkill(e).equals(prereq)) {
          continue;
        }
        double rec = scheduler.retrievability(card, q.now());
        if (best == null || rec < best.retrievability()) {
          best =
              new Pick(
                  e,
                  card,
                  Pick.Reason.REMEDIATION,
                  rec,
                  success(q, e, card),
                  "You missed an exercise of "
                      + missed.title()
                      + ", which builds on "
                      + title(prereq)
                      + "; "
                      + title(prereq)
                      + " is fading (mean recall "
                      + pct(memory.recall(prereq))
                      + "), so back to it first.");
        }
      }
      if (best != null) return Optional.of(best);
    }
    return Optional.empty();
  }

  private static boolean started(Picker.Request q, SkillKey skill) {
    return q.scope().stream()
        .anyMatch(
            e ->
                primarySkill(e).equals(skill)
                    && q.cards().get(e.key()) != null
                    && q.cards().get(e.key()).phase() != tutor.schedule.CardPhase.NEW);
  }

  /**
   * New material: the skill comes first by goal, then not yet mastered, then pack order, with
   * skills alternating; within the skill, the exercise whose predicted success is closest to the
   * target, so difficulty steps up as mastery grows.
   */
  private Pick pickNew(
      List<StoredExercise> fresh,
      Picker.Request q,
      Picker.Memory memory,
      Set<SkillKey> masteredSkills) {
    Map<SkillKey, List<StoredExercise>> bySkill = new LinkedHashMap<>();
    fresh.stream()
        .sorted(
            Comparator.comparing((StoredExercise e) -> !q.goalPath().contains(primarySkill(e)))
                .thenComparing(e -> masteredSkills.contains(primarySkill(e)))
                .thenComparing(
                    e -> {
                      SkillMastery m = q.mastery().get(primarySkill(e));
                      long n =
                          q.scope().stream()
                              .filter(
                                  x ->
                                      x.packId().equals(e.packId())
                                          && x.exercise()
                                              .skills()
                                              .contains(primarySkill(e).skillId()))
                              .count();
                      return m != null && m.mastered((int) n);
                    })
                .thenComparing(StoredExercise::packId)
                .thenComparingInt(e -> skillPosition(primarySkill(e)))
                .thenComparingInt(StoredExercise::position))
        .forEach(e -> bySkill.computeIfAbsent(primarySkill(e), k -> new ArrayList<>()).add(e));
    List<SkillKey> order = new ArrayList<>(bySkill.keySet());
    SkillKey skill = order.get(0);
    // Skills alternate once both are under way: one not begun waits for the one in hand.
    if (skill.equals(q.lastSkill()) && order.size() > 1 && started(q, order.get(1)))
      skill = order.get(1);
    List<StoredExercise> candidates = bySkill.get(skill);
    double[] p = new double[candidates.size()];
    double maxP = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = predictNew(candidates.get(i), q, memory);
      maxP = Math.max(maxP, p[i]);
    }
    // When even the best chance is below the target, the author's easiest item comes first (a
    // guessable multiple choice is not an easier way in); otherwise the closest to the target.
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      boolean better =
          maxP < q.targetSuccess()
              ? difficulty(candidates.get(i), q) < difficulty(candidates.get(best), q)
              : Math.abs(p[i] - q.targetSuccess()) < Math.abs(p[best] - q.targetSuccess()) - 1e-9;
      if (better) best = i;
    }
    StoredExercise chosen = candidates.get(best);
    double bestP = p[best];
    String goal = q.goalPath().contains(skill) ? " It serves your goal." : "";
    String how =
        maxP < q.targetSuccess()
            ? ", its easiest exercise yet to be seen."
            : ", the closest to the " + pct(q.targetSuccess()) + " target.";
    return new Pick(
        chosen,
        q.cards().get(chosen.key()),
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
            + goal);
  }

  /** P(right) for a never-seen exercise, from the skill's mastery and the exercise's difficulty. */
  public double predictNew(StoredExercise e, Picker.Request q, Picker.Memory memory) {
    SkillKey skill = primarySkill(e);
    StoredSkill s = skills.get(skill);
    BktParameters p = Kind.chance(s == null ? null : s.skill().bkt(), e.exercise());
    SkillMastery m = q.mastery().get(skill);
    double pKnown = m == null ? p.prior() : m.pKnown();
    return MasteryModel.predictNew(pKnown * memory.recall(skill), difficulty(e, q), p);
  }

  private static double difficulty(StoredExercise e, Picker.Request q) {
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

  /** Mean recall and level of each skill, from the cards now. */
  public Picker.Memory memory(Picker.Request q) {
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
    Set<SkillKey> masteredSkills = mastered(q.mastery());
    Map<SkillKey, Double> recall = new HashMap<>();
    Map<SkillKey, Level> levels = new HashMap<>();
    for (StoredSkill s : skills.values()) {
      double[] acc = sums.get(s.key());
      double mean = acc == null ? 1.0 : acc[0] / acc[1];
      recall.put(s.key(), mean);
      boolean unlocked =
          s.requires().stream().allMatch(r -> masteredSkills.contains(new SkillKey(s.packId(), r)));
      levels.put(
          s.key(),
          MasteryModel.level(
              q.mastery().get(s.key()), unlocked, mean, exercises.getOrDefault(s.key(), 0)));
    }
    return new Picker.Memory(recall, levels);
  }

  /**
   * Whether every skill of {@code e} has all its prerequisites mastered, or has been practised
   * while they were (such a skill stays open when a prerequisite lapses).
   */
  public boolean unlocked(
      StoredExercise e, Set<SkillKey> masteredSkills, Map<SkillKey, SkillMastery> mastery) {
    for (String skillId : e.exercise().skills()) {
      StoredSkill s = skills.get(new SkillKey(e.packId(), skillId));
      if (s == null) return false;
      SkillMastery own = mastery.get(s.key());
      if (own != null && own.attempts() > 0 && own.evidence().opened()) continue;
      for (String r : s.requires()) {
        if (!masteredSkills.contains(new SkillKey(e.packId(), r))) return false;
      }
    }
    return true;
  }

  public static Set<SkillKey> mastered(Map<SkillKey, SkillMastery> mastery) {
    Set<SkillKey> out = new HashSet<>();
    mastery.forEach(
        (k, m) -> {
          if (m.known()) out.add(k); // the unlocking level: known, evidence aside
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

  private String describe(SkillKey skill, Picker.Memory memory, Picker.Request q) {
    return title(skill) + " is " + level(skill, memory, q);
  }

  /** The skill's level and P(known), where its title has just been said. */
  private String level(SkillKey skill, Picker.Memory memory, Picker.Request q) {
    SkillMastery m = q.mastery().get(skill);
    String known =
        m == null
            ? "not practised yet"
            : "P(known) " + String.format(Locale.ROOT, "%.2f", m.pKnown());
    return memory.level(skill).label() + ", " + known;
  }

  static String pct(double p) {
    return Math.round(p * 100) + "%";
  }

  /**
   * The best candidate, unless it practises the same skill as the last exercise and one of the next
   * few does not: then that one, so that skills alternate.
   */
  private static Pick interleave(List<Pick> ranked, SkillKey lastSkill, int window) {
    if (lastSkill == null) return ranked.get(0);
    for (int i = 0; i < Math.min(window, ranked.size()); i++) {
      if (!primarySkill(ranked.get(i).exercise()).equals(lastSkill)) return ranked.get(i);
    }
    return ranked.get(0);
  }
}
