package tutor.store;

/** What installing a pack changed. {@code previousVersion} is null for a first install. */
public record InstallReport(
    String packId, String previousVersion, String version, int added, int changed, int retired, int unchanged) {

  public boolean firstInstall() {
    return previousVersion == null;
  }
}
