package tutor.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tutor.kind.Kind;
import tutor.mastery.BktParameters;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;

/**
 * Mastery learning as intelligent tutors classically do it, with no memory model: BKT per skill;
 * practise the first skill in pack order that is not mastered and whose prerequisites are, with its
 * exercises in turn (the least recently shown first); a mastered skill is never reviewed. At most
 * 20 new exercises a day, as the others. The reference for "mastered" without spacing.
 */
final class BktPolicy implements Policy {
  private static final int NEW_PER_DAY = 20;

  private final List<StoredSkill> skills;
  private final Map<SkillKey, List<StoredExercise>> exercisesOf = new HashMap<>();
  private final Map<SkillKey, SkillMastery> mastery = new HashMap<>();
  private final Map<CardKey, Instant> lastShown = new HashMap<>();
  private int introducedToday;

  BktPolicy(Curriculum c, long seed) {
    this.skills = c.skills();
    for (StoredExercise e : c.exercises()) {
      exercisesOf.computeIfAbsent(Curriculum.skillOf(e), k -> new java.util.ArrayList<>()).add(e);
    }
  }

  @Override
  public void newDay(Instant start) {
    introducedToday = 0;
  }

  @Override
  public Optional<StoredExercise> next(Instant now) {
    Set<SkillKey> mastered = countedMastered().orElseThrow();
    for (StoredSkill s : skills) {
      if (mastered.contains(s.key()) || !exercisesOf.containsKey(s.key())) continue;
      if (!s.requires().stream().allMatch(r -> mastered.contains(new SkillKey(s.packId(), r))))
        continue;
      StoredExercise best = null;
      for (StoredExercise e : exercisesOf.get(s.key())) {
        Instant shown = lastShown.get(e.key());
        if (shown == null && introducedToday >= NEW_PER_DAY) continue;
        if (best == null
            || shown == null && lastShown.get(best.key()) != null
            || shown != null
                && lastShown.get(best.key()) != null
                && shown.isBefore(lastShown.get(best.key()))) {
          best = e;
        }
      }
      if (best != null) return Optional.of(best);
    }
    return Optional.empty();
  }

  @Override
  public void answered(StoredExercise e, boolean right, long millis, Instant at) {
    if (lastShown.put(e.key(), at) == null) introducedToday++;
    for (String skillId : e.exercise().skills()) {
      SkillKey sk = new SkillKey(e.packId(), skillId);
      StoredSkill s = skills.stream().filter(x -> x.key().equals(sk)).findFirst().orElse(null);
      BktParameters p = Kind.chance(s == null ? null : s.skill().bkt(), e.exercise());
      SkillMastery m = mastery.get(sk);
      mastery.put(sk, (m == null ? SkillMastery.fresh(p) : m).after(right, p));
    }
  }

  @Override
  public Optional<Set<SkillKey>> countedMastered() {
    Set<SkillKey> out = new HashSet<>();
    mastery.forEach(
        (k, m) -> {
          // Classic BKT mastery: P(known) at least 0.95, no evidence of days or exercises (tutor's
          // "known"; its "mastered" also needs two exercises on two days, which this policy never
          // records).
          if (m.known()) out.add(k);
        });
    return Optional.of(out);
  }
}
