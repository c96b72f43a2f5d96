package tutor.session;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import tutor.pack.CardKey;
import tutor.schedule.ShortTermMemory;

/**
 * Right and missed answers to each exercise in this session: the evidence short-term memory uses
 * for predicted success, and what sets an exercise aside (docs/mastery.md, "Leeches").
 */
public final class SessionTally {
  /** Misses of one exercise in a session after which it is set aside for the rest of it. */
  public static final int SET_ASIDE_AFTER = 3;

  private final Map<CardKey, ShortTermMemory.Tally> tallies = new HashMap<>();

  /** Counts an answer; true when it is the miss that sets the exercise aside. */
  public boolean answered(CardKey key, boolean right) {
    ShortTermMemory.Tally t = tallies.getOrDefault(key, ShortTermMemory.Tally.NONE).plus(right);
    tallies.put(key, t);
    return !right && t.missed() == SET_ASIDE_AFTER;
  }

  /** The last answer to {@code key}, counted as a miss, was disputed: it counts as right. */
  public void disputed(CardKey key) {
    ShortTermMemory.Tally t = tallies.getOrDefault(key, ShortTermMemory.Tally.NONE);
    if (t.missed() > 0) tallies.put(key, new ShortTermMemory.Tally(t.right() + 1, t.missed() - 1));
  }

  public ShortTermMemory.Tally of(CardKey key) {
    return tallies.getOrDefault(key, ShortTermMemory.Tally.NONE);
  }

  /** A live, read-only view for the picker. */
  public Map<CardKey, ShortTermMemory.Tally> view() {
    return Collections.unmodifiableMap(tallies);
  }
}
