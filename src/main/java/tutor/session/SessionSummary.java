package tutor.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The end of a session.
 *
 * @param time the session's study time ({@link tutor.schedule.StudyTime}), counted as today's
 *     minutes are
 * @param timed whether any answer was timed (given at a terminal): without, the summary states no
 *     time, as the store knows none of piped answers
 * @param nextDue when the next review falls due after now, or null if nothing is scheduled
 * @param stopReason why the session stopped, in words
 * @param improved skills that moved up a level during the session (unlocks included)
 * @param movedBack skills at a lower level than when the session began (a lapse; locked again)
 * @param comeBack when to come back, in one sentence
 * @param newToday new exercises still open today (unlocked, within the day's allowance)
 */
public record SessionSummary(
    int answered,
    int correct,
    Duration time,
    boolean timed,
    List<String> levelChanges,
    int dueNow,
    Instant nextDue,
    int dueNextDay,
    String stopReason,
    SessionEnd.Cause endedBy,
    List<LevelUp> improved,
    List<LevelUp> movedBack,
    String comeBack,
    int newToday) {

  /**
   * A skill that moved a level: new to learning, learning to mastered, locked to new (unlocked)...
   * or back (learned to learning after a miss).
   */
  /**
   * @param unlocked it was locked and is open now: what it requires is known. A locked skill
   *     practised by choice ({@code study --skill}) moves up (learned, known by its answers) but
   *     stays locked until then
   */
  public record LevelUp(
      String skill, tutor.mastery.Level from, tutor.mastery.Level to, boolean unlocked) {
    /** A move whose unlock is read off its levels alone: from locked to anything else. */
    public LevelUp(String skill, tutor.mastery.Level from, tutor.mastery.Level to) {
      this(skill, from, to, from == tutor.mastery.Level.LOCKED && to != tutor.mastery.Level.LOCKED);
    }
  }

  public int percentCorrect() {
    return answered == 0 ? 0 : (int) Math.round(100.0 * correct / answered);
  }
}
