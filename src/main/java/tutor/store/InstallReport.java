package tutor.store;

import java.util.List;

/**
 * What installing a pack changed. {@code previousVersion} is null for a first install.
 *
 * @param reset exercises whose answer key or type changed: their cards start again for every
 *     learner (the review log is kept)
 */
public record InstallReport(String packId, String previousVersion, String version, int added, int changed,
    int retired, int unchanged, List<String> reset) {

  public InstallReport {
    reset = List.copyOf(reset);
  }

  public boolean firstInstall() {
    return previousVersion == null;
  }
}
