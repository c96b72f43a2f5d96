package tutor.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What installing a pack changed (or, for a dry run, would change). {@code previousVersion} is null
 * for a first install.
 *
 * @param added exercises no earlier version had
 * @param revived exercises an earlier version retired that this one brings back, by id in pack
 *     order: their cards come back, unless their answer changed (then they are in {@code reset})
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
    List<String> revived,
    int changed,
    int retired,
    int unchanged,
    List<String> reset,
    Map<String, String> resetReasons,
    List<String> learnersReset) {

  public InstallReport {
    revived = List.copyOf(revived);
    reset = List.copyOf(reset);
    resetReasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resetReasons));
    learnersReset = List.copyOf(learnersReset);
  }

  public boolean firstInstall() {
    return previousVersion == null;
  }

  /** How many of {@link #revived} start again because their answer changed while retired. */
  public int revivedReset() {
    return (int) revived.stream().filter(resetReasons::containsKey).count();
  }
}
