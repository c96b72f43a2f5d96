package tutor.stats;

/**
 * A goal as the statistics show it.
 *
 * @param status on track, ahead, behind, done, not started, or no deadline
 * @param summary one sentence: progress and pace
 */
public record GoalLine(long id, String packId, String goal, String status, String summary) {}
