package tutor.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What installing a pack changed (or, for a dry run, would change). {@code previousVersion} is null
 * for a first install.
 *
 * @param reset exercises whose answer changed (a previously right answer is now wrong, see {@link
 *     tutor.grade.AnswerKeyChange}): their cards start again for every learner (the review log is
 *     kept)
 * @param resetReasons why each exercise of {@code reset} starts again, by id in pack order
 * @param learnersReset the learners who had progress on an exercise of {@code reset}
 */
public record InstallReport(
    String packId,
    String previousVersion,
    String version,
    int added,
    int changed,
    int retired,
    int unchanged,
    List<String> reset,
    Map<String, String> resetReasons,
    List<String> learnersReset) {

  public InstallReport {
    reset = List.copyOf(reset);
    resetReasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resetReasons));
    learnersReset = List.copyOf(learnersReset);
  }

  public InstallReport(
      String packId,
      String previousVersion,
      String version,
      int added,
      int changed,
      int retired,
      int unchanged,
      List<String> reset) {
    this(
        packId,
        previousVersion,
        version,
        added,
        changed,
        retired,
        unchanged,
        reset,
        Map.of(),
        List.of());
  }

  public boolean firstInstall() {
    return previousVersion == null;
  }
}
