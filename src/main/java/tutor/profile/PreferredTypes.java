package tutor.profile;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import tutor.pack.ExerciseType;
import tutor.pack.StoredExercise;

/**
 * The exercise types a learner prefers (profile key preferred-types). A tie-breaker only: among
 * candidates the picker finds equally useful, one of a preferred type goes first. It is never asked
 * about due reviews, so a preference never delays one.
 */
public record PreferredTypes(Set<ExerciseType> types) {
  public static final PreferredTypes NONE = new PreferredTypes(Set.of());

  /** Costs (distance from the success target, or difficulty) this close count as equally useful. */
  public static final double EQUALLY_USEFUL = 0.02;

  public PreferredTypes {
    types = Set.copyOf(types);
  }

  /** "text, cloze" or "none"; throws with the reason otherwise. */
  public static PreferredTypes parse(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty() || v.equals("none")) return NONE;
    Set<ExerciseType> out = EnumSet.noneOf(ExerciseType.class);
    for (String part : v.split("[,\\s]+")) {
      if (part.isEmpty()) continue;
      out.add(
          ExerciseType.fromYaml(part)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown exercise type '"
                              + part
                              + "' (types: "
                              + ExerciseType.allNames()
                              + ", or none)")));
    }
    return new PreferredTypes(out);
  }

  /** As stored and shown: type names in their usual order, comma-separated, or "none". */
  public String format() {
    return types.isEmpty() ? "none" : String.join(",", names());
  }

  public boolean prefers(ExerciseType type) {
    return types.contains(type);
  }

  /**
   * The candidate to take: {@code best} unless it is not of a preferred type and another candidate
   * is, at a cost within {@link #EQUALLY_USEFUL} of the best one's; then the first such (in the
   * candidates' order).
   *
   * @param best the index the picker chose
   * @param cost what the picker minimised, per index (lower is better)
   */
  public int favour(List<StoredExercise> candidates, int best, IntToDoubleFunction cost) {
    if (types.isEmpty() || prefers(candidates.get(best).exercise().type())) return best;
    double limit = cost.applyAsDouble(best) + EQUALLY_USEFUL;
    for (int i = 0; i < candidates.size(); i++) {
      if (prefers(candidates.get(i).exercise().type()) && cost.applyAsDouble(i) <= limit) return i;
    }
    return best;
  }

  /** The type names, for messages. */
  public List<String> names() {
    return types.stream().sorted().map(ExerciseType::yamlName).toList();
  }
}
