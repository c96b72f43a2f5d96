package tutor.stats;

import java.util.List;
import tutor.mastery.Level;

/**
 * One skill as the statistics show it.
 *
 * @param pKnown BKT's P(known), 0 when never practised
 * @param recall mean predicted recall now of its reviewed exercises (1 when none)
 * @param seen exercises of the skill the learner has met, of {@code exercises}
 */
public record SkillRow(
    String packId,
    String skillId,
    String title,
    Level level,
    double pKnown,
    double recall,
    List<String> requires,
    int seen,
    int exercises) {}
