package tutor.session;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tutor.mastery.Level;
import tutor.mastery.MasteryModel;
import tutor.mastery.SkillMastery;
import tutor.pack.SkillKey;
import tutor.store.SkillTally;

/**
 * Each installed skill's level as {@link Picker#memory} works it out, kept in step with answers. An
 * answer changes the tally and mastery of its exercise's skills only, so only those are worked out
 * again, with the skills that require them (whether their prerequisites are known) and all that is
 * built on those (the prerequisite cap): not every skill of every pack (550 in the benchmark's
 * database, 1 ms an answer).
 */
final class SkillLevels {
  private final Picker picker;

  /** Each skill's own level, before the prerequisite cap. */
  private final Map<SkillKey, Level> own;

  /** Each skill's level, capped. */
  private final Map<SkillKey, Level> levels;

  /** The mastery the levels were worked out from, to find what changed since. */
  private final Map<SkillKey, SkillMastery> mastery;

  SkillLevels(
      Picker picker, Map<SkillKey, SkillTally> tallies, Map<SkillKey, SkillMastery> mastery) {
    this.picker = picker;
    this.own = picker.ownLevels(tallies, mastery);
    this.levels = new HashMap<>(own);
    Map<SkillKey, Boolean> weak = new HashMap<>();
    for (SkillKey k : own.keySet()) levels.put(k, capped(k, weak));
    this.mastery = new HashMap<>(mastery);
  }

  /** Each skill's level now; it changes with {@link #update}. */
  Map<SkillKey, Level> levels() {
    return Collections.unmodifiableMap(levels);
  }

  /**
   * Works the levels out again after the tallies of {@code tallied} changed and the mastery became
   * {@code mastery}: the skills whose level changed, with their level before. {@code mastered}
   * holds every skill whose mastery may have changed since the last update (an answer changes its
   * exercise's skills' only: {@link AnswerRecorder}); null when any may have (an answer taken back
   * reloads all of it), which compares all of it.
   */
  Map<SkillKey, Level> update(
      Collection<SkillKey> tallied,
      Map<SkillKey, SkillTally> tallies,
      Map<SkillKey, SkillMastery> mastery,
      Collection<SkillKey> mastered) {
    Set<SkillKey> changed = new HashSet<>(tallied);
    changed.addAll(mastered == null ? masteryChanged(mastery) : masteryChanged(mastery, mastered));
    // A skill's own level reads its own tally and mastery and whether what it requires is known.
    Set<SkillKey> ownChanged = new HashSet<>();
    for (SkillKey k : changed) {
      relevelOwn(k, tallies, mastery, ownChanged);
      for (SkillKey d : picker.requiredBy(k)) relevelOwn(d, tallies, mastery, ownChanged);
    }
    // The cap reads the own levels of everything below a skill: what is built on them may move.
    Set<SkillKey> above = new HashSet<>(ownChanged);
    Deque<SkillKey> todo = new ArrayDeque<>(ownChanged);
    while (!todo.isEmpty()) {
      for (SkillKey d : picker.requiredBy(todo.pop())) if (above.add(d)) todo.push(d);
    }
    Map<SkillKey, Level> was = new LinkedHashMap<>();
    Map<SkillKey, Boolean> weak = new HashMap<>();
    for (SkillKey k : above) {
      Level now = capped(k, weak);
      Level before = levels.put(k, now);
      if (before != now) was.put(k, before);
    }
    return was;
  }

  private void relevelOwn(
      SkillKey k,
      Map<SkillKey, SkillTally> tallies,
      Map<SkillKey, SkillMastery> mastery,
      Set<SkillKey> ownChanged) {
    if (!picker.installed(k)) return;
    Level now = picker.ownLevel(k, tallies.get(k), mastery);
    if (own.put(k, now) != now) ownChanged.add(k);
  }

  private Level capped(SkillKey k, Map<SkillKey, Boolean> weak) {
    return MasteryModel.capped(k, own, picker::requirements, weak);
  }

  /** Of {@code among}, the skills whose mastery differs from the last update's; notes the new. */
  private Set<SkillKey> masteryChanged(
      Map<SkillKey, SkillMastery> now, Collection<SkillKey> among) {
    Set<SkillKey> out = new HashSet<>();
    for (SkillKey k : among) {
      SkillMastery m = now.get(k);
      if (Objects.equals(m, mastery.get(k))) continue;
      out.add(k);
      if (m == null) mastery.remove(k);
      else mastery.put(k, m);
    }
    return out;
  }

  /** The skills whose mastery differs from the last update's, and takes note of the new. */
  private Set<SkillKey> masteryChanged(Map<SkillKey, SkillMastery> now) {
    Set<SkillKey> out = new HashSet<>();
    int kept = 0;
    for (Map.Entry<SkillKey, SkillMastery> e : now.entrySet()) {
      SkillMastery was = mastery.get(e.getKey());
      if (was != null) kept++;
      if (!Objects.equals(was, e.getValue())) out.add(e.getKey());
    }
    if (kept < mastery.size()) {
      for (SkillKey k : mastery.keySet()) if (!now.containsKey(k)) out.add(k);
    }
    for (SkillKey k : out) {
      SkillMastery m = now.get(k);
      if (m == null) mastery.remove(k);
      else mastery.put(k, m);
    }
    return out;
  }
}
