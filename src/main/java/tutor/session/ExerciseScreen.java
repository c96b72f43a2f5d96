package tutor.session;

import java.time.Duration;
import java.util.List;
import tutor.pack.Exercise;

/**
 * One exercise as the learner sees it, with where the session stands.
 *
 * @param planned exercises planned for the session; 0 when open-ended (placement)
 * @param shownItems choice options or order items in the order shown; empty for other types
 * @param packId the exercise's pack
 * @param predictedSuccess the picker's predicted chance of a right answer, or NaN
 * @param why why it was chosen, or empty
 */
public record ExerciseScreen(
    int number,
    int planned,
    String packTitle,
    String skillTitle,
    Pick.Reason reason,
    Duration elapsed,
    Exercise exercise,
    List<String> shownItems,
    String packId,
    double predictedSuccess,
    String why) {

  public ExerciseScreen {
    shownItems = List.copyOf(shownItems);
  }

  /** A screen outside a picked session (preview, placement): no pick to explain. */
  public ExerciseScreen(
      int number,
      int planned,
      String packTitle,
      String skillTitle,
      Pick.Reason reason,
      Duration elapsed,
      Exercise exercise,
      List<String> shownItems) {
    this(
        number,
        planned,
        packTitle,
        skillTitle,
        reason,
        elapsed,
        exercise,
        shownItems,
        "",
        Double.NaN,
        "");
  }

  public ExerciseScreen withShownItems(List<String> items) {
    return new ExerciseScreen(
        number,
        planned,
        packTitle,
        skillTitle,
        reason,
        elapsed,
        exercise,
        items,
        packId,
        predictedSuccess,
        why);
  }
}
