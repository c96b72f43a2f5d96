package tutor.session;

import java.time.Duration;
import java.util.List;
import tutor.pack.Exercise;

/**
 * One exercise as the learner sees it, with where the session stands.
 *
 * @param shownItems choice options or order items in the order shown; empty for other types
 */
public record ExerciseScreen(
    int number,
    int planned,
    String packTitle,
    String skillTitle,
    Pick.Reason reason,
    Duration elapsed,
    Exercise exercise,
    List<String> shownItems) {}
