package tutor.importer;

import java.util.List;
import tutor.pack.Pack;

/** A pack made from another format, and what was left out or changed on the way. */
public record ImportResult(Pack pack, List<ImportWarning> warnings) {
  public ImportResult {
    warnings = List.copyOf(warnings);
  }
}
