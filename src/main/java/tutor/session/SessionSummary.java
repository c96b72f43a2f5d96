package tutor.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The end of a session.
 *
 * @param nextDue when the next review falls due after now, or null if nothing is scheduled
 * @param stopReason why the session stopped, in words
 */
public record SessionSummary(
    int answered,
    int correct,
    Duration time,
    List<String> levelChanges,
    int dueNow,
    Instant nextDue,
    int dueNextDay,
    String stopReason,
    SessionEnd.Cause endedBy) {

  public int percentCorrect() {
    return answered == 0 ? 0 : (int) Math.round(100.0 * correct / answered);
  }
}
