package tutor.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tutor.mastery.SkillMastery;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.Scheduler;
import tutor.store.CardKey;
import tutor.store.SkillKey;
import tutor.store.StoredExercise;
import tutor.store.StoredSkill;

/**
 * Chooses the next exercise: due (re)learning steps, then due reviews (the most likely to be
 * forgotten first), then new exercises of skills whose prerequisites are mastered (pack order,
 * easiest first), interleaving skills rather than drilling one. Pure: everything comes in.
 */
public final class Picker {
  /** Learning steps due this soon are taken early rather than ending the session (as Anki does). */
  public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

  /** How far down the ranking we look for a different skill to interleave. */
  private static final int INTERLEAVE_WINDOW = 3;

  private final Scheduler scheduler;
  private final Map<SkillKey, StoredSkill> skills;

  public Picker(Scheduler scheduler, List<StoredSkill> skills) {
    this.scheduler = scheduler;
    this.skills = new java.util.HashMap<>();
    for (StoredSkill s : skills) this.skills.put(s.key(), s);
  }

  /**
   * @param scope which exercises this session may show (pack, skill filters)
   * @param cards the learner's cards
   * @param mastery the learner's mastery per skill
   * @param newQuota how many more new exercises may be introduced today
   * @param reviewQuota how many more reviews may be done today
   * @param lastSkill the primary skill of the previous exercise, to interleave; may be null
   * @param exclude exercises not to show again now (skipped ones)
   * @param ignoreLocks true when the learner chose a skill explicitly
   */
  public Optional<Pick> next(List<StoredExercise> scope, Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery, Instant now, int newQuota, int reviewQuota,
      SkillKey lastSkill, Set<CardKey> exclude, boolean ignoreLocks) {
    List<Pick> learning = new ArrayList<>();
    List<Pick> reviews = new ArrayList<>();
    List<Pick> fresh = new ArrayList<>();
    List<Pick> ahead = new ArrayList<>();
    Set<SkillKey> masteredSkills = mastered(mastery);
    for (StoredExercise e : scope) {
      if (exclude.contains(e.key())) continue;
      CardState card = cards.get(e.key());
      if (card == null || card.phase() == CardPhase.NEW) {
        if (ignoreLocks || unlocked(e, masteredSkills)) fresh.add(new Pick(e, card, Pick.Reason.NEW, Double.NaN));
        continue;
      }
      double r = scheduler.retrievability(card, now);
      boolean inSteps = card.phase() == CardPhase.LEARNING || card.phase() == CardPhase.RELEARNING;
      if (!card.due().isAfter(now)) {
        (inSteps ? learning : reviews).add(new Pick(e, card, inSteps ? Pick.Reason.LEARNING : Pick.Reason.DUE, r));
      } else if (inSteps && !card.due().isAfter(now.plus(LEARN_AHEAD))) {
        ahead.add(new Pick(e, card, Pick.Reason.LEARN_AHEAD, r));
      }
    }
    if (!learning.isEmpty()) {
      learning.sort(Comparator.comparing((Pick p) -> p.card().due()));
      return Optional.of(interleave(learning, lastSkill, INTERLEAVE_WINDOW));
    }
    if (!reviews.isEmpty() && reviewQuota > 0) {
      reviews.sort(Comparator.comparingDouble(Pick::retrievability)
          .thenComparing(p -> p.card().due()));
      return Optional.of(interleave(reviews, lastSkill, INTERLEAVE_WINDOW));
    }
    if (!fresh.isEmpty() && newQuota > 0) {
      fresh.sort(newOrder(masteredSkills));
      // Compare skills, not exercises: the next new exercise of each skill, in skill order.
      Map<SkillKey, Pick> bestPerSkill = new LinkedHashMap<>();
      for (Pick p : fresh) bestPerSkill.putIfAbsent(primarySkill(p.exercise()), p);
      return Optional.of(interleave(new ArrayList<>(bestPerSkill.values()), lastSkill, 2));
    }
    if (!ahead.isEmpty()) {
      ahead.sort(Comparator.comparing((Pick p) -> p.card().due()));
      return Optional.of(ahead.get(0));
    }
    return Optional.empty();
  }

  /** Exercises that would be new and unlocked now: what the learner can start next. */
  public boolean unlocked(StoredExercise e, Set<SkillKey> masteredSkills) {
    for (String skillId : e.exercise().skills()) {
      StoredSkill s = skills.get(new SkillKey(e.packId(), skillId));
      if (s == null) return false;
      for (String r : s.requires()) {
        if (!masteredSkills.contains(new SkillKey(e.packId(), r))) return false;
      }
    }
    return true;
  }

  public static Set<SkillKey> mastered(Map<SkillKey, SkillMastery> mastery) {
    Set<SkillKey> out = new HashSet<>();
    mastery.forEach((k, m) -> {
      if (m.mastered()) out.add(k);
    });
    return out;
  }

  /**
   * New material: skills not yet mastered before mastered ones, then pack order of the skill, then
   * easiest first, then the exercise's order in the pack.
   */
  private Comparator<Pick> newOrder(Set<SkillKey> masteredSkills) {
    return Comparator.comparing((Pick p) -> masteredSkills.contains(primarySkill(p.exercise())))
        .thenComparing(p -> p.exercise().packId())
        .thenComparingInt(p -> skillPosition(p.exercise()))
        .thenComparingInt(p -> p.exercise().exercise().difficulty())
        .thenComparingInt(p -> p.exercise().position());
  }

  private int skillPosition(StoredExercise e) {
    StoredSkill s = skills.get(primarySkill(e));
    return s == null ? Integer.MAX_VALUE : s.position();
  }

  public static SkillKey primarySkill(StoredExercise e) {
    return new SkillKey(e.packId(), e.exercise().skills().get(0));
  }

  /**
   * The best candidate, unless it practises the same skill as the last exercise and one of the
   * next few does not: then that one, so that skills alternate.
   */
  private static Pick interleave(List<Pick> ranked, SkillKey lastSkill, int window) {
    if (lastSkill == null) return ranked.get(0);
    Predicate<Pick> otherSkill = p -> !primarySkill(p.exercise()).equals(lastSkill);
    for (int i = 0; i < Math.min(window, ranked.size()); i++) {
      if (otherSkill.test(ranked.get(i))) return ranked.get(i);
    }
    return ranked.get(0);
  }
}
