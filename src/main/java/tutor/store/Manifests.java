package tutor.store;

import java.util.Map;

/** Compares what was read of an export with what its manifest says was written. */
public final class Manifests {
  private Manifests() {}

  /**
   * Refuses the export unless every table of the manifest was read with its count and checksum, and
   * nothing else was read. A null manifest (format 1, from before manifests) is not checked.
   */
  public static void check(
      Map<String, ExportWriter.TableCheck> manifest,
      Map<String, ExportWriter.TableCheck> read,
      java.util.function.Function<String, String> name) {
    if (manifest == null) return;
    for (Map.Entry<String, ExportWriter.TableCheck> m : manifest.entrySet()) {
      ExportWriter.TableCheck got = read.get(m.getKey());
      if (got == null) {
        throw new ImportRefused(
            "the export is incomplete: its manifest lists "
                + name.apply(m.getKey())
                + " ("
                + m.getValue().rows()
                + " rows), which is missing");
      }
      if (got.rows() != m.getValue().rows()) {
        throw new ImportRefused(
            "the export is incomplete or altered: "
                + name.apply(m.getKey())
                + " has "
                + got.rows()
                + " rows; its manifest says "
                + m.getValue().rows()
                + " (an export cut short, or edited)");
      }
      if (!got.sha256().equalsIgnoreCase(m.getValue().sha256())) {
        throw new ImportRefused(
            "the export is damaged or altered: the rows of "
                + name.apply(m.getKey())
                + " do not match the checksum in its manifest");
      }
    }
    for (String t : read.keySet()) {
      if (!manifest.containsKey(t)) {
        throw new ImportRefused(
            "the export has "
                + name.apply(t)
                + ", which its manifest does not list; it was altered");
      }
    }
  }
}
