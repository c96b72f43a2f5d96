package tutor.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tutor.schedule.CardState;
import tutor.schedule.Scheduler;
import tutor.store.CardKey;
import tutor.store.LoggedReview;
import tutor.store.SkillKey;
import tutor.store.StoredExercise;

/**
 * Each skill's own memory, as {@link Scheduler#practised} keeps it: every answer to any of its
 * exercises practises the skill. What "keep what is mastered" schedules reviews by
 * (docs/mastery.md). Pure: answers and times come in.
 */
public final class SkillMemory {
  private SkillMemory() {}

  /** The skills' memory from a learner's answers, oldest first; answers to exercises not in {@code exercises} are left out. */
  public static Map<SkillKey, CardState> replay(Scheduler scheduler, List<LoggedReview> log,
      Map<CardKey, StoredExercise> exercises) {
    Map<SkillKey, CardState> memory = new HashMap<>();
    for (LoggedReview r : log) {
      StoredExercise e = exercises.get(r.card());
      if (e != null) practised(memory, scheduler, e, r.rating() > 1, r.at());
    }
    return memory;
  }

  /** Updates {@code memory} for an answer to {@code e} at {@code at}. */
  public static void practised(Map<SkillKey, CardState> memory, Scheduler scheduler, StoredExercise e, boolean right,
      Instant at) {
    for (String id : e.exercise().skills()) {
      SkillKey k = new SkillKey(e.packId(), id);
      CardState after = scheduler.practised(memory.get(k), right, at);
      if (after != null) memory.put(k, after);
    }
  }
}
