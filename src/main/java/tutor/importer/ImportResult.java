package tutor.importer;

import java.util.List;
import java.util.Map;
import tutor.pack.Pack;

/**
 * A pack made from another format, and what was left out or changed on the way.
 *
 * @param losses how many of each kind of loss, in {@link Loss} order, only those that happened
 * @param lossExamples for each loss, a few places it happened (exercise ids, rows, file names)
 * @param media files for the pack's media folder, by their path in the pack ({@code media/x.png})
 * @param history the deck's review log and schedule, or null when the source has none
 */
public record ImportResult(
    Pack pack,
    List<ImportWarning> warnings,
    Map<Loss, Integer> losses,
    Map<Loss, List<String>> lossExamples,
    Map<String, byte[]> media,
    AnkiHistory history) {
  public ImportResult {
    warnings = List.copyOf(warnings);
    losses = Map.copyOf(losses);
    lossExamples = Map.copyOf(lossExamples);
    media = Map.copyOf(media);
  }

  public ImportResult(Pack pack, List<ImportWarning> warnings) {
    this(pack, warnings, Map.of(), Map.of(), Map.of(), null);
  }

  /** The losses in {@link Loss} order. */
  public List<Loss> lossKinds() {
    return java.util.Arrays.stream(Loss.values()).filter(losses::containsKey).toList();
  }
}
